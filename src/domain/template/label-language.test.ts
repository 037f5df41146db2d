import {
  DATA_QUALITY_WORDS,
  OFFICIAL_DATA_COLUMNS as OFFICIAL_DATA_LETTERS,
  englishWords,
  strayEnglish,
} from "../../../test/label-language/english-words.cjs";
import { ITEMS, itemById, localizedItemText } from "../catalog";
import { DATA_QUALITY_CHOICES } from "../validation";
import { columnLetter } from "./a1";
import {
  DATA_COLUMNS,
  DATA_FIRST_ROW,
  DATA_SHEET,
  LISTS_SHEET,
  SUMMARY_FIRST_ROW,
  SUMMARY_SHEET,
} from "./layout";
import type { DataColumnKey } from "./layout";
import { planGrid } from "./plan-grid";
import { planTemplate } from "./plan-template";
import type { TemplatePlan } from "./plan-types";

/**
 * docs/scoring.md §8: a French or Russian template speaks its label language everywhere except in the columns that
 * hold U4SSC's official English. Those are, on the data sheet, the reference columns id … unit (names, hierarchy and
 * units as published); on the Summary, the area codes and names (the official hierarchy); on the Lists sheet, the
 * six data-quality choices (the U4SSC template's words, which the LOW_QUALITY rule reads). Formula texts are left out:
 * they are code; the words they show (Status) come from the message tables of the label language (row-formulas.ts).
 */
const OFFICIAL_DATA_COLUMNS: readonly DataColumnKey[] = [
  "id",
  "dimension",
  "subdimension",
  "category",
  "kpi",
  "dataPoint",
  "unit",
  "sdg",
];
const officialData = new Set(
  DATA_COLUMNS.filter((c) => OFFICIAL_DATA_COLUMNS.includes(c.key)).map((c) =>
    columnLetter(c.index)
  )
);
const QUALITY = new Set<string>(DATA_QUALITY_CHOICES.map((choice) => choice.label));

function isOfficialEnglish(sheet: string, address: string, text: string): boolean {
  const column = /^[A-Z]+/.exec(address)?.[0] ?? "";
  const row = Number(/\d+$/.exec(address)?.[0]);
  if (sheet === DATA_SHEET) return row >= DATA_FIRST_ROW && officialData.has(column);
  if (sheet === SUMMARY_SHEET)
    return row >= SUMMARY_FIRST_ROW && (column === "B" || column === "C");
  return sheet === LISTS_SHEET && QUALITY.has(text);
}

/** Every text the template writes outside the official-English cells: cell values and the validations' words. */
function texts(plan: TemplatePlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of plan.sheets) {
    for (const [address, cell] of planGrid(sheet)) {
      if (cell.write !== "values" || typeof cell.value !== "string") continue;
      if (!isOfficialEnglish(sheet.name, address, cell.value))
        out.set(`${sheet.name}!${address}`, cell.value);
    }
    for (const v of sheet.validations) {
      const at = `${sheet.name}!${v.address}`;
      out.set(`${at} prompt`, `${v.prompt.title} ${v.prompt.message}`);
      out.set(`${at} error`, `${v.error.title} ${v.error.message}`);
    }
    if (sheet.chart) out.set(`${sheet.name} chart`, sheet.chart.title);
  }
  return out;
}

// Words that are the same in every language: names of the product, sheets, functions and references.
// Product and function names (SUMIFS, COUNTIFS: as typed in the formulas the Summary's note explains) are neutral.
const NEUTRAL =
  /^(KPI|KPI\.[A-Z]+|KPI4SSC|U4SSC|Wi-Fi|NR|SDG|SDSN|SDR|ITU|UMC|EU|WHO|AQG|OECD|ICNIRP|UWWTD|RED|III|JRC|COINr|UN|Habitat|Data|Summary|Lists|SCORE|BAND|COVERAGE|CHECK|POINTS|INFO|ALL|ICT|GDP|EEC|CO2e|Art|p\.e|Tech|Envoy|Kunming|Montreal|Excel|LibreOffice|SUMIFS|COUNTIFS)$/;

/** French words spelled as in English: a cell that is one of them is French, not English left over. */
const FRENCH_AS_ENGLISH = new Set(["Dimension", "Source", "Score", "Points", "Code", "Notes"]);

describe.each(["fr", "ru"] as const)("a %s template", (lang) => {
  const english = texts(planTemplate({ city: "", reportingYear: 2024, scope: "all", lang: "en" }));
  const local = texts(planTemplate({ city: "", reportingYear: 2024, scope: "all", lang }));
  const catalogEnglish = new Set(
    ITEMS.flatMap((item) => [item.name, item.unit, item.defaultTarget?.basis ?? ""]).filter(
      (text) => text.length >= 8
    )
  );

  it("writes no text that is the English template's text, outside the official-English cells", () => {
    const same = [...local].filter(
      ([at, text]) =>
        english.get(at) === text &&
        /[A-Za-z]{3,}/.test(text) &&
        !NEUTRAL.test(text) &&
        !(lang === "fr" && FRENCH_AS_ENGLISH.has(text))
    );
    expect(same.map(([at, text]) => `${at}: ${text}`)).toEqual([]);
  });

  it("quotes no catalog name, unit or basis in English outside the official-English cells", () => {
    const quoted = [...local].filter(([, text]) =>
      [...catalogEnglish].some((english) => text.includes(english))
    );
    expect(quoted.map(([at, text]) => `${at}: ${text}`).slice(0, 5)).toEqual([]);
  });

  it("has no English word outside the official-English cells (test/label-language/english-words.cjs)", () => {
    const cells = [...local].map(([at, text]): [string, string, string] => {
      const [sheet, address] = at.split("!");
      return [sheet, address ?? "", text];
    });
    expect(strayEnglish(cells, lang).slice(0, 20)).toEqual([]);
  });

  it("names every KPI and unit in the label language in AI–AJ, headed as an unofficial translation", () => {
    const grid = planGrid(
      planTemplate({ city: "", reportingYear: 2024, scope: "all", lang }).sheets[0]
    );
    const marker = lang === "fr" ? "(traduction non officielle)" : "(неофициальный перевод)";
    expect([grid.get("AI4")?.value, grid.get("AJ4")?.value]).toEqual([
      expect.stringContaining(marker),
      expect.stringContaining(marker),
    ]);
    const first = localizedItemText(itemById("EC: ICT: ICT: 1C"), lang);
    expect([grid.get("AI5")?.value, grid.get("AJ5")?.value]).toEqual([
      first.displayName,
      first.unit,
    ]);
    expect(grid.has("AK4")).toBe(false);
    const untranslated = ITEMS.map(
      (item, i) => [item, grid.get(`AI${DATA_FIRST_ROW + i}`)?.value] as const
    )
      .filter(([item, name]) => name === item.name && /[A-Za-z]{3,}/.test(item.name))
      .map(([item]) => item.id);
    expect(untranslated).toEqual([]);
  });
});

describe("the shared English-word detector", () => {
  it("knows the template's official-English columns and data-quality words", () => {
    expect(OFFICIAL_DATA_LETTERS).toEqual([...officialData]);
    expect(DATA_QUALITY_WORDS).toEqual(DATA_QUALITY_CHOICES.map((choice) => choice.label));
  });

  it("finds English words, and not French or Russian ones, codes or names", () => {
    expect(englishWords("No default target: set your own", "fr")).toEqual([
      "No",
      "default",
      "target",
      "set",
      "your",
      "own",
    ]);
    expect(englishWords("Pas de cible par défaut : fixez la vôtre", "fr")).toEqual([]);
    expect(englishWords("Dimension, Source, Score, Points, population", "fr")).toEqual([]);
    expect(englishWords("percentage of households", "fr")).toEqual([
      "percentage",
      "of",
      "households",
    ]);
    expect(englishWords("Цель по умолчанию (default) — Wi-Fi, KPI.SCORE, NO_TARGET", "ru")).toEqual(
      ["default"]
    );
    expect(englishWords("MISSING OUT_OF_RANGE", "fr")).toEqual([]);
  });
});
