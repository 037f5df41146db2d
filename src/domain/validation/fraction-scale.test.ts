import { fractionScaleIssue } from "./fraction-scale";

describe("fractionScaleIssue (FRACTION_SCALE, docs/scoring.md §3)", () => {
  it.each<[number[]]>([[[0.45, 0.8]], [[0.97, 0.8451, 1, 0]], [[0.5, 0.5, 0.5]]])(
    "flags %j",
    (percentValues) => {
      expect(fractionScaleIssue(percentValues)).toEqual({
        code: "FRACTION_SCALE",
        severity: "warning",
        itemId: "",
        params: { count: percentValues.length },
      });
    }
  );

  it.each<[string, number[]]>([
    ["no value", []],
    ["a single value", [0.45]],
    ["one value above 1", [0.45, 0.8, 45]],
    ["only zeros and ones, as plausible in percent", [0, 1, 1, 0]],
    ["percentages", [97, 84.51, 0.04]],
  ])("does not flag %s", (_, percentValues) => {
    expect(fractionScaleIssue(percentValues)).toBeNull();
  });
});
