/** The preview's formula engine: exactly the grammar and functions the template's formulas use. */
export {
  MAX_COLS,
  MAX_ROWS,
  columnIndex,
  columnLetters,
  formatCellRef,
  parseCellRef,
  quoteSheetName,
} from "./a1";
export type { CellRef } from "./a1";
export { FormulaError, FormulaSyntaxError, isErrorCode } from "./errors";
export type { ErrorCode } from "./errors";
export { parseFormula } from "./parse";
export type { Expr } from "./parse";
export { evaluate, evaluateFormula } from "./evaluate";
export type { CellSource, EvalContext, ExternalFunction } from "./evaluate";
export { bindCustomFunctions } from "./custom-functions";
export type { FunctionsMetadata, Implementation } from "./custom-functions";
export { shiftFormula } from "./shift";
export {
  RangeValue,
  compareValues,
  formatGeneralNumber,
  roundHalfAway,
  toBoolean,
  toNumber,
  toText,
} from "./values";
export type { EvalResult, Scalar, Value } from "./values";
