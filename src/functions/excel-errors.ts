import { formatMessage } from "../domain/messages";
import type { Lang, MessageCode } from "../domain/messages";
import type { IssueParams } from "../domain/validation";
import type { Scored, ScoringFailure } from "../domain/scoring";

/** Conditions Excel users expect as #N/A (docs/scoring.md §7); every other failure is #VALUE!. */
const NOT_AVAILABLE: ReadonlySet<MessageCode> = new Set([
  "MISSING",
  "NO_TARGET",
  "INSUFFICIENT_COVERAGE",
  "NO_SCORABLE_ITEMS",
  "BLANK_UNKNOWN",
]);

/**
 * The ErrorCode that passes an Excel error on, from the error as Excel prints it. #NAME? and #REF! are documented
 * as input errors only: Excel may show another error when a function returns them, but it still shows an error.
 */
function passOnCode(errorText: string): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  switch (errorText.trim().toUpperCase()) {
    case "#DIV/0!":
      return codes.divisionByZero;
    case "#N/A":
      return codes.notAvailable;
    case "#NUM!":
      return codes.invalidNumber;
    case "#NAME?":
      return codes.invalidName;
    case "#NULL!":
      return codes.nullReference;
    case "#REF!":
      return codes.invalidReference;
    default:
      return codes.invalidValue;
  }
}

/**
 * The error a cell holding `errorText` passes on. Only #N/A and #VALUE! take a message; it is given when the error
 * is about an item's cell (`params.item`).
 *
 * @example passOnError("#DIV/0!", {}, "en").code === CustomFunctions.ErrorCode.divisionByZero
 */
export function passOnError(
  errorText: string,
  params: IssueParams,
  lang: Lang
): CustomFunctions.Error {
  const code = passOnCode(errorText);
  const takesMessage =
    code === CustomFunctions.ErrorCode.notAvailable ||
    code === CustomFunctions.ErrorCode.invalidValue;
  return takesMessage && typeof params.item === "string"
    ? new CustomFunctions.Error(code, formatMessage("CELL_ERROR", params, lang))
    : new CustomFunctions.Error(code);
}

/**
 * The Excel error for a failure, worded in `lang`: #N/A for a missing value, no target, insufficient coverage or
 * no scorable items; the cell's own error for CELL_ERROR; #VALUE! for everything else.
 *
 * @example excelErrorFor({ code: "MISSING", params: { item: "EC: ICT: ICT: 1C" } }, "en") // #N/A "Missing value"
 */
export function excelErrorFor(failure: ScoringFailure, lang: Lang): CustomFunctions.Error {
  if (failure.code === "CELL_ERROR")
    return passOnError(String(failure.params.raw), failure.params, lang);
  const code = NOT_AVAILABLE.has(failure.code)
    ? CustomFunctions.ErrorCode.notAvailable
    : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, formatMessage(failure.code, failure.params, lang));
}

/**
 * Throws the Excel error for a failure (how a custom function returns an error).
 *
 * @example throwFailure({ code: "MISSING", params: {} }, "en") // throws #N/A "Missing value"
 */
export function throwFailure(failure: ScoringFailure, lang: Lang): never {
  throw excelErrorFor(failure, lang);
}

/**
 * The value of a result, or the Excel error for its failure, thrown (how a custom function returns an error).
 *
 * @example valueOrThrow(scoreItem({ id, value }), lang).score
 */
export function valueOrThrow<T>(result: Scored<T>, lang: Lang): T {
  if (!result.ok) throwFailure(result.failure, lang);
  return result.value;
}
