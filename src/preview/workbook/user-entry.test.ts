import { SimWorkbook } from "./workbook";
import { clearCell, pasteText, typeIntoCell } from "./user-entry";
import { CellValidation } from "./data-validation";

function setup(style: "Stop" | "Warning" = "Stop") {
  const workbook = new SimWorkbook();
  const sheet = workbook.sheets[0];
  const validation: CellValidation = {
    criterion: {
      type: "custom",
      formula: '=OR(ISBLANK(A1),TRIM(A1)="NR",AND(ISNUMBER(A1),A1>=0,A1<=100))',
    },
    rowOffset: 0,
    colOffset: 0,
    ignoreBlanks: true,
    errorAlert: { showAlert: true, style, title: "KPI value", message: "0 to 100, or NR" },
  };
  sheet.updateCell(0, 0, { validation });
  const changes: string[] = [];
  workbook.onContentChanged((change) => changes.push(`${change.address}:${change.by}`));
  return { workbook, sheet, changes };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("typing into a cell", () => {
  it("accepts a valid entry and fires onChanged", async () => {
    const { workbook, sheet, changes } = setup();
    expect(typeIntoCell(workbook, sheet, 0, 0, "42")).toEqual({ accepted: true });
    expect(workbook.value(sheet.id, 0, 0)).toBe(42);
    await tick();
    expect(changes).toEqual(["A1:user"]);
  });

  it.each([["150"], ["abc"]])(
    "refuses %p with the rule's Stop alert and keeps the old value",
    async (entry) => {
      const { workbook, sheet, changes } = setup();
      typeIntoCell(workbook, sheet, 0, 0, "NR");
      const outcome = typeIntoCell(workbook, sheet, 0, 0, entry);
      expect(outcome).toEqual({
        accepted: false,
        alert: expect.objectContaining({ message: "0 to 100, or NR" }),
      });
      expect(workbook.value(sheet.id, 0, 0)).toBe("NR");
      await tick();
      expect(changes).toEqual(["A1:user"]);
    }
  );

  it("keeps an invalid entry under a Warning alert and reports the alert", () => {
    const { workbook, sheet } = setup("Warning");
    expect(typeIntoCell(workbook, sheet, 0, 0, "150").accepted).toBe(true);
    expect(workbook.value(sheet.id, 0, 0)).toBe(150);
  });

  it("gives a cell without a rule whatever is typed, and a percent format for 45%", () => {
    const { workbook, sheet } = setup();
    typeIntoCell(workbook, sheet, 3, 3, "45%");
    expect(workbook.value(sheet.id, 3, 3)).toBe(0.45);
    expect(sheet.cell(3, 3).numberFormat).toBe("0%");
  });
});

describe("pasting and clearing", () => {
  it("pastes past the validation, as Excel does", () => {
    const { workbook, sheet } = setup();
    pasteText(workbook, sheet, 0, 0, "150");
    expect(workbook.value(sheet.id, 0, 0)).toBe(150);
  });

  it("pastes a tab- and line-separated block from the cell, with one change event", async () => {
    const { workbook, sheet, changes } = setup();
    pasteText(workbook, sheet, 1, 1, "1\t2\r\n3\t=B2+C2\n");
    expect([0, 1].map((r) => [0, 1].map((c) => workbook.value(sheet.id, 1 + r, 1 + c)))).toEqual([
      [1, 2],
      [3, 3],
    ]);
    await tick();
    expect(changes).toEqual(["B2:C3:user"]);
  });

  it("clears the content but keeps the rule", () => {
    const { workbook, sheet } = setup();
    typeIntoCell(workbook, sheet, 0, 0, "5");
    clearCell(workbook, sheet, 0, 0);
    expect(workbook.value(sheet.id, 0, 0)).toBeNull();
    expect(sheet.cell(0, 0).validation).toBeDefined();
  });
});
