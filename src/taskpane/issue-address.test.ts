import { makeIssue, type FlagCode, type IssueParams } from "../domain/validation/issue";
import type { SheetRow } from "../domain/workbook/workbook-port";
import { issueCellAddress } from "./issue-address";

function row(line: number): SheetRow {
  const at = (column: string) => `'KPI Data'!${column}${line}`;
  return {
    id: "EC: ICT: ICT: 1C",
    value: 1,
    year: 2020,
    quality: null,
    target: null,
    targetBasis: null,
    address: { id: at("A"), value: at("E"), year: at("F"), quality: at("G"), target: at("H") },
  };
}
const ROWS = [row(5), row(6), row(7)];

describe("issueCellAddress", () => {
  it.each<[FlagCode, IssueParams, string]>([
    ["NOT_NUMERIC", {}, "'KPI Data'!E6"],
    ["OUT_OF_RANGE", {}, "'KPI Data'!E6"],
    ["MISSING", {}, "'KPI Data'!E6"],
    ["UNKNOWN_ID", {}, "'KPI Data'!A6"],
    ["DUPLICATE", {}, "'KPI Data'!A6"],
    ["STALE", {}, "'KPI Data'!F6"],
    ["FUTURE_YEAR", {}, "'KPI Data'!F6"],
    ["LOW_QUALITY", {}, "'KPI Data'!G6"],
    ["NO_TARGET", {}, "'KPI Data'!H6"],
    ["NOT_NUMERIC", { field: "year" }, "'KPI Data'!F6"],
    ["OUT_OF_RANGE", { field: "target" }, "'KPI Data'!H6"],
    ["NO_TARGET", { field: "value" }, "'KPI Data'!E6"],
    ["NOT_NUMERIC", { field: "quality" }, "'KPI Data'!G6"],
  ])("%s %j → %s", (code, params, address) => {
    expect(issueCellAddress(makeIssue(code, "EC: ICT: ICT: 1C", params, 1), ROWS)).toBe(address);
  });

  it.each([
    ["a sheet-level issue", makeIssue("FRACTION_SCALE", "", {})],
    ["a row past the rows read", makeIssue("MISSING", "EC: ICT: ICT: 1C", {}, 3)],
    [
      "a cell outside the row",
      makeIssue("FUTURE_YEAR", "EC: ICT: ICT: 1C", { field: "reportingYear" }, 0),
    ],
  ])("is undefined for %s", (_label, issue) => {
    expect(issueCellAddress(issue, ROWS)).toBeUndefined();
  });
});
