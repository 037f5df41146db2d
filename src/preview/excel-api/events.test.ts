import { typeIntoCell } from "../workbook/user-entry";
import { simulation } from "./simulation.fixture";

describe("selection and events", () => {
  it("selects a cell and shows its sheet", async () => {
    const { run, workbook } = simulation();
    await run(async (context) => {
      context.workbook.worksheets.add("KPI Data");
      context.workbook.worksheets.getItem("KPI Data").getRange("K7").select();
      await context.sync();
    });
    const sheet = workbook.sheetByName("KPI Data")!;
    expect(workbook.activeSheetId).toBe(sheet.id);
    expect(workbook.selection(sheet)).toEqual({ top: 6, left: 10, bottom: 6, right: 10 });
  });

  it("calls onChanged handlers for API writes and typing until removed", async () => {
    const { run, excel, workbook } = simulation();
    const seen: unknown[] = [];
    const registration = await run(async (context) => {
      const result = context.workbook.worksheets
        .getItem("Sheet1")
        .onChanged.add(async (event: any) => {
          seen.push([
            event.address,
            event.worksheetId === workbook.sheets[0].id,
            event.triggerSource,
          ]);
        });
      await context.sync();
      return result;
    });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
    });
    typeIntoCell(workbook, workbook.sheets[0], 0, 0, "x");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([
      ["B2:C3", true, "ThisLocalAddin"],
      ["A1", true, "Unknown"],
    ]);
    await excel.run(registration.context, async (context: any) => {
      registration.remove();
      await context.sync();
    });
    typeIntoCell(workbook, workbook.sheets[0], 0, 0, "y");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(2);
  });

  it("names unsimulated event argument members", async () => {
    const { run, workbook } = simulation();
    const failures: unknown[] = [];
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add((event: any) => {
        try {
          return event.details;
        } catch (error) {
          failures.push((error as Error).message);
          return undefined;
        }
      });
    });
    typeIntoCell(workbook, workbook.sheets[0], 0, 0, "x");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failures).toEqual(["Preview does not simulate Excel.WorksheetChangedEventArgs.details"]);
  });
});
