/**
 * Goalpost score = 100 × clamp((x − W) / (T − W), 0, 1) (docs/scoring.md §4): W scores 0, T scores 100, and
 * the order of W and T carries the direction. Undefined (null) when T = W, since no scale runs between them.
 *
 * @example goalpostScore(70, 100, 40) === 50
 * @example goalpostScore(10, 5, 35) === 83.33…  (lower is better: W above T)
 */
export function goalpostScore(x: number, target: number, worst: number): number | null {
  if (target === worst) return null;
  const fraction = (x - worst) / (target - worst);
  return 100 * Math.min(Math.max(fraction, 0), 1);
}
