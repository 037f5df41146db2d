import { parseYear } from "../parse";
import { isPercentNumberFormat } from "../validation";
import type { RawCell, SheetSnapshot } from "../workbook/workbook-port";
import { parseRange } from "./a1";
import { describeStructureProblem } from "./labels";
import { DATA_SHEET } from "./layout";
import { locateRows } from "./locate-rows";
import { toSheetRows } from "./sheet-rows";

/** What one read of the workbook returned: the data sheet's used range and the Summary's city and year cells. */
export interface SheetRead {
  /** Address of the data sheet's used range (sheet-qualified or not), and its values. */
  readonly address: string;
  readonly values: readonly (readonly RawCell[])[];
  /** The Summary's B2:B3 values ([[city], [year]]), or null when the Summary sheet is missing. */
  readonly summary: readonly (readonly RawCell[])[] | null;
  /**
   * The used range's number formats, aligned with `values` (read in the same load, no extra sync): a Value or
   * Target cell formatted as a percentage reads as shown (docs/template.md, "Percent entry"). Absent: none.
   */
  readonly numberFormats?: readonly (readonly RawCell[])[];
}

/** The reporting year of the Summary's cell, or null when blank or not a year. */
function reportingYear(cell: RawCell): number | null {
  const reading = parseYear(cell);
  return reading.kind === "number" ? reading.value : null;
}

/**
 * Turns one read of the workbook into the port's snapshot: rows mapped by header names, sheet-qualified addresses,
 * the Summary's year and city, and the template's shape problems worded in the sheet's own label language.
 * Undefined when no header row (with the id and value columns) is found: the template is damaged.
 *
 * @example snapshotFromRead({ address: "'KPI Data'!A1:T116", values, summary: [["Bergen"], [2024]] })?.city === "Bergen"
 */
export function snapshotFromRead(read: SheetRead): SheetSnapshot | undefined {
  const { firstRow, firstColumn } = parseRange(read.address);
  const located = locateRows(read.values, { row: firstRow, column: firstColumn });
  if (!located) return undefined;
  const problems = read.summary
    ? located.problems
    : [...located.problems, { code: "NO_SUMMARY" as const }];
  const city = read.summary?.[0]?.[0];
  const percentAt = (row: number, column: number | undefined) =>
    column !== undefined &&
    isPercentNumberFormat(read.numberFormats?.[row - firstRow]?.[column - firstColumn]);
  const rows = toSheetRows(located, DATA_SHEET).map((sheetRow, i) => {
    const { row } = located.rows[i];
    const valuePercent = percentAt(row, located.columns.value);
    const targetPercent = percentAt(row, located.columns.target);
    return valuePercent || targetPercent ? { ...sheetRow, valuePercent, targetPercent } : sheetRow;
  });
  return {
    rows,
    reportingYear: read.summary ? reportingYear(read.summary[1]?.[0]) : null,
    city: city === null || city === undefined ? "" : String(city).trim(),
    structureProblems: problems.map((problem) => describeStructureProblem(problem, located.lang)),
  };
}
