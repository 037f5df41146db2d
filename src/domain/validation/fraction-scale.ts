import { makeIssue } from "./issue";
import type { Issue } from "./issue";

/** Fewer percentage values than this say nothing about the sheet's scale. */
const MIN_VALUES = 2;

/**
 * FRACTION_SCALE (sheet-level, docs/scoring.md §3): every percentage value given is ≤ 1, so they
 * were probably typed as fractions (0.45) or read from cells formatted as % (Excel stores 45 % as
 * 0.45). It needs at least two values, and at least one strictly between 0 and 1: a sheet of zeros
 * and ones is as plausible in percent.
 *
 * @example fractionScaleIssue([0.45, 0.8, 1]) // FRACTION_SCALE with params { count: 3 }
 * @example fractionScaleIssue([45, 0.8]) // null
 */
export function fractionScaleIssue(percentValues: readonly number[]): Issue | null {
  const allSmall = percentValues.every((value) => value <= 1);
  const someFraction = percentValues.some((value) => value > 0 && value < 1);
  return percentValues.length >= MIN_VALUES && allSmall && someFraction
    ? makeIssue("FRACTION_SCALE", "", { count: percentValues.length })
    : null;
}
