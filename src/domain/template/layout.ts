/**
 * Where everything sits in the template. Sheet and table names are the same in every label language: they are the
 * add-in's anchors (formulas, the pane's reader, the preview) and Excel keeps formulas right if a user renames a
 * sheet, but the pane would not find it, so a renamed sheet is reported, never guessed.
 */

export const DATA_SHEET = "KPI Data";
export const SUMMARY_SHEET = "KPI Summary";
export const LISTS_SHEET = "KPI Lists";
export const TEMPLATE_SHEETS = [DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET] as const;

/** The Excel table over the data sheet's header and rows (table names cannot contain spaces). */
export const DATA_TABLE = "KpiData";
export const SUMMARY_CHART = "KpiScoresChart";

/** Data sheet: title rows 1–2, header row 4, first item in row 5. */
export const DATA_HEADER_ROW = 4;
export const DATA_FIRST_ROW = DATA_HEADER_ROW + 1;

/** Summary sheet: the cells the data sheet's formulas read (city, reporting year). */
export const SUMMARY_CITY_CELL = "B2";
export const SUMMARY_YEAR_CELL = "B3";
/** Beside the reporting year: the year as the formulas read it (a year 1900–2100, or empty). */
export const SUMMARY_YEAR_READ_CELL = "C3";
export const SUMMARY_HEADER_ROW = 6;
export const SUMMARY_FIRST_ROW = SUMMARY_HEADER_ROW + 1;

/**
 * What a column holds, which decides what "Update template" may do with it: `reference` and `formula` columns are the
 * add-in's and are rewritten; `input` columns are the user's and are never written once the row exists.
 */
export type ColumnRole = "reference" | "input" | "formula";

export type DataColumnKey =
  | "id"
  | "dimension"
  | "subdimension"
  | "category"
  | "kpi"
  | "dataPoint"
  | "unit"
  | "type"
  | "sdg"
  | "allowed"
  | "value"
  | "year"
  | "quality"
  | "source"
  | "notes"
  | "target"
  | "targetBasis"
  | "status"
  | "score"
  | "points"
  | "direction"
  | "min"
  | "max"
  | "defaultTarget"
  | "worst"
  | "valueRead"
  | "valueCheck"
  | "targetRead"
  | "targetCheck"
  | "targetUsed"
  | "eligible"
  | "ratio"
  | "yearRead"
  | "flags"
  | "kpiTranslated"
  | "unitTranslated";

export interface DataColumn {
  readonly key: DataColumnKey;
  /** 1-based column number (A = 1). */
  readonly index: number;
  readonly role: ColumnRole;
  /** Width in points. */
  readonly width: number;
  /** `@` keeps ids and SDG targets such as `17.8.1` from being read as numbers or dates. */
  readonly numberFormat: string;
}

const spec: readonly [DataColumnKey, ColumnRole, number, string][] = [
  ["id", "reference", 120, "@"],
  ["dimension", "reference", 90, "@"],
  ["subdimension", "reference", 110, "@"],
  ["category", "reference", 120, "@"],
  ["kpi", "reference", 200, "@"],
  ["dataPoint", "reference", 140, "@"],
  ["unit", "reference", 170, "@"],
  ["type", "reference", 60, "@"],
  ["sdg", "reference", 80, "@"],
  ["allowed", "reference", 70, "@"],
  ["value", "input", 80, "General"],
  ["year", "input", 50, "0"],
  ["quality", "input", 170, "@"],
  ["source", "input", 150, "@"],
  ["notes", "input", 150, "@"],
  ["target", "input", 60, "General"],
  ["targetBasis", "input", 200, "@"],
  ["status", "formula", 200, "General"],
  ["score", "formula", 55, "0.0"],
  ["points", "formula", 50, "0"],
  // The method's inputs and steps, visible (nothing of the method is hidden; docs/template.md "Columns").
  ["direction", "reference", 60, "@"],
  ["min", "reference", 45, "General"],
  ["max", "reference", 45, "General"],
  ["defaultTarget", "reference", 60, "General"],
  ["worst", "reference", 60, "General"],
  ["valueRead", "formula", 60, "General"],
  ["valueCheck", "formula", 95, "General"],
  ["targetRead", "formula", 60, "General"],
  ["targetCheck", "formula", 95, "General"],
  ["targetUsed", "formula", 60, "General"],
  ["eligible", "formula", 45, "0"],
  ["ratio", "formula", 60, "0.000"],
  ["yearRead", "formula", 55, "General"],
  ["flags", "formula", 120, "General"],
];

/**
 * The data sheet's columns in order: A id … J allowed values, K–Q inputs, R–T Status, Score, Points, then the
 * method's inputs U–Y (direction, bounds, default target, worst goalpost) and its steps Z–AG (what the formulas
 * read in Value and Target, their checks, the target used, whether the item counts in N, the ratio p, the year, the
 * flags Status shows).
 */
export const DATA_COLUMNS: readonly DataColumn[] = spec.map(
  ([key, role, width, numberFormat], i) => ({
    key,
    index: i + 1,
    role,
    width,
    numberFormat,
  })
);

/**
 * The two columns a French or Russian template adds after the last one (AI, AJ): the KPI name ("KPI — data point")
 * and the unit in the label language, the catalog's UNOFFICIAL working translation, beside the official English of
 * E–G (U4SSC publishes English only; docs/template.md, "Translation columns"). They come after every other column so
 * that no official column, formula reference or reader position moves; an English template has none; the reader
 * treats them as optional, and Update rewrites them only where their headers already stand (it never adds columns).
 */
export const TRANSLATION_COLUMNS: readonly DataColumn[] = (
  [
    ["kpiTranslated", 200],
    ["unitTranslated", 170],
  ] as const
).map(([key, width], i) => ({
  key,
  index: DATA_COLUMNS.length + 1 + i,
  role: "reference",
  width,
  numberFormat: "@",
}));

/** True when a template in `lang` has the translation columns (French and Russian; English is the official text). */
export function hasTranslationColumns(lang: string): boolean {
  return lang !== "en";
}

/**
 * The data sheet's columns: {@link DATA_COLUMNS}, then the {@link TRANSLATION_COLUMNS} when `translations` is true.
 *
 * @example templateColumns(false).length === 34
 * @example templateColumns(true).length === 36
 */
export function templateColumns(translations: boolean): readonly DataColumn[] {
  return translations ? [...DATA_COLUMNS, ...TRANSLATION_COLUMNS] : DATA_COLUMNS;
}

/** The 1-based column number of a data column. @example dataColumn("value") === 11 */
export function dataColumn(key: DataColumnKey): number {
  return (
    [...DATA_COLUMNS, ...TRANSLATION_COLUMNS].find((column) => column.key === key) as DataColumn
  ).index;
}

/** The input columns (kept by Update): Value, Year, Data quality, Source, Notes, Target, Target basis. */
export const INPUT_KEYS: readonly DataColumnKey[] = DATA_COLUMNS.filter(
  (c) => c.role === "input"
).map((c) => c.key);

/**
 * Runs of adjacent columns with the same role, in order: [first, last] 1-based column numbers (of `columns`, the
 * template's without translation columns when omitted).
 */
export function columnRuns(
  role: ColumnRole,
  columns: readonly DataColumn[] = DATA_COLUMNS
): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of columns.filter((column) => column.role === role)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c.index - 1) last[1] = c.index;
    else runs.push([c.index, c.index]);
  }
  return runs;
}

/** Last row of a data sheet holding `rows` items. @example lastDataRow(112) === 116 */
export function lastDataRow(rows: number): number {
  return DATA_FIRST_ROW + rows - 1;
}

/** Fill and font colours (Excel's own "good / neutral / bad" cell styles, so they read as Excel's). */
export const COLOURS = {
  referenceHeader: "#D9D9D9",
  inputHeader: "#DDEBF7",
  formulaHeader: "#E2EFDA",
  missingFill: "#FFEB9C",
  missingFont: "#9C5700",
  invalidFill: "#FFC7CE",
  invalidFont: "#9C0006",
} as const;
