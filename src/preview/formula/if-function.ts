import { scalarOf } from "./arguments";
import { FormulaError } from "./errors";
import { Expr } from "./parse";
import { EvalResult, toBoolean } from "./values";

/**
 * IF, computed here rather than by formulajs for two reasons: Excel evaluates only the branch it takes (a KPI.*
 * call in the other branch is never made), and a condition that is text other than TRUE/FALSE is #VALUE! in
 * Excel, where formulajs 4.6.1 takes any non-empty text as TRUE (measured: IF("abc",1,2) gives 1). IF(c, a) with c
 * false is FALSE; IF(c, a, ) with c false is 0 (https://support.microsoft.com/office/if-function-69aed7c9-4e8a-4755-
 * a9bc-aa8bbff73be2).
 *
 * @example
 * ifFunction([cond, yes, no], (expr) => evaluate(expr, context));
 */
export function ifFunction(
  args: readonly (Expr | null)[],
  evaluate: (expr: Expr) => EvalResult
): EvalResult {
  if (args.length < 2 || args.length > 3) {
    return new FormulaError("#VALUE!", "IF takes 2 or 3 arguments");
  }
  const [test, yes, no] = args;
  const condition = toBoolean(test === null ? null : scalarOf(evaluate(test)));
  if (condition instanceof FormulaError) return condition;
  const branch = condition ? yes : no;
  if (branch === undefined) return false;
  if (branch === null) return 0;
  return evaluate(branch);
}
