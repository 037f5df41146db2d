import { FormulaError } from "./errors";
import { BinaryOperator } from "./parse";
import { Value, compareValues, toNumber, toText } from "./values";

/**
 * One binary operator on two values, as Excel computes it: `&` joins text, `+ - * /` convert to numbers (#DIV/0!
 * for a division by zero), comparisons order numbers < text < logicals, text case-insensitively.
 *
 * @example
 * binary("&", 1, true); // "1TRUE"
 */
export function binary(op: BinaryOperator, left: Value, right: Value): Value {
  if (op === "&") {
    const a = toText(left);
    const b = toText(right);
    return a instanceof FormulaError ? a : b instanceof FormulaError ? b : a + b;
  }
  if (op === "+" || op === "-" || op === "*" || op === "/") return arithmetic(op, left, right);
  const order = compareValues(left, right);
  if (order instanceof FormulaError) return order;
  const outcomes: Record<typeof op, boolean> = {
    "=": order === 0,
    "<>": order !== 0,
    "<": order < 0,
    ">": order > 0,
    "<=": order <= 0,
    ">=": order >= 0,
  };
  return outcomes[op];
}

function arithmetic(op: "+" | "-" | "*" | "/", left: Value, right: Value): Value {
  const a = toNumber(left);
  if (a instanceof FormulaError) return a;
  const b = toNumber(right);
  if (b instanceof FormulaError) return b;
  if (op === "/" && b === 0) return new FormulaError("#DIV/0!", "Division by zero");
  const result = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
  return Number.isFinite(result) ? result : new FormulaError("#NUM!", "The result is too large");
}
