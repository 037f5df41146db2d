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
