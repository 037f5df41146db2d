import {
  DATA_SHEET,
  area,
  lastRowOf,
  lastUpdatedRow,
  parseRange,
  qualified,
} from "../domain/template";
import type { LocatedSheet, UpdatePlan } from "../domain/template";

/**
 * The last sheet row Update works on: the table's last row; rows below the table are the user's (docs/data-safety.md).
 * Without a table (a user converted it to a range), the last row holding a catalog id.
 */
export function lastDataRow(located: LocatedSheet, tableAddress: string | null): number {
  return lastUpdatedRow(located, tableAddress === null ? null : lastRowOf(tableAddress));
}

/** ExcelApi version with `table.resize` (Microsoft's reference for Excel.Table: "[Api set: ExcelApi 1.13]"). */
export const TABLE_RESIZE_API = "1.13";

/**
 * Adds the missing items right after the table's last row, inside the table, or as plain cells below the last
 * catalog row when there is no table. Update has checked first that every cell they take is blank
 * (`UpdatePlan.noRoom`, docs/data-safety.md "Adding missing items"). With `table.resize` the rows are written into
 * those blank cells and the table takes them in: nothing moves. Without it, `table.rows.add`, which shifts every cell
 * below the table in its columns down ("Any rows below the inserted row are shifted downwards", Microsoft's
 * reference for TableRowCollection.add): Update then requires all of those cells to be blank, so only blanks move.
 */
export function appendRows(
  data: Excel.Worksheet,
  table: { readonly table: Excel.Table; readonly address: string } | null,
  update: UpdatePlan,
  tableResize: boolean
): void {
  if (!update.append) return;
  const cells = update.append.cells.map((row) => [...row]);
  const at = parseRange(update.append.address);
  const bounds = table ? parseRange(table.address) : null;
  if (!table || !bounds || lastRowOf(table.address) !== at.firstRow - 1) {
    data.getRange(update.append.address).values = cells;
    return;
  }
  if (tableResize) {
    data.getRange(update.append.address).values = cells;
    const grown = area(
      bounds.firstColumn,
      bounds.firstRow,
      bounds.firstColumn + bounds.columnCount - 1,
      at.firstRow + at.rowCount - 1
    );
    table.table.resize(qualified(DATA_SHEET, grown));
    return;
  }
  // A table row takes a value for every table column: the formula columns get theirs from the plan right after.
  const width = Math.max(bounds.columnCount, at.columnCount);
  table.table.rows.add(
    undefined,
    cells.map((row) => [...row, ...Array<string>(width - row.length).fill("")])
  );
}
