import { achievementRatio, indicatorScore, type ScoredDirection } from "./achievement-ratio";

describe("achievementRatio (docs/scoring.md §4)", () => {
  it.each<[ScoredDirection, number, number, number | null, number]>([
    // higher: p = x / T; T = 0 → 1
    ["higher", 45, 90, null, 0.5],
    ["higher", 90, 90, null, 1],
    ["higher", 120, 100, null, 1.2],
    ["higher", 0, 100, null, 0],
    ["higher", 0, 0, null, 1],
    ["higher", 7, 0, null, 1],
    // lower: p = T / x (T > 0, x > 0); x = 0 → 1
    ["lower", 20, 5, null, 0.25],
    ["lower", 5, 5, null, 1],
    ["lower", 2.5, 5, null, 2],
    ["lower", 0, 5, null, 1],
    // lower with T = 0: x = 0 → 1; else (W − x) / W floored at 0 when W is given, else 0
    ["lower", 0, 0, 100, 1],
    ["lower", 0, 0, null, 1],
    ["lower", 25, 0, 100, 0.75],
    ["lower", 100, 0, 100, 0],
    ["lower", 150, 0, 100, 0],
    ["lower", 25, 0, null, 0],
    // band: p = max(0, 1 − |x − T| / T)
    ["band", 1, 1, null, 1],
    ["band", 0.8, 1, null, 0.8],
    ["band", 1.25, 1, null, 0.75],
    ["band", 2.5, 1, null, 0],
    ["band", 0, 0, null, 1],
    ["band", 0.2, 0, null, 0],
    // yesno: p = x
    ["yesno", 1, 1, 0, 1],
    ["yesno", 0, 1, 0, 0],
  ])("%s x=%d T=%d W=%p → %d", (direction, x, target, worst, expected) => {
    expect(achievementRatio(direction, x, target, worst)).toBeCloseTo(expected, 12);
  });
});

describe("indicatorScore", () => {
  it.each([
    [0, 0],
    [0.5625, 56.25],
    [1, 100],
    [1.8, 100],
    [-0.2, 0],
  ])("p=%d → %d", (ratio, score) => {
    expect(indicatorScore(ratio)).toBeCloseTo(score, 12);
  });
});

describe("achievementRatio stays finite", () => {
  it.each<[ScoredDirection, number, number]>([
    ["higher", 1, 5e-324],
    ["lower", 5e-324, 1],
  ])("%s x=%d T=%d", (direction, x, target) => {
    expect(Number.isFinite(achievementRatio(direction, x, target, null))).toBe(true);
  });
});
