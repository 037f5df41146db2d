import { CellRef, MAX_COLS, MAX_ROWS } from "./a1";
import { Argument, BUILTINS, scalarOf } from "./builtins";
import { FormulaError } from "./errors";
import { BinaryOperator, Expr } from "./parse";
import { EvalResult, RangeValue, Value, compareValues, toNumber, toText } from "./values";

/** Where a formula reads its cells from: the workbook, which calculates formula cells on demand. */
export interface CellSource {
  /** The calculated value of a cell (null when empty); `sheet` is matched case-insensitively. */
  cellValue(sheet: string, row: number, col: number): Value;
  hasSheet(sheet: string): boolean;
}

/** A function the workbook knows beyond the built-ins (the add-in's KPI.* custom functions). */
export type ExternalFunction = (args: readonly Argument[]) => Value;

export interface EvalContext {
  readonly source: CellSource;
  /** The sheet the formula lives on (unqualified references point there). */
  readonly sheet: string;
  /**
   * How far the evaluated cell is from the cell the formula was written for: a conditional-format or validation
   * formula is written for a range's top-left cell and moves its relative references for every other cell.
   */
  readonly rowOffset?: number;
  readonly colOffset?: number;
  readonly functions?: (name: string) => ExternalFunction | undefined;
}

/**
 * Calculates a parsed formula as a cell shows it: a reference to an empty cell gives 0, a multi-cell range #VALUE!.
 *
 * @example
 * evaluateFormula(parseFormula("=1+2&\"x\""), { source, sheet: "Sheet1" }); // "3x"
 */
export function evaluateFormula(expr: Expr, context: EvalContext): Value {
  const value = scalarOf(evaluate(expr, context));
  return value === null ? 0 : value;
}

/** Calculates an expression; references to several cells stay a RangeValue for the function that receives them. */
export function evaluate(expr: Expr, context: EvalContext): EvalResult {
  switch (expr.kind) {
    case "number":
    case "string":
    case "boolean":
      return expr.value;
    case "error":
      return new FormulaError(expr.code);
    case "name":
      return new FormulaError("#NAME?", `Unknown name ${expr.name}`);
    case "ref":
      return readRange(context, expr.sheet, expr.ref, expr.ref, true);
    case "range":
      return readRange(context, expr.sheet, expr.start, expr.end, false);
    case "unary": {
      const operand = toNumber(scalarOf(evaluate(expr.operand, context)));
      return operand instanceof FormulaError || expr.op === "+" ? operand : -operand;
    }
    case "binary":
      return binary(
        expr.op,
        scalarOf(evaluate(expr.left, context)),
        scalarOf(evaluate(expr.right, context))
      );
    case "call":
      return call(expr.name, expr.args, context);
  }
}

function call(name: string, args: readonly (Expr | null)[], context: EvalContext): Value {
  const fn = BUILTINS[name] ?? context.functions?.(name);
  if (!fn) return new FormulaError("#NAME?", `Unknown function ${name}`);
  return fn(
    args.map((arg) => ({
      omitted: arg === null,
      evaluate: () => (arg === null ? null : evaluate(arg, context)),
    }))
  );
}

function readRange(
  context: EvalContext,
  sheetName: string | undefined,
  a: CellRef,
  b: CellRef,
  single: boolean
): EvalResult {
  const sheet = sheetName ?? context.sheet;
  if (!context.source.hasSheet(sheet)) return new FormulaError("#REF!", `No sheet named ${sheet}`);
  const [r1, c1] = place(a, context);
  const [r2, c2] = place(b, context);
  if (
    [r1, r2].some((r) => r < 0 || r >= MAX_ROWS) ||
    [c1, c2].some((c) => c < 0 || c >= MAX_COLS)
  ) {
    return new FormulaError("#REF!", "The reference moved off the sheet");
  }
  if (single) return context.source.cellValue(sheet, r1, c1);
  const rows: Value[][] = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r += 1) {
    const row: Value[] = [];
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c += 1)
      row.push(context.source.cellValue(sheet, r, c));
    rows.push(row);
  }
  return new RangeValue(rows);
}

function place(ref: CellRef, context: EvalContext): [number, number] {
  return [
    ref.rowAbsolute ? ref.row : ref.row + (context.rowOffset ?? 0),
    ref.colAbsolute ? ref.col : ref.col + (context.colOffset ?? 0),
  ];
}

function binary(op: BinaryOperator, left: Value, right: Value): Value {
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
