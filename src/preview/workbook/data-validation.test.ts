import { interpretEntry } from "./cell-content";
import {
  CellValidation,
  ValidationCriterion,
  listItems,
  passesValidation,
} from "./data-validation";
import { SimWorkbook } from "./workbook";

const VALUE_RULE = '=OR(ISBLANK(K5),TRIM(K5)="NR",AND(ISNUMBER(K5),K5>=0,K5<=100))';

function check(
  criterion: ValidationCriterion,
  entry: string | null,
  rowOffset = 0,
  ignoreBlanks = true
): boolean {
  const workbook = new SimWorkbook();
  const lists = workbook.addSheet("KPI Lists");
  ["Yes", "No", "NR"].forEach((item, i) =>
    workbook.writeContent(lists, 4 + i, 2, interpretEntry(item, "@").content)
  );
  const data = workbook.addSheet("KPI Data");
  const row = 4 + rowOffset;
  workbook.writeContent(data, row, 10, interpretEntry(entry, "General").content);
  const validation: CellValidation = { criterion, rowOffset, colOffset: 0, ignoreBlanks };
  return passesValidation(workbook, data.id, workbook.value(data.id, row, 10), validation);
}

describe("passesValidation", () => {
  it.each<[string | null, boolean]>([
    ["50", true],
    ["0", true],
    ["100", true],
    ["150", false],
    ["-1", false],
    ["NR", true],
    [" nr ", true],
    ["abc", false],
    ["#N/A", false],
    [null, true],
  ])("custom rule of a 0–100 value: %p → %p", (entry, ok) => {
    expect(check({ type: "custom", formula: VALUE_RULE }, entry)).toBe(ok);
  });

  it("moves the custom formula to the cell being checked", () => {
    // The rule is written for K5; checking K9 (4 rows down) must read K9, which holds 150.
    expect(check({ type: "custom", formula: VALUE_RULE }, "150", 4)).toBe(false);
    expect(check({ type: "custom", formula: VALUE_RULE }, "50", 4)).toBe(true);
  });

  const year: ValidationCriterion = {
    type: "wholeNumber",
    operator: "Between",
    formula1: 1950,
    formula2: 2100,
  };
  it.each<[string | null, boolean]>([
    ["2024", true],
    ["1950", true],
    ["2101", false],
    ["2024.5", false],
    ["next year", false],
    [null, true],
  ])("whole number 1950–2100: %p → %p", (entry, ok) => {
    expect(check(year, entry)).toBe(ok);
  });

  it("does not ignore a blank when ignoreBlanks is false", () => {
    expect(check(year, null, 0, false)).toBe(false);
  });

  it.each<[ValidationCriterion, string, boolean]>([
    [{ type: "decimal", operator: "GreaterThan", formula1: "0" }, "0.5", true],
    [{ type: "decimal", operator: "GreaterThan", formula1: "0" }, "0", false],
    [{ type: "decimal", operator: "NotBetween", formula1: 1, formula2: 5 }, "6", true],
    [{ type: "textLength", operator: "LessThanOrEqualTo", formula1: 3 }, "abcd", false],
    [{ type: "list", source: "='KPI Lists'!$C$5:$C$7", inCellDropDown: true }, "yes", true],
    [{ type: "list", source: "='KPI Lists'!$C$5:$C$7", inCellDropDown: true }, "Maybe", false],
    [{ type: "list", source: "a, b", inCellDropDown: true }, "b", true],
  ])("%j with %p → %p", (criterion, entry, ok) => {
    expect(check(criterion, entry)).toBe(ok);
  });

  it("reads a list source range from the workbook", () => {
    const workbook = new SimWorkbook();
    const lists = workbook.addSheet("KPI Lists");
    workbook.writeContent(lists, 4, 0, interpretEntry("Personal estimation", "@").content);
    expect(listItems(workbook, lists.id, "='KPI Lists'!$A$5:$A$6")).toEqual([
      "Personal estimation",
      null,
    ]);
  });
});
