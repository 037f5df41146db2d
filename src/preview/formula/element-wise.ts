import { FormulaError } from "./errors";
import { EvalResult, RangeValue, Value } from "./values";

/**
 * Applies an operator cell by cell when an operand is a range (`(A1:A9="x")*B1:B9` inside SUMPRODUCT), as Excel
 * evaluates arrays; a one-cell operand is repeated; cells outside the smaller of two ranges are #N/A, as in Excel.
 */
export function elementWise(
  left: EvalResult,
  right: EvalResult,
  apply: (a: Value, b: Value) => Value
): EvalResult {
  if (!(left instanceof RangeValue) && !(right instanceof RangeValue)) return apply(left, right);
  const grid = (v: EvalResult) => (v instanceof RangeValue ? v.rows : [[v]]);
  const a = grid(left);
  const b = grid(right);
  const rows = Math.max(a.length, b.length);
  const cols = Math.max(a[0].length, b[0].length);
  const at = (g: readonly (readonly Value[])[], r: number, c: number): Value | undefined =>
    (g.length === 1 ? g[0] : g[r])?.[g[0].length === 1 ? 0 : c];
  const out: Value[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const row: Value[] = [];
    for (let c = 0; c < cols; c += 1) {
      const x = at(a, r, c);
      const y = at(b, r, c);
      row.push(x === undefined || y === undefined ? new FormulaError("#N/A") : apply(x, y));
    }
    out.push(row);
  }
  return new RangeValue(out);
}
