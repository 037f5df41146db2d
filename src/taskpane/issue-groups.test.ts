import { makeIssue } from "../domain/validation/issue";
import { countBySeverity, groupIssuesByArea } from "./issue-groups";

const ICT = "EC: ICT: ICT: 1C";
const EDUCATION = "SC: EH: ED: 1C";
const AIR = "EN: EN: AQ: 1C/PM2.5";

describe("groupIssuesByArea", () => {
  const issues = [
    makeIssue("MISSING", EDUCATION, {}, 40),
    makeIssue("NOT_NUMERIC", AIR, {}, 60),
    makeIssue("MISSING", ICT, {}, 0),
    makeIssue("UNKNOWN_ID", "XX: 9", {}, 7),
    makeIssue("STALE", ICT, {}, 1),
    makeIssue("NOT_NUMERIC", ICT, {}, 2),
    makeIssue("FRACTION_SCALE", "", {}),
    makeIssue("MISSING", "ec:ict:ict:1c", {}, 3),
  ];
  const groups = groupIssuesByArea(issues);

  it("orders groups: sheet first, then the official order of sub-dimensions", () => {
    expect(groups.map((group) => group.key)).toEqual([
      "sheet",
      "Economy › ICT",
      "Environment › Environment",
      "Society and Culture › Education, Health and Culture",
    ]);
  });

  it("puts unknown ids and sheet-level issues in the sheet group, with no area", () => {
    expect(groups[0].area).toBeNull();
    expect(groups[0].issues.map((issue) => issue.code)).toEqual(["UNKNOWN_ID", "FRACTION_SCALE"]);
  });

  it("resolves ids leniently and orders by severity, then by row", () => {
    expect(groups[1].area).toEqual({ dimension: "Economy", subdimension: "ICT" });
    expect(groups[1].issues.map((issue) => [issue.code, issue.row])).toEqual([
      ["NOT_NUMERIC", 2],
      ["STALE", 1],
      ["MISSING", 0],
      ["MISSING", 3],
    ]);
    expect(groups[1].counts).toEqual({ error: 1, warning: 1, info: 2 });
  });

  it("keeps every issue exactly once", () => {
    expect(groups.flatMap((group) => group.issues)).toHaveLength(issues.length);
  });

  it("gives no group for no issues", () => {
    expect(groupIssuesByArea([])).toEqual([]);
  });
});

describe("countBySeverity", () => {
  it.each([
    [[], { error: 0, warning: 0, info: 0 }],
    [[makeIssue("MISSING", ICT)], { error: 0, warning: 0, info: 1 }],
    [
      [makeIssue("NOT_NUMERIC", ICT), makeIssue("CELL_ERROR", ICT), makeIssue("INCONSISTENT", ICT)],
      { error: 2, warning: 1, info: 0 },
    ],
  ])("%#", (issues, counts) => {
    expect(countBySeverity(issues)).toEqual(counts);
  });
});
