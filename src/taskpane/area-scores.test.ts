import { ITEMS } from "../domain/catalog";
import { formatMessage } from "../domain/messages";
import type { RawCell } from "../domain/workbook/workbook-port";
import {
  overallCoverage,
  scoreAreasFromRows,
  type AreaScoreLine,
  type DimensionScores,
} from "./area-scores";
import { row } from "./testing/fake-port";

/** A full template (every item listed, as the sheet lists them) with these values and targets. */
function template(values: Record<string, RawCell>, targets: Record<string, RawCell> = {}) {
  return ITEMS.map((item, i) =>
    row(5 + i, item.id, values[item.id] ?? null, { target: targets[item.id] ?? null })
  );
}

/** ICT has 5 items with a default target; 4 given: p = 0.96, 0.4, 0.7, 0.25 → points 4, 2, 3, 1. */
const ICT_VALUES = {
  "EC: ICT: ICT: 1C": 96,
  "EC: ICT: ICT: 3C": 30000,
  "EC: ICT: ICT: 4C/4G": 70,
  "EC: ICT: ES: 1C": 20,
};
const ICT_ROWS = template(ICT_VALUES);

/** The lines in reading order, each named with its level. */
const flat = (tree: DimensionScores[]) =>
  tree.flatMap(({ dimension, subdimensions }) => [
    { level: "dimension", ...dimension },
    ...subdimensions.map((sub) => ({ level: "subdimension", ...sub })),
  ]);
const line = (tree: DimensionScores[], name: string, level = "subdimension") =>
  flat(tree).find((l) => l.name === name && l.level === level) as AreaScoreLine;

describe("scoreAreasFromRows", () => {
  it("lists each dimension followed by its sub-dimensions", () => {
    expect(flat(scoreAreasFromRows([])).map((l) => `${l.level}:${l.name}`)).toEqual([
      "dimension:Economy",
      "subdimension:ICT",
      "subdimension:Productivity",
      "subdimension:Infrastructure",
      "dimension:Environment",
      "subdimension:Environment",
      "subdimension:Energy",
      "dimension:Society and Culture",
      "subdimension:Education, Health and Culture",
      "subdimension:Safety, Housing and Social Inclusion",
    ]);
  });

  it("scores a sub-dimension by U4SSC points with n / N (the published method)", () => {
    const ict = line(scoreAreasFromRows(ICT_ROWS), "ICT");
    expect(ict.result).toEqual({
      ok: true,
      value: { label: "EC: ICT", score: 62.5, band: 2, n: 4, N: 5, coverage: 0.8 },
    });
  });

  it("refuses an area below 2/3 coverage, saying how many items it has", () => {
    const economy = line(scoreAreasFromRows(ICT_ROWS), "Economy", "dimension");
    expect(economy.result.ok).toBe(false);
    if (economy.result.ok) return;
    expect(economy.result.failure.code).toBe("INSUFFICIENT_COVERAGE");
    expect(formatMessage(economy.result.failure.code, economy.result.failure.params, "en")).toMatch(
      /^insufficient data: 4 of \d+ items$/
    );
  });

  it("takes a minimum coverage of 0 as U4SSC does", () => {
    const economy = line(scoreAreasFromRows(ICT_ROWS, 0), "Economy", "dimension");
    expect(economy.result).toMatchObject({ ok: true, value: { score: 62.5, n: 4 } });
  });

  it("uses an explicit target over the default", () => {
    const rows = template(ICT_VALUES, { "EC: ICT: ES: 1C": 50 });
    // 20 / 50 = 0.4 → 2 points instead of 1 (20 / 80): (4 + 2 + 3 + 2) / 16
    expect(line(scoreAreasFromRows(rows), "ICT").result).toMatchObject({
      ok: true,
      value: { score: 68.75 },
    });
  });

  it("fails every area on an unknown id, as the Summary's formulas do", () => {
    const lines = flat(scoreAreasFromRows([...ICT_ROWS, row(200, "XX: 9", 1)]));
    expect(new Set(lines.map((l) => (l.result.ok ? "ok" : l.result.failure.code)))).toEqual(
      new Set(["UNKNOWN_ID"])
    );
  });
});

describe("overallCoverage", () => {
  it("counts the scored items of ALL among those with a target", () => {
    const withTarget = ITEMS.filter((item) => item.defaultTarget).length;
    expect(overallCoverage(ICT_ROWS)).toEqual({
      ok: true,
      value: { n: 4, N: withTarget, coverage: 4 / withTarget },
    });
  });

  it("reads cells as the template does: a number stored as text is not scored, in coverage as in the scores", () => {
    const withTarget = ITEMS.filter((item) => item.defaultTarget).length;
    const rows = template({ ...ICT_VALUES, "EC: ICT: ICT: 1C": "96" });
    expect(overallCoverage(rows)).toEqual({
      ok: true,
      value: { n: 3, N: withTarget, coverage: 3 / withTarget },
    });
    const ict = line(scoreAreasFromRows(rows), "ICT");
    expect(ict.result.ok ? "" : ict.result.failure.code).not.toBe("");
    expect(ict.result).toEqual(
      line(scoreAreasFromRows(template({ ...ICT_VALUES, "EC: ICT: ICT: 1C": "x" })), "ICT").result
    );
  });

  it("fails as KPI.COVERAGE does on an unknown id", () => {
    const result = overallCoverage([...ICT_ROWS, row(200, "XX: 1", 3)]);
    expect(result.ok ? "" : result.failure.code).toBe("UNKNOWN_ID");
  });
});
