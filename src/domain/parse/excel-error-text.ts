/**
 * Excel's error values as they reach add-in code (`range.values` gives them as text). The list is
 * Excel's full set, including the newer #SPILL!, #CALC!, #FIELD!, #BLOCKED!, #CONNECT!, #UNKNOWN!,
 * #PYTHON! and #EXTERNAL!, so a formula error never reads as "not numeric".
 */
export const EXCEL_ERROR_TEXTS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
] as const;

const EXCEL_ERRORS: ReadonlySet<string> = new Set(EXCEL_ERROR_TEXTS);

/**
 * True when the text is one of Excel's error values (trimmed, any case).
 *
 * @example isExcelErrorText("#DIV/0!") === true
 * @example isExcelErrorText("N/A") === false // a "not reported" marker, not an error
 */
export function isExcelErrorText(text: string): boolean {
  const trimmed = text.trim();
  // Every error starts with `#` (and no other character upper-cases to it): skip the case folding.
  return trimmed.startsWith("#") && EXCEL_ERRORS.has(trimmed.toUpperCase());
}
