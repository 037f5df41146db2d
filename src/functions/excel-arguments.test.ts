import { cellCount, excelErrorOf, flattenRange, isOmitted, toRawCell } from "./excel-arguments";

describe("excelErrorOf: the error an argument carries", () => {
  it.each<[unknown, string | null]>([
    [{ code: "#DIV/0!" }, "#DIV/0!"],
    [{ type: "Error", errorType: "NotAvailable" }, "#N/A"],
    [{ type: "Error", errorType: "Ref" }, "#REF!"],
    [{ type: "Error", errorType: "Spill" }, "#VALUE!"], // an error without a CustomFunctions code
    [{ code: 7 }, null],
    [{ type: "String", basicValue: "x" }, null],
    ["#N/A", null], // text: the parser decides
    [null, null],
    [12, null],
  ])("%j → %p", (arg, expected) => {
    expect(excelErrorOf(arg)).toBe(expected);
  });
});

describe("toRawCell", () => {
  it.each<[unknown, unknown]>([
    [undefined, null],
    [null, null],
    [0, 0],
    ["NR", "NR"],
    [false, false],
    [{ code: "#NUM!" }, "#NUM!"],
    // Data types (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts): by their
    // plain value or text, never "[object Object]" in a message.
    [
      { type: "Entity", text: "Ålesund", properties: { population: { basicValue: 67000 } } },
      "Ålesund",
    ],
    [{ type: "FormattedNumber", basicValue: 45.5, numberFormat: "0.0" }, 45.5],
    [{ type: "WebImage", address: "https://example.org/a.png" }, "[WebImage]"],
    [{ some: "object" }, "[data type]"],
  ])("%j → %j", (arg, expected) => {
    expect(toRawCell(arg)).toEqual(expected);
  });
});

describe("flattenRange and cellCount: one signature for a cell and a range", () => {
  it.each<[unknown, unknown[]]>([
    [
      [
        [1, 2],
        [3, 4],
      ],
      [1, 2, 3, 4],
    ],
    [
      [[1], [2], [3]],
      [1, 2, 3],
    ],
    [[[1, 2, 3]], [1, 2, 3]],
    [5, [5]],
    [undefined, [null]],
    [
      [1, 2],
      [1, 2],
    ],
    [[[{ code: "#N/A" }, undefined]], ["#N/A", null]],
  ])("%j → %j", (arg, cells) => {
    expect(flattenRange(arg)).toEqual(cells);
    expect(cellCount(arg)).toBe(cells.length);
  });
});

describe("isOmitted", () => {
  it.each<[unknown, boolean]>([
    [undefined, true],
    [null, true],
    ["", true],
    [[], true],
    [[[null]], true],
    [[[""]], true],
    [0, false],
    ["  x", false],
    [[[0]], false],
    [[[null], [null]], false], // a range of blanks is a range, not an omission
  ])("%j → %p", (arg, expected) => {
    expect(isOmitted(arg)).toBe(expected);
  });
});
