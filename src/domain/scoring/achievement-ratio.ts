import type { Direction } from "../catalog";

/** Directions that can be scored (`none` never is, docs/scoring.md §4). */
export type ScoredDirection = Exclude<Direction, "none">;

function lowerIsBetter(x: number, target: number, worst: number | null): number {
  if (target > 0) return x <= 0 ? 1 : target / x;
  // T = 0: only a zero value reaches the target; the worst goalpost, where known, grades the rest.
  if (x <= 0) return 1;
  return worst !== null && worst > 0 ? Math.max(0, (worst - x) / worst) : 0;
}

function band(x: number, target: number): number {
  // T = 0 would divide by zero: only the exact value meets such a target.
  if (target === 0) return x === 0 ? 1 : 0;
  return Math.max(0, 1 - Math.abs(x - target) / Math.abs(target));
}

/**
 * The achievement ratio p, U4SSC's "% of target" (docs/scoring.md §4). Never negative; may exceed 1 (a value
 * beyond its target), which {@link indicatorScore} and the points cap; always finite. `lower` uses T / x: U4SSC does not publish
 * its lower-is-better rule, this is our choice and the function help says so.
 *
 * @param worst the worst goalpost W, used only by `lower` with T = 0.
 * @example achievementRatio("higher", 45, 90, null) === 0.5
 * @example achievementRatio("lower", 20, 5, null) === 0.25
 */
export function achievementRatio(
  direction: ScoredDirection,
  x: number,
  target: number,
  worst: number | null
): number {
  // A tiny (subnormal) divisor overflows to Infinity; keep p finite, it changes no score or points.
  return Math.min(rawRatio(direction, x, target, worst), Number.MAX_VALUE);
}

function rawRatio(
  direction: ScoredDirection,
  x: number,
  target: number,
  worst: number | null
): number {
  switch (direction) {
    case "higher":
      return target > 0 ? Math.max(0, x / target) : 1;
    case "lower":
      return lowerIsBetter(x, target, worst);
    case "band":
      return band(x, target);
    case "yesno":
      return Math.max(0, x); // Yes = 1, No = 0
  }
}

/**
 * Indicator score = 100 × min(p, 1), always within [0, 100].
 *
 * @example indicatorScore(0.5) === 50
 * @example indicatorScore(1.8) === 100
 */
export function indicatorScore(ratio: number): number {
  return 100 * Math.min(Math.max(ratio, 0), 1);
}
