import { CellRef, MAX_COLS, MAX_ROWS } from "./a1";
import { Argument, scalarOf } from "./arguments";
import { cellInfo } from "./cell-info";
import { elementWise } from "./element-wise";
import { ifFunction } from "./if-function";
import { binary } from "./operators";
import { CONDITIONAL_FUNCTIONS } from "./conditional";
import { FormulaError } from "./errors";
import { ReferencedArea } from "./parameter-address";
import { Expr } from "./parse";
import { EvalResult, RangeValue, Value, toNumber, toText } from "./values";
import { callWorksheetFunction } from "./worksheet-functions";

/** Where a formula reads its cells from: the workbook, which calculates formula cells on demand. */
export interface CellSource {
  /** The calculated value of a cell (null when empty); `sheet` is matched case-insensitively. */
  cellValue(sheet: string, row: number, col: number): Value;
  hasSheet(sheet: string): boolean;
  /** A sheet's name as the workbook spells it (formulas match names case-insensitively). */
  sheetName?(sheet: string): string;
  /**
   * How many rows a whole-column reference (`$U:$U`) reads: the workbook's last used row. Rows below it are empty,
   * so sums, counts and matches are the same as over Excel's 1 048 576 rows; the same for every sheet, so two
   * whole-column ranges always have the same size, as in Excel.
   */
  usedRowCount(): number;
  /** A cell's number format code (`General`, `0.0%`), for CELL("format", …). */
  numberFormat(sheet: string, row: number, col: number): string;
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
  // A multi-cell result in one cell is #VALUE! (Excel 2010 gives the same for most such formulas; 365 spills).
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
    case "array":
      return new RangeValue(
        expr.rows.map((row) =>
          row.map((item) => (typeof item === "object" ? new FormulaError(item.error) : item))
        )
      );
    case "name":
      return new FormulaError("#NAME?", `Unknown name ${expr.name}`);
    case "ref":
      return readRange(context, expr.sheet, expr.ref, expr.ref, true);
    case "range":
      return readRange(context, expr.sheet, expr.start, expr.end, false, expr.columns);
    case "unary":
      return elementWise(evaluate(expr.operand, context), 0, (operand) => {
        const n = toNumber(operand);
        return n instanceof FormulaError || expr.op === "+" ? n : -n;
      });
    case "binary":
      return elementWise(evaluate(expr.left, context), evaluate(expr.right, context), (a, b) =>
        binary(expr.op, a, b)
      );
    case "call":
      return call(expr.name, expr.args, context);
  }
}

/**
 * Functions that ignore text and logicals in a reference but count them when typed as an argument (Excel's SUM
 * help: "If an argument is an array or reference, only numbers in that array or reference are counted"): a
 * single-cell reference is handed to them as a one-cell range.
 */
const REFERENCE_AGGREGATES = new Set(
  "SUM AVERAGE MIN MAX COUNT COUNTA COUNTBLANK PRODUCT MEDIAN SUMSQ AND OR".split(" ")
);

/**
 * A function call: the add-in's custom functions (KPI.*) by their metadata, CELL (it needs the reference, not its
 * value), IF (evaluated lazily), the functions Excel defines differently from formulajs, then any formulajs
 * built-in.
 */
function call(name: string, args: readonly (Expr | null)[], context: EvalContext): EvalResult {
  const custom = context.functions?.(name);
  if (custom) {
    return custom(
      args.map<Argument>((arg) => ({
        omitted: arg === null,
        evaluate: () => (arg === null ? null : evaluate(arg, context)),
        reference: arg === null ? undefined : referencedArea(arg, context),
      }))
    );
  }
  if (name === "CELL") return cellFunction(args, context);
  if (name === "IF") return ifFunction(args, (expr) => evaluate(expr, context));
  const values = args.map((arg) => {
    if (arg === null) return null;
    const value = evaluate(arg, context);
    return arg.kind === "ref" && REFERENCE_AGGREGATES.has(name)
      ? new RangeValue([[scalarOf(value)]])
      : value;
  });
  const own = CONDITIONAL_FUNCTIONS[name];
  return own ? own(values) : callWorksheetFunction(name, values);
}

/**
 * CELL(info_type, reference): the reference is required here (without it Excel reports the cell selected when it
 * recalculates, which no formula should rely on).
 */
function cellFunction(args: readonly (Expr | null)[], context: EvalContext): Value {
  const [infoArg, refArg] = args;
  const info = infoArg ? toText(scalarOf(evaluate(infoArg, context))) : "";
  if (info instanceof FormulaError) return info;
  if (args.length !== 2 || !refArg || (refArg.kind !== "ref" && refArg.kind !== "range")) {
    return new FormulaError("#VALUE!", "CELL needs an info type and a reference in the preview");
  }
  const sheet = refArg.sheet ?? context.sheet;
  if (!context.source.hasSheet(sheet)) return new FormulaError("#REF!", `No sheet named ${sheet}`);
  const [row, col] = place(refArg.kind === "ref" ? refArg.ref : refArg.start, context);
  return cellInfo(info, context.source, sheet, row, col);
}

/** The area a plain reference argument names (for a custom function's parameter addresses); undefined otherwise. */
function referencedArea(expr: Expr, context: EvalContext): ReferencedArea | undefined {
  if (expr.kind !== "ref" && expr.kind !== "range") return undefined;
  const sheet = expr.sheet ?? context.sheet;
  if (!context.source.hasSheet(sheet)) return undefined;
  const [r1, c1] = place(expr.kind === "ref" ? expr.ref : expr.start, context);
  const [r2, c2] = place(expr.kind === "ref" ? expr.ref : expr.end, context);
  const columns = expr.kind === "range" && expr.columns === true;
  return {
    sheet: context.source.sheetName?.(sheet) ?? sheet,
    top: columns ? 0 : Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: columns ? MAX_ROWS - 1 : Math.max(r1, r2),
    right: Math.max(c1, c2),
    columns,
  };
}

function readRange(
  context: EvalContext,
  sheetName: string | undefined,
  a: CellRef,
  b: CellRef,
  single: boolean,
  columns = false
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
  const last = columns ? Math.max(context.source.usedRowCount(), 1) - 1 : Math.max(r1, r2);
  const rows: Value[][] = [];
  for (let r = Math.min(r1, r2); r <= last; r += 1) {
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
