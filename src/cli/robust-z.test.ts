import { median, ranks, robustZ } from "./robust-z";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe("robustZ", () => {
  it("scores each value by its distance from the median in MAD units × 0.6745", () => {
    // median 12, deviations 2 1 0 1 88 → MAD 1
    expect(robustZ([10, 11, 12, 13, 100])).toEqual(
      [-1.349, -0.6745, 0, 0.6745, 0.6745 * 88].map((z) => expect.closeTo(z, 9))
    );
  });

  it("flags nothing without spread or with fewer than 3 cities", () => {
    expect(robustZ([5, 5, 5, 90])).toEqual([null, null, null, null]);
    expect(robustZ([1, 100])).toEqual([null, null]);
  });
});

describe("ranks", () => {
  it("ranks highest first, ties share a rank, cities without a score have none", () => {
    expect(ranks([50, null, 80, 50, 10])).toEqual([2, null, 1, 2, 4]);
  });
});
