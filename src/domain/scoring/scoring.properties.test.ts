import fc from "fast-check";
import { ITEMS, resolveArea } from "../catalog";
import type { RawCell } from "../workbook/workbook-port";
import { achievementRatio } from "./achievement-ratio";
import { areaCoverage, scoreArea } from "./score-area";
import { scoreItem } from "./score-item";
import { SCORING_METHODS } from "./scoring-result";
import type { Scored } from "./scoring-result";

const ids = ITEMS.map((item) => item.id);
const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 200, noNaN: true }),
  fc.integer({ min: -5, max: 200_000 }),
  fc.constantFrom(
    null,
    "",
    "NR",
    "Yes",
    "No",
    "#DIV/0!",
    "12.67 Minutes",
    "45 %",
    "1,234",
    "abc",
    true
  ),
  fc.string()
);
const method = fc.constantFrom(...SCORING_METHODS);

const AREAS = [
  "ALL",
  "Economy",
  "EN: EN",
  "ICT",
  "Education",
  "Water and Sanitation",
  "SC: EH: ED",
];
const areaName = fc.constantFrom(...AREAS);
const itemsOf = new Map(
  AREAS.map((area) => [area, resolveArea(area)?.itemIds ?? new Set<string>()])
);
const insideIds = (area: string) => [...(itemsOf.get(area) ?? [])];
const outsideIds = (area: string) => ids.filter((id) => !itemsOf.get(area)?.has(id));

interface Row {
  readonly id: RawCell;
  readonly value: RawCell;
  readonly target: RawCell;
}
const rowsOf = (pool: readonly string[]) =>
  fc.array(
    fc.record({
      id: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pool) }, fc.constantFrom(null, "")),
      value: rawCell,
      target: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, rawCell),
    }),
    { maxLength: 40 }
  );
const columns = (rows: readonly Row[]) => ({
  ids: rows.map((r) => r.id),
  values: rows.map((r) => r.value),
  targets: rows.map((r) => r.target),
});

function sameOutcome<T extends { score: number }>(a: Scored<T>, b: Scored<T>): void {
  expect(a.ok).toBe(b.ok);
  if (a.ok && b.ok) expect(a.value.score).toBeCloseTo(b.value.score, 9);
  if (!a.ok && !b.ok) expect(a.failure.code).toBe(b.failure.code);
}

describe("scoring properties", () => {
  it("an item score is a number in [0, 100] with points 1–4, or a failure — never NaN", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), rawCell, rawCell, method, (id, value, target, m) => {
        const result = scoreItem({ id, value, target, method: m });
        if (!result.ok) return typeof result.failure.code === "string";
        const { score, points, ratio } = result.value;
        return (
          Number.isFinite(score) &&
          score >= 0 &&
          score <= 100 &&
          [1, 2, 3, 4].includes(points) &&
          ratio >= 0
        );
      }),
      { numRuns: 3000 }
    );
  });

  it("the achievement ratio is finite and never negative for values and targets within bounds", () => {
    const nonNegative = fc.double({ min: 0, max: 1e9, noNaN: true });
    const direction = fc.constantFrom(
      "higher" as const,
      "lower" as const,
      "band" as const,
      "yesno" as const
    );
    fc.assert(
      fc.property(direction, nonNegative, nonNegative, fc.option(nonNegative), (d, x, t, w) => {
        const p = achievementRatio(d, x, t, w);
        return Number.isFinite(p) && p >= 0;
      })
    );
  });

  it("an area score is in [0, 100] (or a failure) and does not depend on the order of the rows", () => {
    const input = areaName.chain((area) =>
      fc.tuple(
        fc.constant(area),
        method,
        rowsOf([...insideIds(area), ...outsideIds(area).slice(0, 10)]).chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))
        )
      )
    );
    fc.assert(
      fc.property(input, ([area, m, [rows, shuffled]]) => {
        const a = scoreArea({ area, method: m, minCoverage: 0, ...columns(rows) });
        const b = scoreArea({ area, method: m, minCoverage: 0, ...columns(shuffled) });
        sameOutcome(a, b);
        if (a.ok) expect(a.value.score >= 0 && a.value.score <= 100).toBe(true);
      }),
      { numRuns: 500 }
    );
  });

  it("rows outside the area change nothing, whatever they hold", () => {
    const input = areaName
      .filter((area) => area !== "ALL")
      .chain((area) =>
        fc.tuple(fc.constant(area), method, rowsOf(insideIds(area)), rowsOf(outsideIds(area)))
      );
    fc.assert(
      fc.property(input, ([area, m, inside, outside]) => {
        const alone = scoreArea({ area, method: m, ...columns(inside) });
        const mixed = scoreArea({
          area,
          method: m,
          ...columns([...outside, ...inside, ...outside]),
        });
        sameOutcome(alone, mixed);
        if (alone.ok && mixed.ok)
          expect([mixed.value.n, mixed.value.N]).toEqual([alone.value.n, alone.value.N]);
      }),
      { numRuns: 500 }
    );
  });

  it("adding a row with a missing value never raises coverage", () => {
    const input = areaName.chain((area) =>
      fc.tuple(
        fc.constant(area),
        rowsOf(insideIds(area)),
        fc.constantFrom(...insideIds(area)),
        rawCell
      )
    );
    fc.assert(
      fc.property(input, ([area, rows, extraId, extraTarget]) => {
        const before = areaCoverage({ area, ...columns(rows) });
        const after = areaCoverage({
          area,
          ...columns([...rows, { id: extraId, value: "NR", target: extraTarget }]),
        });
        if (before.ok && after.ok)
          expect(after.value.coverage).toBeLessThanOrEqual(before.value.coverage);
      }),
      { numRuns: 500 }
    );
  });
});
