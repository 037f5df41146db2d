import { SimSheet } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";

/** Excel's defaults at 100% zoom: 64 px columns (8.43 characters) and 20 px rows (15 pt). */
export const DEFAULT_COLUMN_PX = 64;
export const ROW_PX = 20;
export const ROW_HEADER_PX = 44;
export const COLUMN_HEADER_PX = 22;

/** A column's width in pixels: Excel's widths are points, 4/3 px each. */
export function columnPx(sheet: SimSheet, col: number): number {
  const points = sheet.columnWidths.get(col);
  return points === undefined ? DEFAULT_COLUMN_PX : Math.round((points * 4) / 3);
}

/** Pixels from the grid's left edge (row headers included) to the start of a column. */
export function columnLeftPx(sheet: SimSheet, col: number): number {
  let left = ROW_HEADER_PX;
  for (let c = 0; c < col; c += 1) left += columnPx(sheet, c);
  return left;
}

/** Pixels from the grid's top edge (column headers included) to the start of a row. */
export function rowTopPx(row: number): number {
  return COLUMN_HEADER_PX + row * ROW_PX;
}

/**
 * How many rows and columns the grid draws: everything used (and every chart and the selection) plus a margin of
 * empty cells to type into, never less than an empty sheet's first screen.
 *
 * @example
 * gridExtent(workbook, emptySheet); // { rows: 40, cols: 12 }
 */
export function gridExtent(workbook: SimWorkbook, sheet: SimSheet): { rows: number; cols: number } {
  const used = sheet.usedArea();
  const selection = workbook.selection(sheet);
  let bottom = Math.max(used?.bottom ?? 0, selection.bottom);
  let right = Math.max(used?.right ?? 0, selection.right);
  for (const chart of sheet.charts) {
    if (!chart.position) continue;
    bottom = Math.max(bottom, chart.position.end.bottom);
    right = Math.max(right, chart.position.end.right);
  }
  return { rows: Math.max(40, bottom + 11), cols: Math.max(12, right + 3) };
}
