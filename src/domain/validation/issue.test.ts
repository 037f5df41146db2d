import { FLAG_SEVERITY, compareSeverity, makeIssue, sortBySeverity } from "./issue";
import type { FlagCode, Severity } from "./issue";

describe("FLAG_SEVERITY (docs/scoring.md §3)", () => {
  it.each<[FlagCode, Severity]>([
    ["MISSING", "info"],
    ["NOT_NUMERIC", "error"],
    ["CELL_ERROR", "error"],
    ["OUT_OF_RANGE", "error"],
    ["UNKNOWN_ID", "error"],
    ["DUPLICATE", "error"],
    ["NO_TARGET", "info"],
    ["STALE", "warning"],
    ["FUTURE_YEAR", "error"],
    ["LOW_QUALITY", "warning"],
    ["INCONSISTENT", "warning"],
    ["FRACTION_SCALE", "warning"],
  ])("%s is %s", (code, severity) => {
    expect(FLAG_SEVERITY[code]).toBe(severity);
    expect(makeIssue(code, "x").severity).toBe(severity);
  });

  it("covers exactly the twelve flags", () => {
    expect(Object.keys(FLAG_SEVERITY)).toHaveLength(12);
  });
});

describe("makeIssue", () => {
  it("leaves row out unless given, and defaults params to {}", () => {
    expect(makeIssue("MISSING", "EC: ICT: ICT: 1C")).toEqual({
      code: "MISSING",
      severity: "info",
      itemId: "EC: ICT: ICT: 1C",
      params: {},
    });
    expect("row" in makeIssue("MISSING", "a")).toBe(false);
    expect(makeIssue("MISSING", "a", { item: "a" }, 0).row).toBe(0);
  });
});

describe("compareSeverity / sortBySeverity", () => {
  const info = makeIssue("MISSING", "a");
  const warningA = makeIssue("STALE", "a");
  const error = makeIssue("OUT_OF_RANGE", "b");
  const warningB = makeIssue("LOW_QUALITY", "b");

  it("puts errors first, then warnings, then infos, keeping the order within a severity", () => {
    expect(sortBySeverity([info, warningA, error, warningB])).toEqual([
      error,
      warningA,
      warningB,
      info,
    ]);
  });

  it("orders pairs", () => {
    expect(compareSeverity(error, warningA)).toBeLessThan(0);
    expect(compareSeverity(info, warningA)).toBeGreaterThan(0);
    expect(compareSeverity(warningA, warningB)).toBe(0);
  });

  it("does not change its input", () => {
    const input = [info, error];
    sortBySeverity(input);
    expect(input).toEqual([info, error]);
  });
});
