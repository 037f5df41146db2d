/**
 * The Excel error values a formula can produce in the preview (the ones Excel shows in a cell). `#BUSY!` only while
 * a custom function's promise is pending (custom-functions.ts); it is not typed, parsed or thrown.
 */
export type ErrorCode =
  "#N/A" | "#VALUE!" | "#NAME?" | "#REF!" | "#DIV/0!" | "#NUM!" | "#NULL!" | "#BUSY!";

/** The codes a formula, a typed entry or a thrown CustomFunctions.Error may carry. */
const ERROR_CODES: readonly ErrorCode[] = [
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
];

/**
 * An Excel error value held by a cell. `message` is what Excel shows as the tooltip of a custom function's error
 * (and what the preview shows for its own errors, e.g. which function name is unknown).
 *
 * @example
 * new FormulaError("#N/A", "Missing value").toString(); // "#N/A"
 */
export class FormulaError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string = ""
  ) {}

  /** Excel's `range.values` returns an error as its code text, so does the preview. */
  toString(): string {
    return this.code;
  }
}

/**
 * Is `text` one of Excel's error codes (as a custom function's `CustomFunctions.Error.code` carries it)?
 *
 * @example
 * isErrorCode("#VALUE!"); // true
 * isErrorCode("#BUSY!"); // false: a function cannot throw it (the preview shows it only while one is pending)
 */
export function isErrorCode(text: unknown): text is ErrorCode {
  return typeof text === "string" && (ERROR_CODES as readonly string[]).includes(text);
}

/** A formula the preview cannot parse: Excel refuses to enter such a formula, so does the preview. */
export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly formula: string
  ) {
    super(`${message} in formula ${formula}`);
    this.name = "FormulaSyntaxError";
  }
}
