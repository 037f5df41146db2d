import type ExcelJS from "exceljs";
import { DATA_SHEET, DATA_TABLE, locateRows, qualified } from "../domain/template";
import type { SheetSnapshot } from "../domain/workbook/workbook-port";
import { usedCells } from "./raw-cell";
import type { FileCell } from "./raw-cell";

/** A sheet's used range from A1, as the reader's cells. */
export interface Grid {
  readonly rows: FileCell[][];
  readonly lastColumn: number;
}

/**
 * The template's data sheet: by name, else the sheet holding the template's table (renamed), else the first sheet
 * whose used range has the template's header row.
 *
 * @example findDataSheet(workbook)?.sheet.name === "KPI Data"
 */
export function findDataSheet(
  workbook: ExcelJS.Workbook
): { sheet: ExcelJS.Worksheet; grid: Grid } | null {
  const hasTable = (sheet: ExcelJS.Worksheet) =>
    Object.keys((sheet as unknown as { tables?: Record<string, unknown> }).tables ?? {}).includes(
      DATA_TABLE
    );
  const known =
    workbook.getWorksheet(DATA_SHEET) ?? workbook.worksheets.find((sheet) => hasTable(sheet));
  if (known) return { sheet: known, grid: usedCells(known) };
  for (const sheet of workbook.worksheets) {
    const grid = usedCells(sheet);
    if (locateRows(gridValues(grid), { row: 1, column: 1 })) return { sheet, grid };
  }
  return null;
}

/** The grid's values, as Excel's `range.values`. @example gridValues(usedCells(sheet))[3][10] === "Value" */
export const gridValues = (grid: Grid) => grid.rows.map((row) => row.map((c) => c.value));

/**
 * The snapshot with `'KPI Data'!` rewritten to the sheet's own name (the domain's addresses assume the template's).
 *
 * @example onSheet(snapshot, "Data 2024").rows[0].address.value === "'Data 2024'!K5"
 */
export function onSheet(snapshot: SheetSnapshot, sheet: string): SheetSnapshot {
  if (sheet === DATA_SHEET) return snapshot;
  const prefix = qualified(DATA_SHEET, "");
  const move = (address: string) => qualified(sheet, address.slice(prefix.length));
  return {
    ...snapshot,
    rows: snapshot.rows.map((row) => ({
      ...row,
      address: Object.fromEntries(
        Object.entries(row.address).map(([key, address]) => [key, move(address)])
      ) as typeof row.address,
    })),
  };
}
