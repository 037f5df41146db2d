import { FormulaError } from "../formula";
import { parseArea } from "../workbook/area";
import { interpretEntry } from "../workbook/cell-content";
import type { SimSheet } from "../workbook/sheet";
import type { SimWorkbook } from "../workbook/workbook";
import type { SimCall } from "./request-context";

type Entry = string | number | boolean;

/** The sheet of that name; throws when there is none (a test's mistake). */
export function sheetNamed(workbook: SimWorkbook, name: string): SimSheet {
  const sheet = workbook.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function cellAt(address: string): { row: number; col: number } {
  const area = parseArea(address);
  if (!area) throw new Error(`not a cell address: ${address}`);
  return { row: area.top, col: area.left };
}

/**
 * A cell as a test compares it: a formula's text, a constant as stored, "" when empty (what `range.formulas`
 * reads).
 */
export function shown(workbook: SimWorkbook, sheetName: string, address: string): Entry {
  const { row, col } = cellAt(address);
  const content = sheetNamed(workbook, sheetName).cell(row, col).content;
  if (content.kind === "formula") return content.formula;
  if (content.kind === "empty") return "";
  return content.value instanceof FormulaError ? content.value.code : content.value;
}

/**
 * Puts an entry into a cell as a user's paste does (read as typed text is, no data validation: how a wrong value
 * gets past a rule), then announces it to onChanged handlers as Excel does.
 */
export function typeInto(
  workbook: SimWorkbook,
  sheetName: string,
  address: string,
  entry: Entry
): void {
  const sheet = sheetNamed(workbook, sheetName);
  const { row, col } = cellAt(address);
  const { content } = interpretEntry(entry, sheet.cell(row, col).numberFormat);
  workbook.writeContent(sheet, row, col, content);
  workbook.recordChange(sheet, { top: row, left: col, bottom: row, right: col }, "user");
  workbook.commit();
}

/** Every cell of a sheet with content, as `shown` gives it, by address key "row,col" (0-based). */
export function contentsOf(workbook: SimWorkbook, sheetName: string): Map<string, Entry> {
  const cells = new Map<string, Entry>();
  for (const { row, col, cell } of sheetNamed(workbook, sheetName).storedCells()) {
    if (cell.content.kind === "empty") continue;
    const c = cell.content;
    cells.set(
      `${row},${col}`,
      c.kind === "formula" ? c.formula : c.value instanceof FormulaError ? c.value.code : c.value
    );
  }
  return cells;
}

/** The 1-based sheet rows a logged write covers. */
export function rowsOf(call: SimCall): number[] {
  const area = parseArea(call.address);
  if (!area) throw new Error(`not an address: ${call.address}`);
  return Array.from({ length: area.bottom - area.top + 1 }, (_, k) => area.top + 1 + k);
}

/**
 * The cells (A1 addresses) that logged writes of these kinds covered on a sheet.
 *
 * @example writtenCells(sim.calls, "KPI Data").has("K5")
 */
export function writtenCells(
  calls: readonly SimCall[],
  sheetName: string,
  kinds: readonly string[] = ["values", "formulas", "numberFormat", "rows.add"]
): Set<string> {
  const cells = new Set<string>();
  for (const call of calls) {
    if (call.sheet !== sheetName || !kinds.includes(call.what)) continue;
    const area = parseArea(call.address);
    if (!area) continue;
    for (let row = area.top; row <= area.bottom; row++)
      for (let col = area.left; col <= area.right; col++) cells.add(cellName(row, col));
  }
  return cells;
}

/** The A1 name of a 0-based cell. */
export function cellName(row: number, col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * Stores a constant in a cell exactly as given (text stays text, as in a Text-formatted cell or after a leading
 * apostrophe), for tests that compare with a file holding the same constants; onChanged handlers hear of it.
 */
export function putConstant(
  workbook: SimWorkbook,
  sheetName: string,
  address: string,
  value: Entry
): void {
  const sheet = sheetNamed(workbook, sheetName);
  const { row, col } = cellAt(address);
  workbook.writeContent(
    sheet,
    row,
    col,
    value === "" ? { kind: "empty" } : { kind: "value", value }
  );
  workbook.recordChange(sheet, { top: row, left: col, bottom: row, right: col }, "user");
  workbook.commit();
}
