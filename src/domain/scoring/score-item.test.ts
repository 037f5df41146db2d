import type { RawCell } from "../workbook/workbook-port";
import { scoreItem } from "./score-item";
import type { ScoringMethod } from "./scoring-result";

const ok = (input: Parameters<typeof scoreItem>[0]) => {
  const result = scoreItem(input);
  if (!result.ok) throw new Error(`expected a score, got ${result.failure.code}`);
  return result.value;
};
const failure = (input: Parameters<typeof scoreItem>[0]) => {
  const result = scoreItem(input);
  if (result.ok) throw new Error(`expected a failure, got score ${result.value.score}`);
  return result.failure;
};

describe("scoreItem: indicator score, points and target (docs/scoring.md §4, §6)", () => {
  it.each<[string, RawCell, RawCell, ScoringMethod, number, number]>([
    // id, value, explicit target, method → score, points
    ["EC: ICT: ICT: 1C", 45, null, "u4ssc", 45, 2], // default target 100
    ["ec:ict:ict:1c", 45, 90, "u4ssc", 50, 2], // lenient id, explicit target wins
    ["EC: ICT: ICT: 1C", "45 %", "90 %", "u4ssc", 50, 2], // both read like values
    ["EC: ICT: ICT: 1C", 45, "", "u4ssc", 45, 2], // blank target → default
    ["EC: ICT: ICT: 1C", 97, null, "u4ssc", 97, 4],
    ["EC: ICT: ICT: 1C", 45, 90, "mean", 50, 2], // mean = indicator score for one item
    ["EN: EN: AQ: 1C/PM2.5", 20, null, "u4ssc", 25, 1], // lower: T / x = 5 / 20
    ["EN: EN: AQ: 1C/PM2.5", 4, null, "u4ssc", 100, 4],
    ["SC: SH: HO: 1C", 45, null, "u4ssc", 50, 2], // lower, T = 0, W = 90: (90 − 45) / 90
    ["SC: SH: HO: 1C", 0, null, "u4ssc", 100, 4],
    ["SC: SH: SI: 1C", 0.8, null, "u4ssc", 80, 3], // band around 1
    ["SC: SH: SI: 1C", 1.1, null, "u4ssc", 90, 3],
    ["EC: I: UP: 2A/COMPACT", "Yes", null, "u4ssc", 100, 4],
    ["EC: I: UP: 2A/COMPACT", "No", null, "u4ssc", 0, 1],
    ["EC: ICT: ICT: 2C", 60, 80, "u4ssc", 75, 3], // no default target, explicit one given
    ["EN: EN: AQ: 1C/PM2.5", 20, null, "goalposts", 50, 2], // (20 − 35) / (5 − 35)
    ["EC: I: WS: 1C", 70, null, "goalposts", 50, 2], // (70 − 40) / (100 − 40)
    ["EC: I: WS: 1C", 70, 70, "goalposts", 100, 4], // explicit T with the catalog's W
    ["EC: I: WS: 1C", 30, null, "goalposts", 0, 1],
  ])("%s value %p target %p (%s) → %d, %d points", (id, value, target, method, score, points) => {
    const result = ok({ id, value, target, method });
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.points).toBe(points);
  });

  it("reports where the target came from", () => {
    const byDefault = ok({ id: "EC: ICT: ICT: 1C", value: 45 });
    expect(byDefault).toMatchObject({ target: 100, targetSource: "default", ratio: 0.45 });
    expect(byDefault.basis).toMatch(/ITU/);
    const explicit = ok({ id: "EC: ICT: ICT: 1C", value: 45, target: 90 });
    expect(explicit).toMatchObject({
      target: 90,
      targetSource: "explicit",
      basis: null,
      ratio: 0.5,
    });
  });

  it.each<[string, RawCell, RawCell, ScoringMethod, string, Record<string, unknown>]>([
    ["XX: 1", 45, null, "u4ssc", "UNKNOWN_ID", { raw: "XX: 1" }],
    ["", 45, null, "u4ssc", "UNKNOWN_ID", { reason: "blank" }],
    ["XX: 1", "abc", null, "u4ssc", "UNKNOWN_ID", {}], // the id is checked first
    ["EC: ICT: ICT: 1C", null, null, "u4ssc", "MISSING", {}],
    ["EC: ICT: ICT: 1C", "NR", null, "u4ssc", "MISSING", {}],
    ["EC: ICT: ICT: 1C", "abc", null, "u4ssc", "NOT_NUMERIC", { raw: "abc" }],
    ["SC: SH: SA: 5A", "12.67 Minutes", null, "u4ssc", "NOT_NUMERIC", { reason: "unitWords" }],
    ["EC: ICT: ICT: 1C", "#DIV/0!", null, "u4ssc", "CELL_ERROR", { raw: "#DIV/0!" }],
    ["EC: ICT: ICT: 1C", 140, null, "u4ssc", "OUT_OF_RANGE", { value: 140 }],
    ["EC: ICT: ICT: 2C", "abc", null, "u4ssc", "NOT_NUMERIC", {}], // value flags before NO_TARGET
    ["EC: ICT: ICT: 2C", 45, null, "u4ssc", "NO_TARGET", {}],
    ["EC: I: T: 4A/PARA", 10, 5, "u4ssc", "NO_TARGET", { reason: "noDirection" }],
    ["EC: ICT: ICT: 1C", 45, "abc", "u4ssc", "NOT_NUMERIC", { field: "target" }],
    ["EC: ICT: ICT: 1C", 45, 150, "u4ssc", "OUT_OF_RANGE", { field: "target" }],
    ["EC: ICT: ICT: 1C", 45, "#N/A", "u4ssc", "CELL_ERROR", { field: "target" }],
    ["EC: ICT: ICT: 1C", 45, null, "goalposts", "NO_TARGET", {}], // no worst goalpost W
    ["EC: I: WS: 1C", 45, 40, "goalposts", "NO_TARGET", {}], // T = W: no scale
  ])("%s value %p target %p (%s) fails with %s", (id, value, target, method, code, params) => {
    const result = failure({ id, value, target, method });
    expect(result.code).toBe(code);
    expect(result.params).toMatchObject(params);
  });
});
