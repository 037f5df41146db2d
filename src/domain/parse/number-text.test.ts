import { parseNumberText } from "./number-text";

describe("parseNumberText (docs/scoring.md §2)", () => {
  it.each([
    ["12.5", 12.5],
    ["12,5", 12.5],
    ["0", 0],
    ["007", 7],
    ["95 424", 95424],
    ["95\u00a0424", 95424], // no-break space
    ["95\u202f424", 95424], // narrow no-break space (French typography)
    ["95\u2009424", 95424], // thin space
    ["1 234 567", 1234567],
    ["95 424,5", 95424.5],
    ["95 424.5", 95424.5],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["1,234,567.89", 1234567.89],
    ["1'234.5", 1234.5],
    ["1\u2019234,5", 1234.5],
    ["0,125", 0.125],
    ["0.125", 0.125],
    ["1,2345", 1.2345],
    ["1234,567", 1234.567],
    [".5", 0.5],
    [",5", 0.5],
    ["+12.5", 12.5],
    ["-12.5", -12.5],
    ["\u22124", -4], // U+2212 minus sign
    ["1e3", 1000],
    ["1.5E-3", 0.0015],
    ["2,5e2", 250],
    ["-1E+2", -100],
  ])("reads %j as %p", (text, value) => {
    expect(parseNumberText(text)).toEqual({ kind: "number", value, percent: false });
  });

  it.each([
    ["45%", 45],
    ["45 %", 45],
    ["97.00 %", 97],
    ["12,5\u00a0%", 12.5],
    ["-3 %", -3],
  ])("reads %j as %p with a percent sign", (text, value) => {
    expect(parseNumberText(text)).toEqual({ kind: "number", value, percent: true });
  });

  it.each([
    ["1,234", 1234, 1.234, ","],
    ["12,345", 12345, 12.345, ","],
    ["999,999", 999999, 999.999, ","],
    ["1.234", 1234, 1.234, "."],
    ["-1,234", -1234, -1.234, ","],
  ])("finds %j ambiguous: %p or %p", (text, thousands, decimal, separator) => {
    expect(parseNumberText(text)).toEqual({
      kind: "ambiguous",
      thousands,
      decimal,
      separator,
      percent: false,
    });
  });

  it("keeps the percent sign of an ambiguous number", () => {
    expect(parseNumberText("1,234 %")).toMatchObject({ kind: "ambiguous", percent: true });
  });

  it.each([
    "12.67 Minutes",
    "95 424 / 100 000 inhabitants",
    "0.01 % / City GDP",
    "1.51 % GDP",
    "0.70 Ratio Female: Male",
    "246 Services",
    "144.19 FTE / 100 000 inhabitants",
    "12/100",
    ".5 km",
    "12 мин",
  ])("sees unit words after the number in %j", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "unitWords" });
  });

  it.each([
    "abc",
    "ca. 12",
    "<5",
    "12.",
    "12..5",
    "1,2,3",
    "1,234,5",
    "1 23",
    "12 5",
    "1,23,456",
    "0,123,456",
    "1 234,567.8",
    "%",
    "+",
    "45%%",
    "- 5",
    "Infinity",
    "NaN",
    "e5",
    // Only space, NBSP, narrow NBSP, thin space and the apostrophe group digits (docs/data-safety.md).
    "1\n234",
    "1\t234",
    "1\r234",
    "1\u3000234",
    "1\u2028234",
    "1\u2029234",
    "1\u2003234",
    "1\ufeff234",
    "45\n%",
  ])("finds %j not a number", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "text" });
  });

  it("reports a well-formed number too large for a double as non-finite", () => {
    expect(parseNumberText("1e999")).toEqual({ kind: "nonFinite" });
  });
});
