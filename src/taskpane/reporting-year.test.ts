import { parseReportingYear } from "./reporting-year";

describe("parseReportingYear", () => {
  it.each([
    ["2024", 2024],
    [" 2024 ", 2024],
    ["1990", 1990],
    ["2100", 2100],
    ["", null],
    ["   ", null],
  ])("accepts %j as %p", (text, year) => {
    expect(parseReportingYear(text)).toEqual({ ok: true, year });
  });

  it.each([
    "1989",
    "2101",
    "2024.5",
    "2024,0",
    "24",
    "02024",
    "2024a",
    "year",
    "-2024",
    "1e3",
    "２０２４",
  ])("refuses %j", (text) => {
    expect(parseReportingYear(text)).toEqual({ ok: false });
  });
});
