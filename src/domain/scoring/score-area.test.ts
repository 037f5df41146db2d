import { bandLabel } from "../messages";
import type { RawCell } from "../workbook/workbook-port";
import { MAX_AREA_ROWS } from "./area-rows";
import { areaCoverage, scoreArea } from "./score-area";
import type { AreaScoreInput } from "./score-area";

const ED = ["SC: EH: ED: 1C", "SC: EH: ED: 2C", "SC: EH: ED: 3C", "SC: EH: ED: 4C"];
// SC: EH: ED: 3C has no default target: the worked examples give it one explicitly.
const ED_TARGETS: RawCell[] = [null, null, 1000, null];

const ok = (input: AreaScoreInput) => {
  const result = scoreArea(input);
  if (!result.ok) throw new Error(`expected a score, got ${result.failure.code}`);
  return result.value;
};
const failure = (input: AreaScoreInput) => {
  const result = scoreArea(input);
  if (result.ok) throw new Error(`expected a failure, got ${result.value.score}`);
  return result.failure;
};

describe("scoreArea, U4SSC method: the worked examples of docs/scoring.md §5", () => {
  it("Education, points 1, 3, 4, 1 → 9/16 = 56.25 % → 33–66% of target", () => {
    const result = ok({
      area: "Education",
      ids: ED,
      values: [20, 70, 1000, 10],
      targets: ED_TARGETS,
    });
    expect(result).toMatchObject({
      score: 56.25,
      band: 2,
      n: 4,
      N: 4,
      coverage: 1,
      label: "Education",
    });
    expect(bandLabel(result.band, "en")).toBe("33–66% of target");
  });

  it("with only 3 reported (3, 4, 2) → 9/12 = 75 % → 66–95% of target", () => {
    const values = ["NR", 70, 1000, 50];
    const result = ok({ area: "Education", ids: ED, values, targets: ED_TARGETS, minCoverage: 0 });
    expect(result).toMatchObject({ score: 75, band: 3, n: 3, N: 4, coverage: 0.75 });
    expect(bandLabel(result.band, "en")).toBe("66–95% of target");
  });
});

describe("scoreArea: which rows count", () => {
  it("ignores rows outside the area, whatever their value, and rows with a blank id", () => {
    const ids = [...ED, "EN: EN: AQ: 1C/PM2.5", "EC: ICT: ICT: 1C", null, "", "  ", 0];
    const values = [20, 70, 1000, 10, "abc", 999, "junk", 5, 5, 5];
    const result = ok({
      area: "Education",
      ids,
      values,
      targets: [...ED_TARGETS, 1, 2, 3, 4, 5, 6],
    });
    expect(result).toMatchObject({ score: 56.25, n: 4, N: 4 });
  });

  it("leaves an item without a target out of N (U4SSC: no benchmark, excluded)", () => {
    const result = ok({ area: "Education", ids: ED, values: [20, 70, 1000, 10] });
    expect(result).toMatchObject({ n: 3, N: 3 });
    expect(result.score).toBeCloseTo(((1 + 3 + 1) / 12) * 100, 10); // points of 1C, 2C, 4C
  });

  it("keeps an in-area item whose value or explicit target is unusable in N, but does not score it", () => {
    const values = [20, "12 students", 1000, 10];
    const result = ok({ area: "Education", ids: ED, values, targets: ED_TARGETS, minCoverage: 0 });
    expect(result).toMatchObject({ score: 50, n: 3, N: 4, coverage: 0.75 });
    const badTarget = ok({
      area: "Education",
      ids: ED,
      values: [20, 70, 1000, 10],
      targets: [null, "abc", 1000, 150],
      minCoverage: 0,
    });
    expect(badTarget).toMatchObject({ n: 2, N: 4 });
  });

  it("uses the aligned explicit target over the default, and the default for a blank cell", () => {
    const result = ok({
      area: "Education",
      ids: ED,
      values: [50, 50, 1000, 50],
      targets: [50, "", 1000, null],
    });
    expect(result).toMatchObject({ score: ((4 + 2 + 4 + 2) / 16) * 100, n: 4 });
  });

  it("reads ids leniently and finds area items listed in any order", () => {
    const ids = ["sc:eh:ed:4c", "SC: EH: ED:1C"];
    expect(ok({ area: "education", ids, values: [100, 100] })).toMatchObject({ score: 100, n: 2 });
  });
});

describe("scoreArea: coverage rule", () => {
  it.each([
    [[20, "NR", 1000, "NR"], undefined, 2, 4, "INSUFFICIENT_COVERAGE"], // 2/4 < 2/3
    [[20, 70, "NR", "NR"], 0.5, 2, 4, null], // 2/4 ≥ 0.5
    [["NR", "NR", "NR", "NR"], 0, 0, 4, "INSUFFICIENT_COVERAGE"], // nothing scored: no score even at 0
  ])("values %j, minimum %p → n %d of N %d: %s", (values, minCoverage, n, N, code) => {
    const result = scoreArea({
      area: "Education",
      ids: ED,
      values,
      targets: ED_TARGETS,
      minCoverage,
    });
    if (code === null) expect(result).toMatchObject({ ok: true, value: { n, N } });
    else
      expect(result).toEqual({ ok: false, failure: { code, params: { scored: n, eligible: N } } });
  });

  it("accepts exactly two thirds under the default minimum", () => {
    const result = ok({
      area: "Education",
      ids: ED.slice(0, 3),
      values: [20, 70, "NR"],
      targets: ED_TARGETS.slice(0, 3),
    });
    expect(result).toMatchObject({ n: 2, N: 3 });
  });

  it("fails with NO_SCORABLE_ITEMS when no listed item of the area has a target", () => {
    const result = failure({
      area: "Culture",
      ids: ["SC: EH: C: 1C", "SC: EH: C: 2A"],
      values: [10, 10],
    });
    expect(result).toEqual({ code: "NO_SCORABLE_ITEMS", params: { area: "Culture" } });
    expect(failure({ area: "Education", ids: ["EC: ICT: ICT: 1C"], values: [50] }).code).toBe(
      "NO_SCORABLE_ITEMS"
    );
  });

  it.each([-0.1, 1.5, Number.NaN])("rejects a minimum coverage of %p", (minCoverage) => {
    const result = failure({ area: "Education", ids: ED, values: [1, 1, 1, 1], minCoverage });
    expect(result).toMatchObject({
      code: "BAD_ARGUMENT",
      params: { argument: "min_coverage", allowed: "0–1" },
    });
  });
});

describe("scoreArea: failures of the whole call", () => {
  it.each<[Partial<AreaScoreInput>, string, Record<string, unknown>]>([
    [{ area: "Nowhere" }, "UNKNOWN_AREA", { raw: "Nowhere" }],
    [{ ids: [...ED, "XX: 9"], values: [1, 1, 1, 1, 1] }, "UNKNOWN_ID", { raw: "XX: 9" }],
    [{ ids: [...ED, "#REF!"], values: [1, 1, 1, 1, 1] }, "CELL_ERROR", { raw: "#REF!" }],
    [
      { ids: [...ED, "sc: eh: ed: 2c"], values: [1, 1, 1, 1, 1] },
      "DUPLICATE",
      { item: "SC: EH: ED: 2C", count: 2 },
    ],
    [{ values: [1, 1, 1] }, "SHAPE_MISMATCH", { argument: "values", cells: 3, expected: 4 }],
    [{ targets: [1] }, "SHAPE_MISMATCH", { argument: "targets", cells: 1, expected: 4 }],
  ])("%j fails with %s", (override, code, params) => {
    const result = failure({ area: "Education", ids: ED, values: [1, 1, 1, 1], ...override });
    expect(result.code).toBe(code);
    expect(result.params).toMatchObject(params);
  });

  it("does not mind an item entered twice outside the area", () => {
    const ids = [...ED, "EC: ICT: ICT: 1C", "EC: ICT: ICT: 1C"];
    expect(ok({ area: "Education", ids, values: [100, 100, 1, 100, 1, 2] })).toMatchObject({
      n: 3,
    });
  });

  it(`refuses more than ${MAX_AREA_ROWS} rows`, () => {
    const many = new Array<RawCell>(MAX_AREA_ROWS + 1).fill(null);
    expect(failure({ area: "ALL", ids: many, values: many })).toEqual({
      code: "TOO_LARGE",
      params: { cells: MAX_AREA_ROWS + 1, limit: MAX_AREA_ROWS },
    });
  });
});

describe("scoreArea: mean and goalpost methods", () => {
  it("mean: equal-weight mean of indicator scores within the category", () => {
    const result = ok({
      area: "Education",
      ids: ED,
      values: [20, 70, 500, 10],
      targets: ED_TARGETS,
      method: "mean",
    });
    expect(result.score).toBeCloseTo((20 + 70 + 50 + 10) / 4, 10);
    expect(result.band).toBe(2);
  });

  it("mean over ALL averages dimensions, each the mean of its sub-dimensions", () => {
    // Economy: ICT 100 (1C at target), Productivity 0 (IN: 1C at 0) → 50; Environment: PM2.5 at T/x = 5/10 → 50
    const ids = ["EC: ICT: ICT: 1C", "EC: P: IN: 1C", "EN: EN: AQ: 1C/PM2.5"];
    const result = ok({ area: "ALL", ids, values: [100, 0, 10], method: "mean" });
    expect(result).toMatchObject({ score: 50, n: 3, N: 3 });
  });

  it("goalposts: only items with a worst goalpost are eligible; scores are (x − W) / (T − W)", () => {
    // 1C has no W (not eligible); 2C: W 53.8 → (76.9 − 53.8) / (100 − 53.8) = 0.5; 4C: W 45.2 → 100 → 1
    const result = ok({
      area: "Education",
      ids: ED,
      values: [20, 76.9, 1000, 100],
      method: "goalposts",
    });
    expect(result.score).toBeCloseTo(75, 10);
    expect(result).toMatchObject({ n: 2, N: 2 });
  });
});

describe("areaCoverage (KPI.COVERAGE)", () => {
  it("reports the fraction even below the minimum an area score needs", () => {
    const result = areaCoverage({
      area: "Education",
      ids: ED,
      values: [20, "NR", "NR", "NR"],
      targets: ED_TARGETS,
    });
    expect(result).toEqual({ ok: true, value: { n: 1, N: 4, coverage: 0.25 } });
  });

  it("counts eligibility by method", () => {
    const input = { area: "Education", ids: ED, values: [20, "NR", "NR", 100] };
    expect(areaCoverage(input)).toMatchObject({ value: { n: 2, N: 3 } });
    expect(areaCoverage(input, "goalposts")).toMatchObject({ value: { n: 1, N: 2 } });
  });

  it("fails like the area score on the rows, and with NO_SCORABLE_ITEMS when nothing is eligible", () => {
    expect(areaCoverage({ area: "Nowhere", ids: [], values: [] })).toMatchObject({
      ok: false,
      failure: { code: "UNKNOWN_AREA" },
    });
    expect(areaCoverage({ area: "Culture", ids: ["SC: EH: C: 1C"], values: [1] })).toMatchObject({
      ok: false,
      failure: { code: "NO_SCORABLE_ITEMS" },
    });
  });
});
