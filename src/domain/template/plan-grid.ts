import { cell, parseRange } from "./a1";
import type { ColumnRole } from "./layout";
import type { PlanCell, SheetPlan } from "./plan-types";

/** One planned cell: what is written and whose it is. */
export interface GridCell {
  readonly value: PlanCell;
  readonly role: ColumnRole;
  readonly write: "values" | "formulas";
}

/**
 * A sheet plan's blocks laid out cell by cell (A1 address → cell; a later block wins where blocks overlap), for a
 * writer that goes cell by cell (exceljs) and for tests that look at one cell.
 *
 * @example planGrid(planTemplate(options).sheets[0]).get("K5")?.role === "input"
 */
export function planGrid(sheet: SheetPlan): Map<string, GridCell> {
  const grid = new Map<string, GridCell>();
  for (const block of sheet.blocks) {
    const { firstColumn, firstRow, rowCount, columnCount } = parseRange(block.address);
    if (block.cells.length !== rowCount || block.cells.some((row) => row.length !== columnCount)) {
      throw new Error(`block ${block.address} does not have the shape of its range`);
    }
    block.cells.forEach((row, r) =>
      row.forEach((value, c) =>
        grid.set(cell(firstColumn + c, firstRow + r), {
          value,
          role: block.role,
          write: block.write,
        })
      )
    );
  }
  return grid;
}
