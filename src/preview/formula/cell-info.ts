import { columnLetters } from "./a1";
import { FormulaError } from "./errors";
import type { CellSource } from "./evaluate";
import { Value } from "./values";

/**
 * CELL(info_type, reference) for what the preview knows of a cell: "format", "contents", "type", "address", "row",
 * "col"; any other info_type is #VALUE! naming it (Microsoft's list:
 * https://support.microsoft.com/office/cell-function-51bd39a5-f338-4dbe-a33f-955d67c2b2cf).
 *
 * @example
 * cellInfo("address", source, "KPI Data", 4, 10); // "$K$5"
 */
export function cellInfo(
  info: string,
  source: CellSource,
  sheet: string,
  row: number,
  col: number
): Value {
  const value = source.cellValue(sheet, row, col);
  switch (info.toLowerCase()) {
    case "format":
      return cellFormatCode(source.numberFormat(sheet, row, col));
    case "contents":
      return value;
    case "type":
      return value === null ? "b" : typeof value === "string" ? "l" : "v";
    case "row":
      return row + 1;
    case "col":
      return col + 1;
    case "address":
      return `$${columnLetters(col)}$${row + 1}`;
    default:
      return new FormulaError("#VALUE!", `Preview does not simulate CELL("${info}")`);
  }
}

/**
 * The code CELL("format", ref) returns for a number format, after Microsoft's table
 * (https://support.microsoft.com/office/cell-function-51bd39a5-f338-4dbe-a33f-955d67c2b2cf): General "G", fixed
 * decimals "F<n>", thousands separator ",<n>", percent "P<n>", scientific "S<n>", currency "C<n>", "-" appended
 * for a format that colours negatives, "()" for one with parentheses. Dates and anything else read as "G" here
 * (the template formats no dates). Note: Excel on the web does not support CELL("format").
 *
 * @example
 * cellFormatCode("0.0%"); // "P1"
 * cellFormatCode("#,##0"); // ",0"
 */
export function cellFormatCode(numberFormat: string): string {
  const first = numberFormat.split(";")[0];
  const decimals = /0\.(0+)/.exec(first)?.[1].length ?? 0;
  let code: string;
  if (/^general$/i.test(first) || first === "@") code = "G";
  else if (/[$€£¥]/.test(first)) code = `C${decimals}`;
  else if (first.includes("%")) code = `P${decimals}`;
  else if (/E[+-]/i.test(first)) code = `S${decimals}`;
  else if (/#,##0/.test(first)) code = `,${decimals}`;
  else if (/^0(\.0+)?$/.test(first)) code = `F${decimals}`;
  else code = "G";
  if (/\[red\]/i.test(numberFormat)) code += "-";
  if (/\(/.test(first) && numberFormat.includes(";")) code += "()";
  return code;
}
