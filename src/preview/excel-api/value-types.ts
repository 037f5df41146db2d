import { FormulaError, Value } from "../formula";

/**
 * `Range.valueTypes` of one cell (ExcelApi 1.1; values of Excel.RangeValueType, learn.microsoft.com/javascript/api/
 * excel/excel.rangevaluetype): "Empty" for a cell with nothing in it, "Error" for an error value, "Boolean",
 * "String" (text, including "" from a formula) and "Double" for numbers. The enum also has "Integer", "Unknown" and
 * "RichValue"; the preview never gives them (its cells hold no data types, and Excel reports numbers as Double).
 *
 * @example valueType(false, 0) === "Double"
 * @example valueType(true, null) === "Empty"
 */
export function valueType(isEmpty: boolean, value: Value): string {
  if (isEmpty) return "Empty";
  if (value instanceof FormulaError) return "Error";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return "Double";
  return "String";
}
