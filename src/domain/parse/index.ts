export { parseCellValue, isYesNoItem } from "./parse-cell-value";
export type { CellReading, RawCell } from "./parse-cell-value";
export { parseYear, YEAR_MIN, YEAR_MAX } from "./parse-year";
export { parseNumberText } from "./number-text";
export type { NumberTextReading } from "./number-text";
export { isMissingText } from "./missing-text";
export { isExcelErrorText, EXCEL_ERROR_TEXTS } from "./excel-error-text";
export { readYesNoWord } from "./yes-no-text";
