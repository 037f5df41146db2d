import fc from "fast-check";
import { rowRuns } from "./row-runs";

describe("rowRuns", () => {
  it.each([
    [[], []],
    [
      [1, 1, 2, 1],
      [
        [0, 2],
        [2, 1],
        [3, 1],
      ],
    ],
    [
      [1, 1, null, 1],
      [
        [0, 2],
        [3, 1],
      ],
    ],
    [[null, null], []],
    [[2, 2, 2], [[0, 3]]],
  ])("groups %p into %p", (rows, expected) => {
    expect(rowRuns(rows, String).map((run) => [run.first, run.count])).toEqual(expected);
  });

  it("covers every non-null row once, with runs of one key that break at every key change", () => {
    const rows = fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(rows, (list) => {
        const runs = rowRuns(list, String);
        const covered = runs.flatMap((run) =>
          Array.from({ length: run.count }, (_, i) => run.first + i)
        );
        const expected = list.flatMap((row, i) => (row === null ? [] : [i]));
        const sameKey = runs.every((run) =>
          list.slice(run.first, run.first + run.count).every((r) => r === run.sample)
        );
        const maximal = runs.every(
          (run, i) =>
            i === 0 ||
            runs[i - 1].first + runs[i - 1].count < run.first ||
            runs[i - 1].sample !== run.sample
        );
        return JSON.stringify(covered) === JSON.stringify(expected) && sameKey && maximal;
      })
    );
  });
});
