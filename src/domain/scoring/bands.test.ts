import { bandFromScore, pointsFromRatio } from "./bands";

describe("pointsFromRatio: half-open 0.33 / 0.66 / 0.95 cut-offs (docs/scoring.md §4)", () => {
  it.each([
    [0, 1],
    [0.3299, 1],
    [0.33, 2],
    [0.6599, 2],
    [0.66, 3],
    [0.9499, 3],
    [0.95, 4],
    [1, 4],
    [3, 4],
  ])("p=%d → %d points", (ratio, points) => {
    expect(pointsFromRatio(ratio)).toBe(points);
  });
});

describe("bandFromScore: score / 100 through the same cut-offs", () => {
  it.each([
    [0, 1],
    [32.99, 1],
    [33, 2],
    [56.25, 2],
    [65.99, 2],
    [66, 3],
    [75, 3],
    [94.99, 3],
    [95, 4],
    [100, 4],
  ])("score %d → band %d", (score, band) => {
    expect(bandFromScore(score)).toBe(band);
  });
});
