import { FormulaError, Value } from "../formula";
import { interpretEntry } from "./cell-content";
import { ContentChange, SimWorkbook } from "./workbook";

function put(
  workbook: SimWorkbook,
  sheetName: string,
  row: number,
  col: number,
  entry: string | number
): void {
  const sheet = workbook.sheetByName(sheetName)!;
  workbook.writeContent(sheet, row, col, interpretEntry(entry, "General").content);
}

describe("SimWorkbook", () => {
  it("starts with Sheet1, active", () => {
    const workbook = new SimWorkbook();
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(workbook.sheetById(workbook.activeSheetId)?.name).toBe("Sheet1");
  });

  it.each([["KPI Data"], ["x".repeat(31)], ["O'Brien"]])("accepts the sheet name %p", (name) => {
    expect(new SimWorkbook().addSheet(name).name).toBe(name);
  });

  it.each([
    ["", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["[x]", "InvalidArgument"],
    ["'quoted'", "InvalidArgument"],
    ["sheet1", "ItemAlreadyExists"],
  ])("refuses the sheet name %p with %s", (name, code) => {
    expect(() => new SimWorkbook().addSheet(name)).toThrow(expect.objectContaining({ code }));
  });

  it("finds sheets by name case-insensitively and by id", () => {
    const workbook = new SimWorkbook();
    const sheet = workbook.addSheet("KPI Data");
    expect(workbook.sheetByKey("kpi data")).toBe(sheet);
    expect(workbook.sheetByKey(sheet.id)).toBe(sheet);
    expect(workbook.sheetByKey("nope")).toBeUndefined();
  });

  it("recalculates dependents across sheets after a change", () => {
    const workbook = new SimWorkbook();
    workbook.addSheet("KPI Summary");
    put(workbook, "KPI Summary", 2, 1, 2024);
    put(workbook, "Sheet1", 0, 0, "='KPI Summary'!$B$3-3");
    put(workbook, "Sheet1", 0, 1, '=A1&" or later"');
    const sheet1 = workbook.sheetByName("Sheet1")!.id;
    expect(workbook.value(sheet1, 0, 1)).toBe("2021 or later");
    put(workbook, "KPI Summary", 2, 1, 2030);
    expect(workbook.value(sheet1, 0, 1)).toBe("2027 or later");
  });

  it("gives a circular reference #REF! instead of looping", () => {
    const workbook = new SimWorkbook();
    put(workbook, "Sheet1", 0, 0, "=B1+1");
    put(workbook, "Sheet1", 0, 1, "=A1+1");
    const value: Value = workbook.value(workbook.activeSheetId, 0, 0);
    expect(value).toBeInstanceOf(FormulaError);
    expect((value as FormulaError).message).toBe("Circular reference");
  });

  it("reports content changes to the grid at once and to change handlers after the task", async () => {
    const workbook = new SimWorkbook();
    const sheet = workbook.sheets[0];
    const seen: ContentChange[] = [];
    let redraws = 0;
    workbook.subscribe(() => (redraws += 1));
    workbook.onContentChanged((change) => seen.push(change));
    put(workbook, "Sheet1", 4, 10, 12);
    workbook.recordChange(sheet, { top: 4, left: 10, bottom: 4, right: 10 }, "user");
    workbook.commit();
    expect(redraws).toBe(1);
    expect(seen).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([{ sheetId: sheet.id, address: "K5", by: "user" }]);
  });

  it("keeps a selection per sheet and shows the selected sheet", () => {
    const workbook = new SimWorkbook();
    const data = workbook.addSheet("KPI Data");
    expect(workbook.selection(data)).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    workbook.select(data, { top: 4, left: 10, bottom: 4, right: 10 });
    expect(workbook.activeSheetId).toBe(data.id);
    expect(workbook.selection(data).top).toBe(4);
    expect(workbook.selection(workbook.sheets[0]).top).toBe(0);
  });

  it("measures the used range from values and formatting", () => {
    const workbook = new SimWorkbook();
    const sheet = workbook.sheets[0];
    expect(sheet.usedArea()).toBeNull();
    put(workbook, "Sheet1", 2, 3, 5);
    sheet.updateCell(6, 1, { format: { bold: true } });
    expect(sheet.usedArea()).toEqual({ top: 2, left: 1, bottom: 6, right: 3 });
    expect(sheet.usedArea(true)).toEqual({ top: 2, left: 3, bottom: 2, right: 3 });
  });

  it("recalculates dependents in order across sheets and whole columns after an edit", () => {
    const workbook = new SimWorkbook();
    workbook.addSheet("KPI Data");
    const data = workbook.sheetByName("KPI Data")!;
    const sheet1 = workbook.sheetByName("Sheet1")!;
    put(workbook, "KPI Data", 4, 20, 10); // U5
    put(workbook, "KPI Data", 5, 20, "=U5*2"); // U6 depends on U5
    put(workbook, "Sheet1", 0, 0, "=SUM('KPI Data'!$U:$U)"); // A1 over the whole column
    put(workbook, "Sheet1", 0, 1, "=A1/'KPI Data'!U5"); // B1 depends on A1 and U5
    workbook.commit();
    expect(workbook.value(sheet1.id, 0, 0)).toBe(30);
    expect(workbook.value(sheet1.id, 0, 1)).toBe(3);
    put(workbook, "KPI Data", 4, 20, 0);
    put(workbook, "KPI Data", 99, 20, 7); // U100: the used range grows
    workbook.commit();
    expect(workbook.value(sheet1.id, 0, 0)).toBe(7);
    expect(workbook.value(sheet1.id, 0, 1)).toEqual(expect.objectContaining({ code: "#DIV/0!" }));
    expect(workbook.value(data.id, 5, 20)).toBe(0);
  });

  it("gives a circular reference through a whole column #REF!", () => {
    const workbook = new SimWorkbook();
    put(workbook, "Sheet1", 0, 0, 1);
    put(workbook, "Sheet1", 1, 0, "=SUM(A:A)");
    workbook.commit();
    const sheet = workbook.sheetByName("Sheet1")!;
    expect(workbook.value(sheet.id, 1, 0)).toEqual(expect.objectContaining({ code: "#REF!" }));
  });
});
