import { Area, formatArea } from "../workbook/area";
import { ExcelError } from "../workbook/excel-error";
import { SimTable } from "../workbook/workbook";
import { areaOf } from "./make-range";
import { rangeLocator } from "./range-registry";
import { RangeTarget } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { missing } from "./simulated-proxy";

const overlap = (a: Area, b: Area) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

/**
 * Reads `Table.resize`'s argument when it is called: a Range, or a sheet-qualified address read at sync time (an
 * address without a sheet is not simulated: the adapters always name the sheet). Anything else is InvalidArgument.
 */
export function resizeTarget(context: SimRequestContext, newRange: unknown): () => RangeTarget {
  const locateRange = rangeLocator(newRange);
  if (locateRange) return locateRange;
  if (typeof newRange !== "string") {
    throw new ExcelError("InvalidArgument", "Table.resize takes a Range or an address.");
  }
  if (!newRange.includes("!")) {
    throw missing("Table.resize with an address that names no sheet");
  }
  return () => {
    const named = newRange
      .slice(0, newRange.lastIndexOf("!"))
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const sheet = context.model.sheetByName(named);
    if (!sheet) throw new ExcelError("InvalidArgument", `No sheet for the address ${newRange}.`);
    return { sheet, area: areaOf(newRange, sheet) };
  };
}

/**
 * `Table.resize(newRange)` (ExcelApi 1.13), run at sync. Microsoft's reference for Excel.Table: "Resize the table to
 * the new range. The new range must overlap with the original table range and the headers (or the top of the
 * table) must be in the same row." The table only takes a new outline: no cell is inserted, moved, written or
 * formatted (the new rows keep what they hold). Refused with InvalidArgument, the table unchanged: a range on
 * another sheet, a top row other than the header row, no overlap, no data row left under the header, an overlap
 * with another table. Changing the table's columns is not simulated (the add-in only adds rows).
 */
export function resizeTable(
  context: SimRequestContext,
  table: SimTable,
  target: RangeTarget
): void {
  const { sheet, area } = target;
  const wanted = `${sheet.name}!${formatArea(area)}`;
  const refuse = (why: string) => {
    throw new ExcelError("InvalidArgument", `The table can't be resized to ${wanted}: ${why}.`);
  };
  if (sheet.id !== table.sheetId) refuse("the range is on another sheet");
  if (area.top !== table.area.top) refuse("the header row must stay in the same row");
  if (!overlap(area, table.area)) refuse("the new range must overlap the table");
  if (area.bottom <= area.top) refuse("a table needs a data row under its header");
  if (area.left !== table.area.left || area.right !== table.area.right) {
    throw missing("Table.resize changing the table's columns");
  }
  const others = context.model.tables.filter((t) => t !== table && t.sheetId === sheet.id);
  if (others.some((other) => overlap(other.area, area))) refuse("a table can't overlap another");
  table.area = area;
}
