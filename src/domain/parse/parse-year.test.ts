import type { RawCell } from "../workbook/workbook-port";
import { parseYear } from "./parse-year";

describe("parseYear", () => {
  it.each<[RawCell, number]>([
    [2021, 2021],
    [1900, 1900],
    [2100, 2100],
    ["2019", 2019],
    [" 2020 ", 2020],
    [2021.0, 2021],
  ])("reads %j as %p", (raw, value) => {
    expect(parseYear(raw)).toEqual({ kind: "number", value });
  });

  it.each<RawCell>([null, undefined, "", "  ", "NR", "Not reported"])(
    "reads %j as missing",
    (raw) => {
      expect(parseYear(raw)).toEqual({ kind: "missing" });
    }
  );

  it.each<[RawCell, string]>([
    [1899, "1899"],
    [2101, "2101"],
    [2020.5, "2020.5"],
    [44197, "44197"], // a date serial (2021-01-01), not a year
    [NaN, "NaN"],
    ["20211", "20211"],
    ["2,021", "2,021"],
    ["2021.0", "2021.0"],
    ["FY2021", "FY2021"],
    ["#N/A", "#N/A"],
    [true, "TRUE"],
  ])("refuses %j", (raw, shown) => {
    expect(parseYear(raw)).toEqual({
      kind: "invalid",
      code: "NOT_NUMERIC",
      params: { raw: shown, reason: "year", field: "year" },
    });
  });
});
