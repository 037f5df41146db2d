import { FormulaError } from "./errors";
import { ReferencedArea } from "./parameter-address";
import { EvalResult, RangeValue, Value } from "./values";

/** One argument of a call: `omitted` for an empty one (`F(A1,,B1)`); evaluated only when the function needs it. */
export interface Argument {
  readonly omitted: boolean;
  evaluate(): EvalResult;
  /** The cells a plain reference argument (`K5`, `'KPI Data'!K5:K116`, `$K:$K`) names; undefined for any other. */
  readonly reference?: ReferencedArea;
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
