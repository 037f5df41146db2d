import { FormulaError } from "./errors";
import { EvalResult, RangeValue, Value } from "./values";

/** One argument of a call: `omitted` for an empty one (`F(A1,,B1)`); evaluated only when the function needs it. */
export interface Argument {
  readonly omitted: boolean;
  evaluate(): EvalResult;
}

/**
 * A range given where one value is expected: a single cell is fine, more is #VALUE! (no implicit intersection).
 *
 * @example
 * scalarOf(new RangeValue([[1]])); // 1
 * scalarOf(new RangeValue([[1, 2]])); // FormulaError #VALUE!
 */
export function scalarOf(result: EvalResult): Value {
  if (!(result instanceof RangeValue)) return result;
  const cells = result.cells();
  return cells.length === 1
    ? cells[0]
    : new FormulaError("#VALUE!", "A range was given where one value is expected");
}
