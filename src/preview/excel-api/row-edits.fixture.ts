import type { Area } from "../workbook/area";
import type { Cell, SimSheet } from "../workbook/sheet";
import type { SimWorkbook } from "../workbook/workbook";

/**
 * A user's row and column operations on a simulated sheet, for tests (the preview's grid has none). Cells move with
 * their content, formats and validation; a table or conditional format over the place grows or shrinks, one below
 * or right of it moves, as in Excel. Formulas are not rewritten for the move (a test that needs Excel's reference
 * adjustment would have to say so): the tests use them as text a user keeps.
 */

const BLANK: Partial<Cell> = {
  content: { kind: "empty" },
  numberFormat: "General",
  format: {},
  validation: undefined,
};

/** Moves every cell to `to(row, col)` (0-based), or drops it when `to` gives null. */
function moveCells(
  workbook: SimWorkbook,
  sheet: SimSheet,
  to: (row: number, col: number) => [number, number] | null
): void {
  const cells = [...sheet.storedCells()].map((entry) => ({ ...entry, cell: { ...entry.cell } }));
  for (const { row, col } of cells) sheet.updateCell(row, col, BLANK);
  for (const { row, col, cell } of cells) {
    const target = to(row, col);
    if (target) sheet.updateCell(target[0], target[1], cell);
  }
  workbook.commit();
}

/** An area after rows or columns at `at` (0-based) were inserted (`by` > 0) or deleted (`by` < 0). */
function shifted(area: Area, axis: "row" | "col", at: number, by: number): Area | null {
  const [start, end] = axis === "row" ? [area.top, area.bottom] : [area.left, area.right];
  let [from, to] = [start, end];
  if (by > 0) {
    if (at <= start) [from, to] = [start + by, end + by];
    else if (at <= end) to = end + by;
  } else {
    if (at < start) [from, to] = [start + by, end + by];
    else if (at <= end) to = end + by;
    if (to < from) return null;
  }
  return axis === "row" ? { ...area, top: from, bottom: to } : { ...area, left: from, right: to };
}

function shiftAreas(
  workbook: SimWorkbook,
  sheet: SimSheet,
  axis: "row" | "col",
  at: number,
  by: number
) {
  for (const table of workbook.tables.filter((t) => t.sheetId === sheet.id))
    table.area = shifted(table.area, axis, at, by) ?? table.area;
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((rule) => {
    const area = shifted(rule.area, axis, at, by);
    return area ? [{ ...rule, area }] : [];
  });
}

/** Excel's "Insert sheet row" above 1-based `row`: it and every row below move down one. */
export function insertRow(workbook: SimWorkbook, sheet: SimSheet, row: number): void {
  const at = row - 1;
  moveCells(workbook, sheet, (r, c) => [r >= at ? r + 1 : r, c]);
  shiftAreas(workbook, sheet, "row", at, 1);
}

/** Excel's "Delete sheet row" of 1-based `row`: every row below moves up one. */
export function deleteRow(workbook: SimWorkbook, sheet: SimSheet, row: number): void {
  const at = row - 1;
  moveCells(workbook, sheet, (r, c) => (r === at ? null : [r > at ? r - 1 : r, c]));
  shiftAreas(workbook, sheet, "row", at, -1);
}

/** Excel's "Insert sheet column" left of 1-based `column`: it and every column right of it move right one. */
export function insertColumn(workbook: SimWorkbook, sheet: SimSheet, column: number): void {
  const at = column - 1;
  moveCells(workbook, sheet, (r, c) => [r, c >= at ? c + 1 : c]);
  shiftAreas(workbook, sheet, "col", at, 1);
}

/** Swaps two 1-based rows' cells, as a sort that exchanged them (tables and rules stay where they are). */
export function swapRows(workbook: SimWorkbook, sheet: SimSheet, a: number, b: number): void {
  const [ra, rb] = [a - 1, b - 1];
  moveCells(workbook, sheet, (r, c) => [r === ra ? rb : r === rb ? ra : r, c]);
}
