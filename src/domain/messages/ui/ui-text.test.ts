import type { Lang, PortErrorCode } from "../../workbook/workbook-port";
import { uiText } from "./index";
import type { UiStrings } from "./types";

const LANGS: readonly Lang[] = ["en", "fr", "ru"];
const CODES: readonly PortErrorCode[] = [
  "CELL_EDIT_MODE",
  "PROTECTED",
  "NO_TEMPLATE",
  "TEMPLATE_EXISTS",
  "TEMPLATE_DAMAGED",
  "NO_ROOM",
  "FILTERED",
  "API_UNSUPPORTED",
  "UNKNOWN",
];

/** Texts that may read the same in two languages: the product name, and punctuation-only patterns. */
const NEUTRAL = new Set(["appTitle", "issueWithSubject", "levelDimension"]); // "dimension" in fr too

/** Every key of a record as plain text, calling the inflected ones with sample numbers. */
function texts(strings: UiStrings): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(strings)) {
    if (typeof entry === "string") out[key] = entry;
    else if (typeof entry === "function") out[key] = String(entry(7, 9));
    else
      for (const [code, text] of Object.entries(entry as object))
        out[`${key}.${code}`] = String(text);
  }
  out.issueSummary = strings.issueSummary({ error: 2, warning: 5, info: 1 });
  return out;
}

describe("uiText", () => {
  it.each(LANGS)("%s has a non-empty text for every key", (lang) => {
    for (const [key, text] of Object.entries(texts(uiText(lang)))) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });

  it.each(LANGS)("%s words every port error code", (lang) => {
    expect(Object.keys(uiText(lang).portErrors).sort()).toEqual([...CODES].sort());
  });

  it.each([
    ["fr", "en"],
    ["ru", "en"],
    ["ru", "fr"],
  ] as const)("%s is translated, not copied from %s", (lang, other) => {
    const mine = texts(uiText(lang));
    const theirs = texts(uiText(other));
    const same = Object.keys(mine).filter((key) => !NEUTRAL.has(key) && mine[key] === theirs[key]);
    expect(same).toEqual([]);
  });

  it.each(LANGS)("%s puts both numbers into the counted texts", (lang) => {
    const t = uiText(lang);
    for (const text of [t.updated(12, 34), t.itemsScored(12, 34)]) {
      expect(text).toMatch(/12/);
      expect(text).toMatch(/34/);
    }
    expect(t.issueSummary({ error: 11, warning: 22, info: 33 })).toMatch(/11.*22.*33/);
  });

  it.each([
    ["en", 3, 9, "3 of 9 items scored"],
    ["en", 1, 1, "1 of 1 item scored"],
    ["fr", 1, 9, "1 indicateur noté sur 9"],
    ["fr", 3, 9, "3 indicateurs notés sur 9"],
    ["ru", 3, 9, "оценено 3 из 9 показателей"],
    ["ru", 3, 21, "оценено 3 из 21 показателя"],
  ] as const)("%s items scored %d of %d", (lang, n, total, expected) => {
    expect(uiText(lang).itemsScored(n, total)).toBe(expected);
  });

  it.each([
    ["en", { error: 1, warning: 0, info: 2 }, "1 error, 0 warnings, 2 notes."],
    ["fr", { error: 1, warning: 0, info: 2 }, "1 erreur, 0 avertissement, 2 remarques."],
    ["ru", { error: 1, warning: 3, info: 5 }, "1 ошибка, 3 предупреждения, 5 замечаний."],
  ] as const)("%s summary %j", (lang, counts, expected) => {
    expect(uiText(lang).issueSummary(counts)).toBe(expected);
  });
});
