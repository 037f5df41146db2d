import { ITEMS } from "../catalog";
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

/** Latin words of three letters or more that are not neutral: English left in a Russian text. */
// The titles of U4SSC's publications are cited as published (in English only).
const TITLES =
  /Collection Methodology for Key Performance Indicators for Smart Sustainable Cities|Verification Manual/g;

const englishIn = (text: string) =>
  text
    .replace(TITLES, "")
    .split(/[^A-Za-z0-9.-]+/)
    .map((w) => w.replace(/\.+$/, ""))
    .filter((w) => /[A-Za-z]{3,}/.test(w) && !NEUTRAL.test(w));

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

  if (lang === "ru")
    it("leaves no English word in a Russian text", () => {
      const words = [...local].flatMap(([at, text]) => englishIn(text).map((w) => `${at}: ${w}`));
      expect(words.slice(0, 20)).toEqual([]);
    });
});
