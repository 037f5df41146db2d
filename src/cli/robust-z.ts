/** The median of numbers (mean of the two middle ones for an even count); NaN for none. @example median([3, 1, 2]) === 2 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** 0.6745 = the standard normal's 75th percentile: it makes the MAD estimate a standard deviation. */
const MAD_SCALE = 0.6745;

/** Default cut-off of the modified z-score (Iglewicz and Hoaglin, 1993). */
export const DEFAULT_OUTLIER_Z = 3.5;

/**
 * Modified (robust) z-scores of values across cities: 0.6745 × (x − median) ÷ MAD, with MAD the median absolute
 * deviation from the median (Iglewicz and Hoaglin, 1993). Null for every value when fewer than 3 values are given or
 * the MAD is 0 (half or more of the cities report the same value): no spread to measure an outlier against.
 *
 * @example robustZ([10, 11, 12, 13, 100]).map((z) => z?.toFixed(1)) // ["-1.3", "-0.7", "0.0", "0.7", "59.4"]
 */
export function robustZ(values: readonly number[]): (number | null)[] {
  if (values.length < 3) return values.map(() => null);
  const m = median(values);
  const mad = median(values.map((x) => Math.abs(x - m)));
  if (mad === 0) return values.map(() => null);
  return values.map((x) => (MAD_SCALE * (x - m)) / mad);
}

/**
 * Competition ranks ("1224"), highest first, of the values that exist; null stays null (a city without a score
 * has no rank and does not push the others down).
 *
 * @example ranks([50, null, 80, 50]) // [2, null, 1, 2]
 */
export function ranks(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  return values.map((v) => (v === null ? null : 1 + present.filter((other) => other > v).length));
}
