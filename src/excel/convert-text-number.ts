import { DATA_SHEET, parseRange, splitQualified } from "../domain/template";
import type { RawCell } from "../domain/workbook/workbook-port";
import { PortFailure } from "./office-errors";

/** ExcelApi version convertTextNumber needs. */
export const CONVERT_API = "1.1";

/**
 * Writes `number` into one template Value cell that holds a number as text (docs/template.md, "Text numbers"), only
 * after the user asked for it in the pane, and only if the cell still holds exactly `text`: a cell edited meanwhile
 * is left alone (answers false), so nothing the user typed is lost. Round trip 1 reads the cell, round trip 2
 * writes it. Its number format is kept (a percent-formatted cell is not one the pane offers to convert).
 *
 * @example await convertTextNumber(context, "'KPI Data'!K17", "12,5", 12.5) // true
 */
export async function convertTextNumber(
  context: Excel.RequestContext,
  address: string,
  text: RawCell,
  number: number
): Promise<boolean> {
  const { sheet, local } = splitQualified(address);
  try {
    if (parseRange(local).rowCount !== 1 || parseRange(local).columnCount !== 1) throw new Error();
  } catch {
    throw new PortFailure("UNKNOWN", `"${address}" is not one cell`);
  }
  if (!Number.isFinite(number)) throw new PortFailure("UNKNOWN", `${number} is not a number`);
  const cell = context.workbook.worksheets.getItem(sheet ?? DATA_SHEET).getRange(local);
  cell.load("values");
  await context.sync();
  if (cell.values[0][0] !== text) return false;
  cell.values = [[number]];
  await context.sync();
  return true;
}
