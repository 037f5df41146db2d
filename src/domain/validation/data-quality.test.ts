import type { RawCell } from "../workbook/workbook-port";
import { DATA_QUALITY_CHOICES, isLowQuality } from "./data-quality";

describe("isLowQuality (LOW_QUALITY, docs/scoring.md §3)", () => {
  it.each<RawCell>([
    "Personal estimation",
    " personal ESTIMATION ",
    "Unknown methodology, not traceable",
    "unknown  methodology,  not traceable",
  ])("flags %j", (raw) => {
    expect(isLowQuality(raw)).toBe(true);
  });

  it.each<RawCell>([
    "Based on accurate measurements",
    "Extrapolated based on survey of inhabitants",
    "Extrapolated based on higher-level data",
    "Estimation based on certain assumptions",
    "Personal",
    "Unknown methodology",
    "",
    null,
    undefined,
    5,
    true,
  ])("does not flag %j", (raw) => {
    expect(isLowQuality(raw)).toBe(false);
  });

  it("lists the six choices of the U4SSC template, two of them low", () => {
    expect(DATA_QUALITY_CHOICES).toHaveLength(6);
    expect(
      DATA_QUALITY_CHOICES.filter((choice) => choice.low).map((choice) => choice.label)
    ).toEqual(["Personal estimation", "Unknown methodology, not traceable"]);
  });
});
