import { Area } from "../workbook/area";
import { ExcelError } from "../workbook/excel-error";
import { SimSheet } from "../workbook/sheet";
import { SimTable } from "../workbook/workbook";
import { areaOf } from "./make-range";
import { RangeTarget, writeEntries } from "./range-writes";
import { SimRequestContext } from "./request-context";

/** An address for TableCollection.add: its own sheet when it names one, else the active sheet. */
export function addressOnSheet(context: SimRequestContext, address: string): RangeTarget {
  const model = context.model;
  const bang = address.lastIndexOf("!");
  const named =
    bang < 0
      ? undefined
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const sheet =
    named === undefined ? model.sheetById(model.activeSheetId) : model.sheetByName(named);
  if (!sheet) throw new ExcelError("ItemNotFound", `No sheet for the address ${address}.`);
  return { sheet, area: areaOf(address, sheet) };
}

/**
 * Creates a table over an area, as Excel does: no overlap with another table, the next free name `TableN`, and
 * `ColumnN` written into empty header cells.
 */
export function addTable(context: SimRequestContext, sheet: SimSheet, area: Area): SimTable {
  const model = context.model;
  const overlaps = (other: Area) =>
    other.top <= area.bottom &&
    other.bottom >= area.top &&
    other.left <= area.right &&
    other.right >= area.left;
  if (model.tables.some((t) => t.sheetId === sheet.id && overlaps(t.area))) {
    throw new ExcelError("InvalidArgument", "A table can't overlap another table.");
  }
  let number = model.tables.length + 1;
  while (model.tableByName(`Table${number}`)) number += 1;
  const table: SimTable = {
    name: `Table${number}`,
    sheetId: sheet.id,
    area,
    style: "TableStyleMedium2",
  };
  // Excel names empty header cells Column1, Column2…
  for (let col = area.left; col <= area.right; col += 1) {
    if (sheet.cell(area.top, col).content.kind === "empty") {
      const header = { top: area.top, left: col, bottom: area.top, right: col };
      writeEntries(model, { sheet, area: header }, [[`Column${col - area.left + 1}`]], "values");
    }
  }
  model.tables.push(table);
  return table;
}
