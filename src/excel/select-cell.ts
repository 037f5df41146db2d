import { DATA_SHEET, parseRange, splitQualified } from "../domain/template";
import { PortFailure } from "./office-errors";

/** ExcelApi version selectCell needs. */
export const SELECT_API = "1.1";

/**
 * Activates the cell's sheet and selects the cell (Excel scrolls to it). An address without a sheet means the data
 * sheet. A sheet that is gone fails with ItemNotFound, which the port reports as NO_TEMPLATE.
 *
 * @example await selectCell(context, "'KPI Data'!K17")
 */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, local } = splitQualified(address);
  try {
    parseRange(local);
  } catch {
    throw new PortFailure("UNKNOWN", `"${address}" is not a cell address`);
  }
  const worksheet = context.workbook.worksheets.getItem(sheet ?? DATA_SHEET);
  worksheet.activate();
  worksheet.getRange(local).select();
  await context.sync();
}
