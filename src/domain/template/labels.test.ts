import { headerKey, headerLanguage } from "./header-names";
import { LABELS, describeStructureProblem, labelsFor } from "./labels";
import type { TemplateLabels } from "./labels";
import { DATA_COLUMNS } from "./layout";
import type { StructureProblem } from "./structure-problem";
import { idList } from "./structure-problem";

const LANGS = ["en", "fr", "ru"] as const;

/** Every text leaf of a label table (functions called with sample arguments). */
function texts(labels: TemplateLabels): string[] {
  const p = labels.prompts;
  const e = labels.errors;
  return [
    ...Object.values(labels).filter((v): v is string => typeof v === "string"),
    ...Object.values(labels.headers),
    ...Object.values(labels.summaryHeaders),
    ...Object.values(labels.levels),
    ...labels.methodLines,
    p.value("unit", "0–100"),
    p.year(1900, 2100),
    p.target("unit"),
    e.value("0–100"),
    e.year(1900, 2100),
  ];
}

const PROBLEMS: StructureProblem[] = [
  { code: "MISSING_COLUMN", header: "Value" },
  { code: "MOVED_COLUMN", header: "Value", expected: "K", actual: "M" },
  { code: "NO_ID", row: 17 },
  { code: "ROWS_MISSING", ids: ["EC: ICT: ICT: 1C", "EC: ICT: ICT: 2C"] },
  { code: "ROWS_REORDERED" },
  { code: "NO_SUMMARY" },
];

describe("label tables", () => {
  it.each(LANGS)("has no empty text (%s)", (lang) => {
    expect(texts(LABELS[lang]).filter((text) => text.trim() === "")).toEqual([]);
  });

  it.each(["fr", "ru"] as const)("is translated, not copied from English (%s)", (lang) => {
    const en = LABELS.en;
    const other = labelsFor(lang);
    expect(other.headers.value).not.toBe(en.headers.value);
    expect(other.methodLines).toHaveLength(en.methodLines.length);
    other.methodLines.forEach((line, i) => expect(line).not.toBe(en.methodLines[i]));
    expect(other.prompts.value("u", "a")).not.toBe(en.prompts.value("u", "a"));
  });

  it.each(LANGS)("names each column with a distinct header (%s)", (lang) => {
    const headers = DATA_COLUMNS.map((c) => LABELS[lang].headers[c.key].toLowerCase());
    expect(new Set(headers).size).toBe(headers.length);
  });

  it.each(
    LANGS.flatMap((lang) => PROBLEMS.map((problem) => [lang, problem.code, problem] as const))
  )("words %s %s with its parameters", (lang, _, problem) => {
    const text = describeStructureProblem(problem, lang);
    expect(text.length).toBeGreaterThan(10);
    if ("header" in problem) expect(text).toContain(problem.header);
    if (problem.code === "MOVED_COLUMN") expect(text).toMatch(/\bM\b.*\bK\b/);
    if (problem.code === "NO_ID") expect(text).toContain("17");
    if (problem.code === "ROWS_MISSING") expect(text).toContain("EC: ICT: ICT: 1C");
  });

  it("shortens long id lists", () => {
    expect(idList(["a", "b"])).toBe("a; b");
    expect(idList(["a", "b", "c", "d", "e", "f", "g"])).toBe("a; b; c; d; e; … (+2)");
  });
});

describe("header names", () => {
  it.each([
    ["Item ID", "id"],
    ["  value ", "value"],
    ["Valeur", "value"],
    ["Значение", "value"],
    ["Base  de la cible", "targetBasis"],
    ["Обоснование цели", "targetBasis"],
    ["Wert", undefined],
    [42, undefined],
    [null, undefined],
  ])("reads %p as %p", (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  it.each(LANGS)("recognises every header of %s", (lang) => {
    expect(DATA_COLUMNS.map((c) => headerKey(LABELS[lang].headers[c.key]))).toEqual(
      DATA_COLUMNS.map((c) => c.key)
    );
    expect(headerLanguage(DATA_COLUMNS.map((c) => LABELS[lang].headers[c.key]))).toBe(lang);
  });

  it("falls back to English when nothing decides", () => {
    expect(headerLanguage(["Score", "Points", "Source"])).toBe("en");
    expect(headerLanguage([])).toBe("en");
  });
});
