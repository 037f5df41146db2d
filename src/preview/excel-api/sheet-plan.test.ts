import { conditionalLook } from "../workbook/conditional-format";
import { typeIntoCell } from "../workbook/user-entry";
import { simulation } from "./simulation.fixture";

describe("formats, rules, tables, charts", () => {
  it("applies a template-like sheet plan", async () => {
    const { run, workbook } = simulation();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.add("KPI Data");
      sheet.getRange("A5:A6").numberFormat = [["@"], ["@"]];
      sheet.getRange("A4:B6").values = [
        ["ID", "Value"],
        ["1", 50],
        ["2", null],
      ];
      sheet.getRange("A4:B4").format.font.bold = true;
      sheet.getRange("B4").format.fill.color = "#ddebf7";
      sheet.getRange("B:B").format.columnWidth = 80;
      const validation = sheet.getRange("B5:B6").dataValidation;
      validation.clear();
      validation.ignoreBlanks = true;
      validation.rule = { custom: { formula: "=OR(ISBLANK(B5),AND(ISNUMBER(B5),B5<=100))" } };
      validation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "Value",
        message: "0 to 100",
      };
      sheet.getRange("B5:B6").conditionalFormats.clearAll();
      const cf = sheet.getRange("B5:B6").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=ISBLANK(B5)";
      cf.custom.format.fill.color = "#FFEB9C";
      cf.custom.format.font.color = "#9C5700";
      sheet.freezePanes.freezeRows(4);
      const table = sheet.tables.add(sheet.getRange("A4:B6"), true);
      table.name = "KpiData";
      table.style = "TableStyleLight9";
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A4:B6"), "Columns");
      chart.name = "KpiScoresChart";
      chart.title.text = "Scores";
      chart.setPosition("D2", "J20");
      await context.sync();
    });
    const sheet = workbook.sheetByName("KPI Data")!;
    expect(workbook.value(sheet.id, 4, 0)).toBe("1"); // text, because the number format came first
    expect(sheet.cell(3, 0).format).toEqual({ bold: true });
    expect(sheet.cell(3, 1).format).toEqual({ bold: true, fill: "#DDEBF7" });
    expect(sheet.columnWidths.get(1)).toBe(80);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.frozenColumns).toBe(0);
    expect(conditionalLook(workbook, sheet.id, sheet.conditionalFormats, 5, 1)).toEqual({
      fill: "#FFEB9C",
      fontColor: "#9C5700",
    });
    expect(conditionalLook(workbook, sheet.id, sheet.conditionalFormats, 4, 1)).toEqual({});
    expect(typeIntoCell(workbook, sheet, 5, 1, "150")).toMatchObject({
      accepted: false,
      alert: { message: "0 to 100" },
    });
    expect(workbook.tables).toEqual([
      {
        name: "KpiData",
        sheetId: sheet.id,
        area: { top: 3, left: 0, bottom: 5, right: 1 },
        style: "TableStyleLight9",
      },
    ]);
    expect(sheet.charts[0]).toMatchObject({
      name: "KpiScoresChart",
      title: "Scores",
      position: { start: { top: 1, left: 3 } },
    });
  });

  it("appends table rows with the formats and validation of the row above", async () => {
    const { run, workbook } = simulation();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["ID", "Value"],
        ["a", 1],
      ];
      sheet.getRange("B2").numberFormat = [["0.0"]];
      sheet.getRange("B2").dataValidation.rule = {
        wholeNumber: { operator: "Between", formula1: 0, formula2: 9 },
      };
      sheet.tables.add("A1:B2", true).name = "T";
      await context.sync();
      const table = context.workbook.tables.getItemOrNullObject("T");
      table.rows.add(null, [
        ["b", 2],
        ["c", 3],
      ]);
      const range = table.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B4");
    });
    const sheet = workbook.sheets[0];
    expect(workbook.value(sheet.id, 3, 1)).toBe(3);
    expect(sheet.cell(3, 1).numberFormat).toBe("0.0");
    expect(sheet.cell(3, 1).validation).toMatchObject({ rowOffset: 2 });
  });

  it("adds a table from an address on the active sheet unless the address names one, and finds its sheet", async () => {
    const { run, workbook } = simulation();
    const names = await run(async (context) => {
      const data = context.workbook.worksheets.add("Data");
      const first = data.tables.add("A1:B3", true);
      const second = data.tables.add("'Data'!D1:E3", true);
      first.worksheet.load("name");
      second.worksheet.load("name");
      await context.sync();
      return [first.worksheet.name, second.worksheet.name];
    });
    expect(names).toEqual(["Sheet1", "Data"]);
    expect(workbook.sheets[0].cell(0, 1).content).toEqual({ kind: "value", value: "Column2" });
  });

  it("refuses overlapping tables", async () => {
    const { run } = simulation();
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.tables.add(sheet.getRange("A1:B3"), true);
        sheet.tables.add(sheet.getRange("B2:C4"), true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reads the used range and protection", async () => {
    const { run } = simulation();
    const result = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRange().load("address");
      await context.sync();
      sheet.getRange("C3:D4").values = [
        [1, 2],
        [3, 4],
      ];
      const used = sheet.getUsedRange().load("address");
      const protection = sheet.load("protection/protected");
      const workbookProtection = context.workbook.protection.load("protected");
      await context.sync();
      return [
        empty.address,
        used.address,
        protection.protection.protected,
        workbookProtection.protected,
      ];
    });
    expect(result).toEqual(["Sheet1!A1", "Sheet1!C3:D4", false, false]);
  });
});
