import { goalpostScore } from "./goalposts";

describe("goalpostScore = 100 × clamp((x − W) / (T − W), 0, 1)", () => {
  it.each([
    // higher is better: W below T
    [70, 100, 40, 50],
    [40, 100, 40, 0],
    [20, 100, 40, 0],
    [100, 100, 40, 100],
    [130, 100, 40, 100],
    // lower is better: W above T (PM2.5: T = 5, W = 35)
    [5, 5, 35, 100],
    [20, 5, 35, 50],
    [35, 5, 35, 0],
    [50, 5, 35, 0],
    [2, 5, 35, 100],
  ])("x=%d T=%d W=%d → %d", (x, target, worst, expected) => {
    expect(goalpostScore(x, target, worst)).toBeCloseTo(expected, 12);
  });

  it("has no scale when T = W", () => {
    expect(goalpostScore(3, 5, 5)).toBeNull();
  });
});
