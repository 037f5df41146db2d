import * as formulajs from "@formulajs/formulajs";
import { ErrorCode, FormulaError, isErrorCode } from "./errors";
import { EvalResult, RangeValue, Value } from "./values";

/** An argument as formulajs takes it: a value, a 2-D array for a range, an Error for an Excel error. */
type LibraryValue = number | string | boolean | null | Error | LibraryValue[][];

type LibraryFunction = (...args: LibraryValue[]) => unknown;

/**
 * formulajs tells errors apart by identity with its own Error objects (ISNA(x) is `x === na`), which it does not
 * export: each is taken once from a function documented to return it, and checked with ERROR.TYPE. #NULL! has no
 * such function (nothing in the preview produces it but a typed #NULL!): it gets an Error of its own.
 */
const LIBRARY_ERRORS: ReadonlyMap<ErrorCode, Error> = new Map(
  (
    [
      ["#N/A", () => formulajs.NA(), 7],
      ["#DIV/0!", () => formulajs.MOD(1, 0), 2],
      ["#VALUE!", () => formulajs.ABS("x"), 3],
      ["#REF!", () => formulajs.INDEX([[1]], 3), 4],
      ["#NAME?", () => formulajs.SORT([[1]], 1, 1, "x"), 5],
      ["#NUM!", () => formulajs.SQRT(-1), 6],
    ] as [ErrorCode, () => unknown, number][]
  ).map(([code, probe, type]) => {
    const error = probe();
    if (!(error instanceof Error) || formulajs.ERROR.TYPE(error) !== type) {
      throw new Error(`formulajs no longer returns its ${code} from the probe`);
    }
    return [code, error];
  })
);

/**
 * The Excel built-in `name` (`SUM`, `CEILING.MATH`) from @formulajs/formulajs (MIT, ~400 functions), or undefined
 * when there is none (the cell then shows #NAME?, as Excel does for an unknown function).
 *
 * @example
 * worksheetFunction("ceiling.math") !== undefined; // true
 */
export function worksheetFunction(name: string): LibraryFunction | undefined {
  let found: unknown = formulajs;
  for (const part of name.toUpperCase().split(".")) {
    found =
      (found && typeof found === "object") || typeof found === "function"
        ? (found as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof found === "function" ? (found as LibraryFunction) : undefined;
}

/**
 * Calls a formulajs function with the preview's values: ranges become 2-D arrays (blank cells null), errors
 * formulajs's Error objects; the result comes back as a cell value, an error keeping the message it had when it
 * was an argument (so a KPI.* error's explanation survives IFERROR-free chains like `=ROUND(KPI.SCORE(…),1)`).
 *
 * @example
 * callWorksheetFunction("SUM", [new RangeValue([[1, null], [2, "x"]])]); // 3
 */
export function callWorksheetFunction(name: string, args: readonly EvalResult[]): EvalResult {
  const fn = worksheetFunction(name);
  if (!fn) return new FormulaError("#NAME?", `Unknown function ${name}`);
  // The first error of each code given as an argument, to hand back with its message if the function passes it on.
  const known = new Map<Error, FormulaError>();
  const toLibrary = (value: Value): LibraryValue => {
    if (!(value instanceof FormulaError)) return value;
    const error = LIBRARY_ERRORS.get(value.code) ?? new Error(value.code);
    if (!known.has(error)) known.set(error, value);
    return error;
  };
  let result: unknown;
  try {
    result = fn(
      ...args.map((arg) =>
        arg instanceof RangeValue ? arg.rows.map((row) => row.map(toLibrary)) : toLibrary(arg)
      )
    );
  } catch (thrown) {
    return new FormulaError("#VALUE!", `${name}: ${String((thrown as Error)?.message ?? thrown)}`);
  }
  return fromLibrary(name, result, known);
}

function fromLibrary(
  name: string,
  result: unknown,
  known: ReadonlyMap<Error, FormulaError>
): EvalResult {
  if (result instanceof Error) {
    const original = known.get(result);
    if (original) return original;
    return isErrorCode(result.message)
      ? new FormulaError(result.message, `${name} returned ${result.message}`)
      : new FormulaError("#VALUE!", `${name}: ${result.message}`);
  }
  if (Array.isArray(result)) {
    const rows = (Array.isArray(result[0]) ? result : [result]) as unknown[][];
    return new RangeValue(rows.map((row) => row.map((cell) => scalar(name, cell, known))));
  }
  return scalar(name, result, known);
}

function scalar(name: string, value: unknown, known: ReadonlyMap<Error, FormulaError>): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : new FormulaError("#NUM!", `${name} returned ${value}`);
  }
  if (value instanceof Date) return excelSerial(value);
  if (value instanceof Error) return fromLibrary(name, value, known) as Value;
  return new FormulaError("#VALUE!", `${name} returned ${String(value)}`);
}

/** Excel's date serial (days since 1899-12-30, the 1900 date system) of a Date formulajs returns. */
function excelSerial(date: Date): number {
  const utc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds()
  );
  return utc / 86_400_000 + 25_569;
}
