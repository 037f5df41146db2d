import {
  DATA_SHEET,
  DATA_TABLE,
  SUMMARY_CITY_CELL,
  SUMMARY_SHEET,
  SUMMARY_YEAR_CELL,
} from "../domain/template";
import { snapshotFromRead } from "../domain/template";
import type { SheetSnapshot } from "../domain/workbook/workbook-port";
import { PortFailure } from "./office-errors";

/** ExcelApi version the reader needs (null objects). */
export const READ_API = "1.4";

/**
 * Where the data sheet went when it is not found under its name: the sheet now holding the template's table (a
 * rename), told in the detail so the pane can say "rename it back". One extra round trip, on the failure path only.
 */
async function missingSheetDetail(
  context: Excel.RequestContext,
  table: Excel.Table
): Promise<string> {
  if (table.isNullObject) return `no sheet named "${DATA_SHEET}"`;
  table.worksheet.load("name");
  await context.sync();
  return `no sheet named "${DATA_SHEET}"; the template's table is on sheet "${table.worksheet.name}" (renamed?)`;
}

/**
 * Reads the data sheet once and writes nothing: round trip 1 finds the template's sheets, round trip 2 loads the
 * data sheet's used range (values, number formats and address) and the Summary's city and year. Rows are mapped by header
 * names in `snapshotFromRead`, so moved, renamed or deleted columns and rows are reported rather than misread.
 *
 * @example const snapshot = await readKpiSheet(context); snapshot.rows.length === 112
 */
export async function readKpiSheet(context: Excel.RequestContext): Promise<SheetSnapshot> {
  const { workbook } = context;
  const data = workbook.worksheets.getItemOrNullObject(DATA_SHEET);
  const summary = workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  const table = workbook.tables.getItemOrNullObject(DATA_TABLE);
  await context.sync();
  if (data.isNullObject)
    throw new PortFailure("NO_TEMPLATE", await missingSheetDetail(context, table));

  const used = data.getUsedRange();
  // Number formats in the same load (no extra sync): a percent-formatted Value reads as shown (docs/template.md).
  used.load("values, address, numberFormat");
  const summaryCells = summary.isNullObject
    ? null
    : summary.getRange(`${SUMMARY_CITY_CELL}:${SUMMARY_YEAR_CELL}`);
  summaryCells?.load("values");
  await context.sync();

  const snapshot = snapshotFromRead({
    address: used.address,
    values: used.values,
    summary: summaryCells?.values ?? null,
    numberFormats: used.numberFormat,
  });
  if (!snapshot)
    throw new PortFailure(
      "TEMPLATE_DAMAGED",
      `no header row with the item id and value columns on "${DATA_SHEET}"`
    );
  return snapshot;
}
