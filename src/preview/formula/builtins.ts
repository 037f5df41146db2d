import { FormulaError } from "./errors";
import {
  EvalResult,
  RangeValue,
  Value,
  roundHalfAway,
  toBoolean,
  toNumber,
  toText,
} from "./values";

/** One argument of a call: `omitted` for an empty one (`F(A1,,B1)`); evaluated only when the function needs it. */
export interface Argument {
  readonly omitted: boolean;
  evaluate(): EvalResult;
}

export type Builtin = (args: readonly Argument[]) => Value;

/** A range given where one value is expected: a single cell is fine, more is #VALUE! (no implicit intersection). */
export function scalarOf(result: EvalResult): Value {
  if (!(result instanceof RangeValue)) return result;
  const cells = result.cells();
  return cells.length === 1
    ? cells[0]
    : new FormulaError("#VALUE!", "A range was given where one value is expected");
}

function arity(
  name: string,
  args: readonly Argument[],
  min: number,
  max: number
): FormulaError | null {
  return args.length < min || args.length > max
    ? new FormulaError(
        "#VALUE!",
        `${name} takes ${min === max ? min : `${min} to ${max}`} arguments`
      )
    : null;
}

/** An omitted argument is 0 / "" / FALSE in Excel's built-ins; here it reads as an empty value. */
function valueOf(arg: Argument | undefined): Value {
  return !arg || arg.omitted ? null : scalarOf(arg.evaluate());
}

/** AND/OR: logicals and numbers count, text and blanks inside ranges are skipped, text given directly is #VALUE!. */
function logicalFold(
  name: string,
  combine: (a: boolean, b: boolean) => boolean,
  start: boolean
): Builtin {
  return (args) => {
    const bad = arity(name, args, 1, 255);
    if (bad) return bad;
    let result: boolean | null = null;
    for (const arg of args) {
      const evaluated = arg.omitted ? false : arg.evaluate();
      const fromRange = evaluated instanceof RangeValue;
      for (const cell of fromRange ? evaluated.cells() : [evaluated as Value]) {
        if (cell instanceof FormulaError) return cell;
        if (cell === null || (fromRange && typeof cell === "string")) continue;
        const logical = toBoolean(cell);
        if (logical instanceof FormulaError) return logical;
        result = combine(result ?? start, logical);
      }
    }
    return result ?? new FormulaError("#VALUE!", `${name} found no logical value`);
  };
}

function textFunction(name: string, transform: (text: string) => Value): Builtin {
  return (args) => {
    const text = toText(valueOf(args[0]));
    return arity(name, args, 1, 1) ?? (text instanceof FormulaError ? text : transform(text));
  };
}

function isFunction(name: string, test: (value: Value) => boolean): Builtin {
  return (args) =>
    arity(name, args, 1, 1) ?? test(args[0].omitted ? null : scalarOf(args[0].evaluate()));
}

/** Excel rounds halves away from zero; `digits` may be negative (ROUND(1234,-2) = 1200). */
function round(args: readonly Argument[]): Value {
  const bad = arity("ROUND", args, 2, 2);
  if (bad) return bad;
  const x = toNumber(valueOf(args[0]));
  const digits = toNumber(valueOf(args[1]));
  if (x instanceof FormulaError) return x;
  if (digits instanceof FormulaError) return digits;
  return roundHalfAway(x, digits);
}

function ifFunction(args: readonly Argument[]): Value {
  const bad = arity("IF", args, 2, 3);
  if (bad) return bad;
  const condition = toBoolean(valueOf(args[0]));
  if (condition instanceof FormulaError) return condition;
  const branch = condition ? args[1] : args[2];
  if (!branch) return false; // IF(c, a) with c false: FALSE
  if (branch.omitted) return 0; // IF(c, a, ) with c false: 0
  const value = scalarOf(branch.evaluate());
  return value === null ? 0 : value;
}

/**
 * The worksheet functions the preview evaluates: exactly those the template's formulas use. Any other name is
 * #NAME?, as in Excel for an unknown function.
 */
export const BUILTINS: Readonly<Record<string, Builtin>> = {
  AND: logicalFold("AND", (a, b) => a && b, true),
  OR: logicalFold("OR", (a, b) => a || b, false),
  NOT: (args) => {
    const value = toBoolean(valueOf(args[0]));
    return arity("NOT", args, 1, 1) ?? (value instanceof FormulaError ? value : !value);
  },
  IF: ifFunction,
  ISBLANK: isFunction("ISBLANK", (v) => v === null),
  ISNUMBER: isFunction("ISNUMBER", (v) => typeof v === "number"),
  ISTEXT: isFunction("ISTEXT", (v) => typeof v === "string"),
  ISERROR: isFunction("ISERROR", (v) => v instanceof FormulaError),
  // Excel's TRIM removes spaces only (not tabs or line breaks) and collapses runs of them.
  TRIM: textFunction("TRIM", (t) => t.replace(/ +/g, " ").replace(/^ | $/g, "")),
  UPPER: textFunction("UPPER", (t) => t.toUpperCase()),
  LEN: textFunction("LEN", (t) => t.length),
  ROUND: round,
};
