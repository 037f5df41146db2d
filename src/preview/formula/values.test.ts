import { FormulaError } from "./errors";
import {
  Value,
  compareValues,
  formatGeneralNumber,
  roundHalfAway,
  toBoolean,
  toNumber,
  toText,
} from "./values";

const show = (v: unknown) => (v instanceof FormulaError ? v.code : v);

describe("Excel's conversions", () => {
  it.each<[Value, unknown]>([
    [null, 0],
    [true, 1],
    [" 2.5 ", 2.5],
    ["1e3", 1000],
    ["", "#VALUE!"],
    ["12,5", "#VALUE!"],
    [new FormulaError("#N/A"), "#N/A"],
  ])("toNumber(%p) is %p", (value, expected) => {
    expect(show(toNumber(value))).toBe(expected);
  });

  it.each<[Value, unknown]>([
    [null, ""],
    [false, "FALSE"],
    [0.1 + 0.2, "0.3"],
    [1e21, "1e+21"],
    ["x", "x"],
  ])("toText(%p) is %p", (value, expected) => {
    expect(show(toText(value))).toBe(expected);
  });

  it.each<[Value, unknown]>([
    [null, false],
    [-1, true],
    [0, false],
    [" true ", true],
    ["yes", "#VALUE!"],
  ])("toBoolean(%p) is %p", (value, expected) => {
    expect(show(toBoolean(value))).toBe(expected);
  });

  it.each<[Value, Value, unknown]>([
    [1, 2, -1],
    ["b", "A", 1],
    ["a", "A", 0],
    [100, "1", -1],
    ["z", false, -1],
    [null, 0, 0],
    [null, "", 0],
    [null, false, 0],
    [new FormulaError("#REF!"), 1, "#REF!"],
    [1, new FormulaError("#N/A"), "#N/A"],
  ])("compareValues(%p, %p) is %p", (a, b, expected) => {
    expect(show(compareValues(a, b))).toBe(expected);
  });

  it.each([
    [2.345, 2, 2.35],
    [-2.345, 2, -2.35],
    [0.5, 0, 1],
    [1234.5678, -2, 1200],
  ])("roundHalfAway(%p, %p) is %p", (x, digits, expected) => {
    expect(roundHalfAway(x, digits)).toBe(expected);
  });

  it("writes numbers with at most 15 significant digits", () => {
    expect(formatGeneralNumber(1 / 3)).toBe("0.333333333333333");
    expect(formatGeneralNumber(123456789012345)).toBe("123456789012345");
  });
});
