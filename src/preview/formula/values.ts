import { FormulaError } from "./errors";

/** What a cell holds once calculated. `null` is an empty cell. */
export type Scalar = number | string | boolean | null;
export type Value = Scalar | FormulaError;

/** A range's values, row by row, as an argument to a function. */
export class RangeValue {
  constructor(readonly rows: readonly (readonly Value[])[]) {}

  /** Every cell, row by row. */
  cells(): Value[] {
    return this.rows.flat();
  }
}

export type EvalResult = Value | RangeValue;

const TEXT_NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/**
 * Excel's conversion to a number for arithmetic: empty is 0, TRUE is 1, numeric text is its number, other text is
 * #VALUE!, an error stays itself.
 *
 * @example
 * toNumber(" 12.5 "); // 12.5
 * toNumber("abc"); // FormulaError #VALUE!
 */
export function toNumber(value: Value): number | FormulaError {
  if (value instanceof FormulaError || typeof value === "number") return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  const trimmed = value.trim();
  return TEXT_NUMBER.test(trimmed)
    ? Number(trimmed)
    : new FormulaError("#VALUE!", `"${value}" is not a number`);
}

/**
 * Excel's conversion to text for `&` and text functions.
 *
 * @example
 * toText(true); // "TRUE"
 * toText(null); // ""
 */
export function toText(value: Value): string | FormulaError {
  if (value instanceof FormulaError || typeof value === "string") return value;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return formatGeneralNumber(value);
}

/**
 * Excel's conversion to a logical value: numbers are TRUE unless 0, text must read TRUE or FALSE.
 *
 * @example
 * toBoolean(2); // true
 * toBoolean("yes"); // FormulaError #VALUE!
 */
export function toBoolean(value: Value): boolean | FormulaError {
  if (value instanceof FormulaError || typeof value === "boolean") return value;
  if (value === null) return false;
  if (typeof value === "number") return value !== 0;
  const upper = value.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return new FormulaError("#VALUE!", `"${value}" is not TRUE or FALSE`);
}

/**
 * Compares two values as Excel's `=`, `<`… do: numbers < text < logicals, text case-insensitively, and an empty cell
 * as 0, "" or FALSE depending on the other side. Returns -1, 0 or 1 (or the first error).
 *
 * @example
 * compareValues("abc", "ABC"); // 0
 * compareValues(5, "1"); // -1: any number is less than any text
 */
export function compareValues(left: Value, right: Value): -1 | 0 | 1 | FormulaError {
  if (left instanceof FormulaError) return left;
  if (right instanceof FormulaError) return right;
  const a = left === null ? blankLike(right) : left;
  const b = right === null ? blankLike(left) : right;
  const rank = (v: Scalar): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) < rank(b) ? -1 : 1;
  const x = typeof a === "string" ? a.toLowerCase() : Number(a);
  const y = typeof b === "string" ? b.toLowerCase() : Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The value an empty cell takes when compared with `other`. */
function blankLike(other: Value): Scalar {
  if (typeof other === "string") return "";
  if (typeof other === "boolean") return false;
  return 0;
}

/** Numbers as Excel's General format shows them: up to 15 significant digits, no trailing zeros. */
export function formatGeneralNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

/**
 * Rounds as Excel does: halves away from zero, on the number's 15 significant digits (so 1.005 is 1.01, as Excel
 * shows it, where the binary value alone would give 1.00). `digits` may be negative.
 *
 * @example
 * roundHalfAway(-2.5, 0); // -3
 * roundHalfAway(1234.5, -2); // 1200
 */
export function roundHalfAway(x: number, digits: number): number {
  const factor = 10 ** Math.trunc(digits);
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  return Number(formatGeneralNumber((Math.sign(x) * Math.round(scaled)) / factor));
}
