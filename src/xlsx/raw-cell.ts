import type ExcelJS from "exceljs";
import type { RawCell } from "../domain/workbook/workbook-port";

/** Days from Excel's day 0 (1899-12-30, the 1900 date system with its leap-year quirk folded in) to 1970-01-01. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A file cell, as the reader hands it on: its value as Excel's `range.values` would give it, and its formula. */
export interface FileCell {
  readonly value: RawCell;
  /** The formula text (without "="), when the cell holds one. */
  readonly formula: string | null;
  /** True for a formula cell saved without a computed result (a file never opened by a spreadsheet). */
  readonly uncomputed: boolean;
}

type Result = ExcelJS.CellFormulaValue["result"];

function resultValue(result: Result | undefined): RawCell {
  if (result === undefined || result === null) return "";
  if (result instanceof Date) return (result.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  if (typeof result === "object" && "error" in result) return result.error;
  return result as RawCell;
}

/**
 * An exceljs cell value as Excel's `range.values` hands it to the pane (Microsoft: "values: represents the raw
 * values of the specified range" — numbers, text, booleans, "" for an empty cell, the error's text such as
 * `#DIV/0!`, and for a formula its computed result; https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member):
 * a date becomes its serial number, rich text its plain text, a hyperlink its text. A formula saved without a
 * result reads as "" (nothing computed it) and says so in `uncomputed`.
 *
 * @example fileCell({ formula: "1+1", result: 2 }) // { value: 2, formula: "1+1", uncomputed: false }
 */
export function fileCell(value: ExcelJS.CellValue): FileCell {
  const plain = (raw: RawCell): FileCell => ({ value: raw, formula: null, uncomputed: false });
  if (value === null || value === undefined) return plain("");
  if (typeof value !== "object") return plain(value);
  if (value instanceof Date) return plain(resultValue(value));
  if ("formula" in value || "sharedFormula" in value) {
    const formula =
      ("sharedFormula" in value ? value.sharedFormula : (value as { formula?: string }).formula) ??
      "";
    const result = (value as { result?: Result }).result;
    return { value: resultValue(result), formula, uncomputed: result === undefined };
  }
  if ("error" in value) return plain(value.error);
  if ("richText" in value) return plain(value.richText.map((run) => run.text).join(""));
  if ("text" in value) {
    const text = (value as { text: unknown }).text;
    return plain(typeof text === "string" ? text : fileCell(text as ExcelJS.CellValue).value);
  }
  return plain(String(value));
}

/**
 * A worksheet's used range from A1, as a full grid: rows 1…last used row, columns A…last used column (what the
 * pane's `getUsedRange()` covers, with A1 as the origin; `locateRows` takes any origin).
 *
 * @example usedCells(sheet).rows[3][10].value === "Value"
 */
export function usedCells(sheet: ExcelJS.Worksheet): { rows: FileCell[][]; lastColumn: number } {
  const rows: FileCell[][] = [];
  let lastColumn = 1;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: FileCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = fileCell(cell.value);
      lastColumn = Math.max(lastColumn, c);
    });
    rows[r - 1] = cells;
  });
  const empty = fileCell(null);
  const grid = Array.from({ length: rows.length }, (_, r) =>
    Array.from({ length: lastColumn }, (_, c) => rows[r]?.[c] ?? empty)
  );
  return { rows: grid, lastColumn };
}
