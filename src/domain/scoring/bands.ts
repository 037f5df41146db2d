/** U4SSC points, one per band of the achievement ratio (docs/scoring.md §4). */
export type Points = 1 | 2 | 3 | 4;

/** Lower edges of bands 2, 3 and 4 (published U4SSC cut-offs; half-open boundaries are our choice). */
export const BAND_CUTOFFS = [0.33, 0.66, 0.95] as const;

/**
 * Points for an achievement ratio: p < 0.33 → 1 · 0.33 ≤ p < 0.66 → 2 · 0.66 ≤ p < 0.95 → 3 · p ≥ 0.95 → 4.
 *
 * @example pointsFromRatio(0.33) === 2
 * @example pointsFromRatio(1.4) === 4
 */
export function pointsFromRatio(ratio: number): Points {
  if (ratio >= BAND_CUTOFFS[2]) return 4;
  if (ratio >= BAND_CUTOFFS[1]) return 3;
  if (ratio >= BAND_CUTOFFS[0]) return 2;
  return 1;
}

/**
 * Band (1–4) of a 0–100 score, indicator or area: score / 100 through the same cut-offs as the points.
 *
 * @example bandFromScore(56.25) === 2
 * @example bandFromScore(75) === 3
 */
export function bandFromScore(score: number): Points {
  return pointsFromRatio(score / 100);
}
