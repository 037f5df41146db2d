import { DATA_HEADER_ROW, lastRowOf, parseRange } from "../domain/template";
import type { LocatedSheet, UpdatePlan } from "../domain/template";

/** The last sheet row Update must keep in step: the last row with content, or the table's end if lower down. */
export function lastDataRow(located: LocatedSheet, tableAddress: string | null): number {
  const lastContent = Math.max(DATA_HEADER_ROW, ...located.rows.map((row) => row.row));
  if (tableAddress === null) return lastContent;
  return Math.max(lastContent, lastRowOf(tableAddress));
}

/**
 * Appends the missing items: as table rows when the table ends at the last row (so it grows), else as plain cells
 * below the last row.
 */
export function appendRows(
  data: Excel.Worksheet,
  table: { readonly table: Excel.Table; readonly address: string } | null,
  update: UpdatePlan
): void {
  if (!update.append) return;
  const cells = update.append.cells.map((row) => [...row]);
  const at = parseRange(update.append.address);
  const bounds = table ? parseRange(table.address) : null;
  if (
    table &&
    bounds &&
    bounds.firstColumn === at.firstColumn &&
    lastRowOf(table.address) === at.firstRow - 1
  ) {
    // A table row takes a value for every table column: the formula columns get theirs from the plan right after.
    const width = Math.max(bounds.columnCount, at.columnCount);
    table.table.rows.add(
      undefined,
      cells.map((row) => [...row, ...Array<string>(width - row.length).fill("")])
    );
  } else {
    data.getRange(update.append.address).values = cells;
  }
}
