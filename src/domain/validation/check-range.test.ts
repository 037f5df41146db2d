import { itemById } from "../catalog";
import { checkRange } from "./check-range";

describe("checkRange (OUT_OF_RANGE, docs/scoring.md §3)", () => {
  it.each([
    ["EC: ICT: ICT: 1C", 0],
    ["EC: ICT: ICT: 1C", 100],
    ["EC: ICT: ICT: 1C", 97.5],
    ["EC: ICT: ICT: 3C", 95424],
    ["EC: I: T: 5A", 1],
    ["EC: I: T: 5A", 1.3],
    ["SC: SH: SA: 3A", 1],
    ["SC: SH: SA: 3A", 0],
  ])("accepts %s = %p", (id, value) => {
    expect(checkRange(itemById(id), value)).toBeNull();
  });

  it.each([
    ["EC: ICT: ICT: 1C", 140, { reason: "between", min: 0, max: 100 }],
    ["EC: ICT: ICT: 1C", -1, { reason: "between", min: 0, max: 100 }],
    ["EC: ICT: ICT: 1C", 100.01, { reason: "between", min: 0, max: 100 }],
    ["EC: ICT: ICT: 3C", -5, { reason: "belowMin", min: 0 }],
    ["EC: I: T: 5A", 0.9, { reason: "belowMin", min: 1 }], // Travel Time Index ≥ 1
    ["SC: SH: SA: 3A", 0.5, { reason: "yesNo" }],
    ["SC: SH: SA: 3A", 2, { reason: "yesNo" }],
    ["SC: SH: SA: 3A", -1, { reason: "yesNo" }],
  ])("flags %s = %p", (id, value, extra) => {
    expect(checkRange(itemById(id), value)).toEqual({
      code: "OUT_OF_RANGE",
      severity: "error",
      itemId: id,
      params: { item: id, value, ...extra },
    });
  });

  it("flags a value above an upper bound that comes without a lower one", () => {
    const capped = { ...itemById("SC: SH: SA: 5A"), min: null, max: 60 };
    expect(checkRange(capped, 61)?.params).toEqual({
      item: "SC: SH: SA: 5A",
      value: 61,
      reason: "aboveMax",
      max: 60,
    });
    expect(checkRange(capped, -5)).toBeNull();
  });

  it("names the field when the number is not the value", () => {
    expect(checkRange(itemById("EC: ICT: ICT: 1C"), 150, "target")?.params).toEqual({
      item: "EC: ICT: ICT: 1C",
      value: 150,
      field: "target",
      reason: "between",
      min: 0,
      max: 100,
    });
  });
});
