import type { SheetRow } from "../workbook/workbook-port";
import { cell, qualified } from "./a1";
import type { DataColumnKey } from "./layout";
import type { LocatedSheet } from "./locate-rows";

/**
 * The located rows as the port's `SheetRow`s, with sheet-qualified addresses so an issue can select its cell. A
 * column that is missing reads as undefined and its address falls back to the row's id cell.
 *
 * @example toSheetRows(located, "KPI Data")[0].address.value === "'KPI Data'!K5"
 */
export function toSheetRows(located: LocatedSheet, sheet: string): SheetRow[] {
  const idColumn = located.columns.id as number;
  return located.rows.map(({ row, cells }) => {
    const address = (key: DataColumnKey) =>
      qualified(sheet, cell(located.columns[key] ?? idColumn, row));
    return {
      id: cells.id,
      value: cells.value,
      year: cells.year,
      quality: cells.quality,
      target: cells.target,
      targetBasis: cells.targetBasis,
      address: {
        id: address("id"),
        value: address("value"),
        year: address("year"),
        quality: address("quality"),
        target: address("target"),
      },
    };
  });
}
