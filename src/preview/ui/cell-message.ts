import { FormulaError } from "../formula";
import { DEFAULT_ALERT, passesValidation } from "../workbook/data-validation";
import { SimSheet } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";

/**
 * What is wrong with a cell, in words, for the line under the formula bar: an error value with its message (a
 * KPI.* function's CustomFunctions.Error message, which Excel shows in the cell's error tooltip), or, for a value
 * that breaks the cell's data validation (pasted past it), the rule's own alert message. Null when nothing is wrong.
 *
 * @example
 * cellMessage(workbook, dataSheet, 4, 17); // "#N/A — No target: set one in the Target column"
 */
export function cellMessage(
  workbook: SimWorkbook,
  sheet: SimSheet,
  row: number,
  col: number
): string | null {
  const value = workbook.value(sheet.id, row, col);
  if (value instanceof FormulaError)
    return value.message ? `${value.code} — ${value.message}` : value.code;
  const validation = sheet.cell(row, col).validation;
  if (!validation || value === null || passesValidation(workbook, sheet.id, value, validation)) {
    return null;
  }
  const alert = validation.errorAlert ?? DEFAULT_ALERT;
  return `Breaks this cell's rule — ${alert.title ? `${alert.title}: ` : ""}${alert.message}`;
}
