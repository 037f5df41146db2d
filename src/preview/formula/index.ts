/**
 * The preview's formula engine: Excel's A1 grammar (cells, ranges, whole columns, other sheets) parsed here, the
 * worksheet functions computed by @formulajs/formulajs, the add-in's KPI.* functions by their metadata.
 */
export {
  MAX_COLS,
  MAX_ROWS,
  columnIndex,
  columnLetters,
  formatCellRef,
  parseCellRef,
  parseColumnRef,
  quoteSheetName,
} from "./a1";
export type { CellRef } from "./a1";
export { FormulaError, FormulaSyntaxError, isErrorCode } from "./errors";
export type { ErrorCode } from "./errors";
export { parseFormula } from "./parse";
export type { Expr } from "./parse";
export { evaluate, evaluateFormula } from "./evaluate";
export type { Argument } from "./arguments";
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
