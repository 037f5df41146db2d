import { isExcelErrorText } from "../domain/parse";
import { MAX_AREA_ROWS, SCORING_METHODS, failed, scored } from "../domain/scoring";
import type { Scored, ScoringMethod } from "../domain/scoring";
import type { RawCell } from "../domain/workbook/workbook-port";
import { cellCount, flattenRange, isOmitted, toRawCell } from "./excel-arguments";

/** "rows×columns" of a range argument: language-free, for messages. */
export function shapeOf(arg: unknown): string {
  if (!Array.isArray(arg)) return "1×1";
  const first: unknown = arg[0];
  return `${arg.length}×${Array.isArray(first) ? first.length : 1}`;
}

/**
 * The one cell of an argument that must be a single cell (a 1×1 range or a scalar); BAD_ARGUMENT otherwise.
 *
 * @example singleCell([[45]], "value") // ok 45
 */
export function singleCell(arg: unknown, argument: string): Scored<RawCell> {
  if (cellCount(arg) !== 1)
    return failed("BAD_ARGUMENT", { argument, raw: shapeOf(arg), allowed: "1×1" });
  return scored(flattenRange(arg)[0]);
}

/**
 * A range aligned with the ids, as cells: SHAPE_MISMATCH when its size differs, SHAPE_DIFFERS when the sizes agree
 * but the shapes do not (a 2×2 values range against 4×1 ids would pair values with the wrong ids), TOO_LARGE past
 * the row limit (checked before anything is copied, so a whole-column reference fails fast). `idsShape` is left out
 * for the ids themselves.
 *
 * @example alignedRange([[1], [2]], "value", 2, "2×1") // ok [1, 2]
 */
export function alignedRange(
  arg: unknown,
  argument: string,
  expected: number,
  idsShape?: string
): Scored<RawCell[]> {
  const cells = cellCount(arg);
  if (cells > MAX_AREA_ROWS) return failed("TOO_LARGE", { cells, limit: MAX_AREA_ROWS });
  if (cells !== expected) return failed("SHAPE_MISMATCH", { argument, cells, expected });
  const shape = shapeOf(arg);
  if (idsShape !== undefined && shape !== idsShape)
    return failed("SHAPE_DIFFERS", { argument, shape, expected: idsShape });
  return scored(flattenRange(arg));
}

/**
 * The scoring method argument: omitted or blank → `u4ssc`; `u4ssc`, `mean` or `goalposts` in any case.
 *
 * @example readMethod(" Mean ") // ok "mean"
 */
export function readMethod(arg: unknown): Scored<ScoringMethod> {
  if (isOmitted(arg)) return scored("u4ssc");
  const error = heldErrorFailure<ScoringMethod>(arg);
  if (error) return error;
  const text = String(toRawCell(arg)).trim().toLowerCase();
  const method = SCORING_METHODS.find((m) => m === text);
  if (method) return scored(method);
  const allowed = SCORING_METHODS.map((m) => `"${m}"`).join(", ");
  return failed("BAD_ARGUMENT", { argument: "method", raw: String(toRawCell(arg)), allowed });
}

/**
 * The minimum coverage argument: omitted → undefined (the default, 2/3); a number 0–1 as it is (Excel passes
 * 50 % as 0.5). Text, booleans and NaN are BAD_ARGUMENT: a typed "0.5" is more likely a mistake than a wish. An
 * Excel error is passed on.
 *
 * @example readMinCoverage(0) // ok 0 (reproduces U4SSC)
 */
export function readMinCoverage(arg: unknown): Scored<number | undefined> {
  if (isOmitted(arg)) return scored(undefined);
  const error = heldErrorFailure<undefined>(arg);
  if (error) return error;
  const cell = toRawCell(arg);
  if (typeof cell === "number" && cell >= 0 && cell <= 1) return scored(cell);
  return failed("BAD_ARGUMENT", { argument: "min_coverage", raw: String(cell), allowed: "0–1" });
}

/**
 * The Excel error text a scalar argument holds ("#DIV/0!"), or null: such an argument's error is passed on.
 *
 * @example heldError({ code: "#N/A" }) === "#N/A"
 */
export function heldError(arg: unknown): string | null {
  const cell = toRawCell(arg);
  return typeof cell === "string" && isExcelErrorText(cell) ? cell.trim().toUpperCase() : null;
}

/**
 * An option holding an Excel error fails as CELL_ERROR with that error as `raw`, so the function passes the error on
 * (`excelErrorFor`) instead of calling it a bad argument: `=KPI.SCORE(…, D1)` with `#REF!` in D1 shows `#REF!`.
 */
function heldErrorFailure<T>(arg: unknown): Scored<T> | null {
  const error = heldError(arg);
  return error === null ? null : failed<T>("CELL_ERROR", { raw: error });
}

/** What KPI.COVERAGE returns: the share (default), or one of the two counts behind it. */
export const COVERAGE_RESULTS = ["fraction", "scored", "eligible"] as const;
export type CoverageResult = (typeof COVERAGE_RESULTS)[number];

/**
 * The `result` argument of KPI.COVERAGE, matched case-insensitively; omitted → "fraction".
 *
 * @example readCoverageResult(" Scored ") // ok "scored"
 */
export function readCoverageResult(arg: unknown): Scored<CoverageResult> {
  if (isOmitted(arg)) return scored("fraction");
  const error = heldErrorFailure<CoverageResult>(arg);
  if (error) return error;
  const text = String(toRawCell(arg)).trim().toLowerCase();
  const result = COVERAGE_RESULTS.find((r) => r === text);
  if (result) return scored(result);
  const allowed = COVERAGE_RESULTS.map((r) => `"${r}"`).join(", ");
  return failed("BAD_ARGUMENT", { argument: "result", raw: String(toRawCell(arg)), allowed });
}
