import { itemById } from "../catalog";
import type { RawCell } from "../workbook/workbook-port";
import { checkYears } from "./check-years";

const item = itemById("EC: ICT: ICT: 1C");
const id = item.id;

describe("checkYears (STALE, FUTURE_YEAR, docs/scoring.md §3)", () => {
  it.each<[RawCell, RawCell, number]>([
    [2022, 2025, 3], // exactly reporting year − 3: not stale
    [2025, 2025, 3],
    ["2024", "2025", 3],
    [2020, 2025, 5],
    [null, 2025, 3], // data year unknown
    [2010, null, 3], // reporting year unknown
    ["NR", "", 3],
    [2030, undefined, 3],
  ])(
    "says nothing for data year %j, reporting year %j, stale after %p",
    (year, reportingYear, after) => {
      expect(checkYears(item, year, reportingYear, after)).toEqual([]);
    }
  );

  it.each<[RawCell, RawCell, number, number]>([
    [2021, 2025, 3, 2022],
    ["2010", 2025, 3, 2022],
    [2024, 2025, 0, 2025],
  ])(
    "flags data year %j as STALE for reporting year %j (after %p years)",
    (year, reportingYear, after, oldestYear) => {
      expect(checkYears(item, year, reportingYear, after)).toEqual([
        {
          code: "STALE",
          severity: "warning",
          itemId: id,
          params: {
            item: id,
            year: Number(year),
            reportingYear: Number(reportingYear),
            oldestYear,
          },
        },
      ]);
    }
  );

  it.each<[RawCell, RawCell]>([
    [2026, 2025],
    ["2030", "2025"],
  ])("flags data year %j as FUTURE_YEAR for reporting year %j", (year, reportingYear) => {
    expect(checkYears(item, year, reportingYear, 3)).toEqual([
      {
        code: "FUTURE_YEAR",
        severity: "error",
        itemId: id,
        params: { item: id, year: Number(year), reportingYear: Number(reportingYear) },
      },
    ]);
  });

  it.each<[RawCell, RawCell, string, string]>([
    ["20211", 2025, "year", "20211"],
    [2020.5, 2025, "year", "2020.5"],
    [2020, "next year", "reportingYear", "next year"],
    [2020, 44197, "reportingYear", "44197"],
  ])(
    "flags an unreadable year (%j, %j) as NOT_NUMERIC on its field",
    (year, reportingYear, field, raw) => {
      expect(checkYears(item, year, reportingYear, 3)).toEqual([
        {
          code: "NOT_NUMERIC",
          severity: "error",
          itemId: id,
          params: { item: id, raw, reason: "year", field, min: 1900, max: 2100 },
        },
      ]);
    }
  );

  it("reports both unreadable years and no comparison", () => {
    const issues = checkYears(item, "x", "y", 3);
    expect(issues.map((issue) => issue.params.field)).toEqual(["year", "reportingYear"]);
  });
});
