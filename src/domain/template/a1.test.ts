import fc from "fast-check";
import {
  absoluteCell,
  absoluteColumn,
  area,
  cell,
  columnLetter,
  columnNumber,
  lastRowOf,
  parseRange,
  qualified,
  quoteSheet,
  rangesOverlap,
  splitQualified,
} from "./a1";

describe("column letters", () => {
  it.each([
    [1, "A"],
    [11, "K"],
    [20, "T"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s and back", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it("round-trips every column Excel has", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16384 }), (n) => columnNumber(columnLetter(n)) === n)
    );
  });

  it.each([0, -1, 1.5])("refuses column %p", (n) => {
    expect(() => columnLetter(n)).toThrow(RangeError);
  });

  it.each(["", "A1", "Ä"])("refuses letters %p", (letters) => {
    expect(() => columnNumber(letters)).toThrow(RangeError);
  });
});

describe("addresses", () => {
  it("builds cells, areas and absolute references", () => {
    expect(cell(11, 5)).toBe("K5");
    expect(area(1, 5, 10, 116)).toBe("A5:J116");
    expect(area(2, 3, 2, 3)).toBe("B3");
    expect(absoluteColumn(11, 5, 116)).toBe("$K$5:$K$116");
    expect(absoluteCell("b3")).toBe("$B$3");
    expect(() => absoluteCell("B3:B4")).toThrow(RangeError);
  });

  it("quotes sheet names, doubling apostrophes", () => {
    expect(quoteSheet("KPI Data")).toBe("'KPI Data'");
    expect(qualified("City's data", "K5")).toBe("'City''s data'!K5");
  });

  it.each([
    ["K5", { firstColumn: 11, firstRow: 5, columnCount: 1, rowCount: 1 }],
    ["A5:J116", { firstColumn: 1, firstRow: 5, columnCount: 10, rowCount: 112 }],
    ["$K$5:$K$116", { firstColumn: 11, firstRow: 5, columnCount: 1, rowCount: 112 }],
    ["'KPI Data'!A4:T116", { firstColumn: 1, firstRow: 4, columnCount: 20, rowCount: 113 }],
    ["Sheet1!C3:A1", { firstColumn: 1, firstRow: 1, columnCount: 3, rowCount: 3 }],
  ])("parses %s", (address, bounds) => {
    expect(parseRange(address)).toEqual(bounds);
  });

  it.each(["", "K", "5", "A:A", "K5:", "R1C1"])("refuses %p", (address) => {
    expect(() => parseRange(address)).toThrow(RangeError);
  });

  it("gives the last row of a range", () => {
    expect(lastRowOf("A4:T116")).toBe(116);
    expect(lastRowOf("'KPI Data'!B7")).toBe(7);
  });

  it.each([
    ["'KPI Data'!K5", "KPI Data", "K5"],
    ["'City''s data'!A1:B2", "City's data", "A1:B2"],
    ["Sheet1!C3", "Sheet1", "C3"],
    ["K5", null, "K5"],
  ])("splits %s", (address, sheet, local) => {
    expect(splitQualified(address)).toEqual({ sheet, local });
  });

  it.each([
    ["A1:C3", "B2", true],
    ["A1:C3", "C3:D4", true],
    ["B2:B3", "B3", true],
    ["A1:C3", "D1", false],
    ["A1:C3", "A4", false],
    ["B2:B3", "C2:C3", false],
    ["B2:B3", "A1", false],
  ])("%s and %s overlap: %p", (a, b, expected) => {
    expect(rangesOverlap(a, b)).toBe(expected);
    expect(rangesOverlap(b, a)).toBe(expected);
  });
});
