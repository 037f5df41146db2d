import type { Lang } from "../domain/workbook/workbook-port";
import { parseReportingYear } from "../taskpane/reporting-year";
import { parseCsv } from "./csv";
import type { CliStrings } from "./messages";

/** One row of a cities list, with the defaults applied. */
export interface CityRow {
  readonly city: string;
  readonly country: string;
  readonly reportingYear: number | null;
  readonly lang: Lang;
  /** 1-based line in the file (for messages). */
  readonly line: number;
}

/** Header spellings accepted per column (case, spaces, underscores and hyphens do not matter). */
const COLUMNS = {
  city: ["city", "ville", "город"],
  country: ["country", "pays", "страна"],
  year: ["reportingyear", "year", "anneedereference", "annee", "отчетныйгод", "год"],
  lang: ["language", "lang", "langue", "язык"],
} as const;

const key = (header: string) =>
  header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ё/g, "е")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");

/**
 * Reads a cities list (city, country, reporting year, language per row). Every bad cell is reported with its line
 * (all of them, not just the first); blank year or language take the defaults. Returns rows or problems, never both.
 *
 * @example readCitiesCsv("city,country,year,lang\nBizerte,Tunisia,2024,fr", "cities.csv", { reportingYear: null, lang: "en" }, text)
 */
export function readCitiesCsv(
  csv: string,
  file: string,
  defaults: { readonly reportingYear: number | null; readonly lang: Lang },
  text: CliStrings
): { rows: CityRow[]; problems: string[] } {
  const [header = [], ...lines] = parseCsv(csv);
  const at = (names: readonly string[]) =>
    header.findIndex((h) => (names as readonly string[]).includes(key(h)));
  const columns = {
    city: at(COLUMNS.city),
    country: at(COLUMNS.country),
    year: at(COLUMNS.year),
    lang: at(COLUMNS.lang),
  };
  if (columns.city < 0)
    return { rows: [], problems: [text.citiesProblem(file, 1, text.citiesMissingColumn("city"))] };
  const rows: CityRow[] = [];
  const problems: string[] = [];
  lines.forEach((fields, i) => {
    const line = i + 2;
    const cell = (column: number) => (column < 0 ? "" : (fields[column] ?? "").trim());
    const city = cell(columns.city);
    const yearText = cell(columns.year);
    const langText = cell(columns.lang).toLowerCase();
    const year =
      yearText === ""
        ? { ok: true as const, year: defaults.reportingYear }
        : parseReportingYear(yearText);
    const lang = langText === "" ? defaults.lang : langText.slice(0, 2);
    if (city === "")
      problems.push(text.citiesProblem(file, line, text.citiesMissingColumn("city")));
    if (!year.ok) problems.push(text.citiesProblem(file, line, text.badYear(yearText)));
    if (lang !== "en" && lang !== "fr" && lang !== "ru")
      problems.push(text.citiesProblem(file, line, text.badLang(langText)));
    else if (city !== "" && year.ok)
      rows.push({ city, country: cell(columns.country), reportingYear: year.year, lang, line });
  });
  if (rows.length === 0 && problems.length === 0)
    problems.push(text.citiesProblem(file, 1, text.citiesEmpty));
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}
