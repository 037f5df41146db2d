import { shiftFormula } from "./shift";

describe("shiftFormula", () => {
  it.each([
    ["=K5", 2, 0, "=K7"],
    ["=$K$5+K$5+$K5", 3, 1, "=$K$5+L$5+$K8"],
    [
      "=IF(ISBLANK(K5),\"K5\",'KPI Summary'!$B$3&K5)",
      1,
      0,
      "=IF(ISBLANK(K6),\"K5\",'KPI Summary'!$B$3&K6)",
    ],
    ["='KPI Data'!K5:K6", 10, 0, "='KPI Data'!K15:K16"],
    ["=A1", -1, 0, "=#REF!"],
    ["=A2 + 1", -1, 0, "=A1 + 1"],
    ["plain text", 5, 5, "plain text"],
    ["=K5", 0, 0, "=K5"],
    ["=SUM($U:$U)+SUM(U:V)", 7, 1, "=SUM($U:$U)+SUM(V:W)"],
    ["=COUNTIFS('KPI Data'!C:C,\"x\")", 0, 2, "=COUNTIFS('KPI Data'!E:E,\"x\")"],
  ])("%s moved by (%i, %i) is %s", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});
