import { FormulaError } from "../formula";
import { conditionalLook } from "../workbook/conditional-format";
import { typeIntoCell } from "../workbook/user-entry";
import { SimWorkbook } from "../workbook/workbook";
import { createExcelGlobal } from "./excel-global";
import { reportNotSimulatedTo } from "./simulated-proxy";

function setup() {
  const workbook = new SimWorkbook();
  const stats = { syncs: 0 };
  const excel = createExcelGlobal(workbook, stats);
  const run = <T>(batch: (context: any) => Promise<T>) => excel.run(batch);
  return { workbook, stats, excel, run };
}

describe("Excel.run and context.sync", () => {
  it("applies queued writes on sync, makes loads readable after it, and counts syncs", async () => {
    const { run, stats } = setup();
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.add("KPI Data");
      sheet.getRange("A1:B2").values = [
        [1, "x"],
        ["=A1*10", null],
      ];
      const range = sheet.getRange("A1:B2").load("values, formulas, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      return { values: range.values, formulas: range.formulas, address: range.address };
    });
    expect(read).toEqual({
      values: [
        [1, "x"],
        [10, ""],
      ],
      formulas: [
        [1, "x"],
        ["=A1*10", ""],
      ],
      address: "'KPI Data'!A1:B2",
    });
    expect(stats.syncs).toBe(1);
  });

  it("syncs what a batch left queued when the batch ends", async () => {
    const { run, workbook, stats } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[7]];
    });
    expect(workbook.value(workbook.sheets[0].id, 2, 2)).toBe(7);
    expect(stats.syncs).toBe(1);
  });

  it("fills one formula over a range, moving its relative references", async () => {
    const { run } = setup();
    const formulas = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B1:B3");
      range.formulas = "=A1+$A$1";
      range.load("formulas");
      await context.sync();
      return range.formulas;
    });
    expect(formulas).toEqual([["=A1+$A$1"], ["=A2+$A$1"], ["=A3+$A$1"]]);
  });

  it("gives errors as their code in values", async () => {
    const { run } = setup();
    const values = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [["=1/0", "=NOSUCH(1)"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["#DIV/0!", "#NAME?"]]);
  });

  it.each([
    ["a wrong shape", [[1, 2]], "InvalidArgument"],
    ["a formula Excel cannot parse", [["=1+"]], "InvalidArgument"],
  ])("rejects the sync for %s and leaves the range as it was", async (_, values, code) => {
    const { run, workbook } = setup();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = values;
        await context.sync();
      })
    ).rejects.toMatchObject({ code });
    expect(workbook.value(workbook.sheets[0].id, 0, 0)).toBeNull();
  });

  it("keeps the operations before a failing one and drops the rest", async () => {
    const { run, workbook } = setup();
    await expect(
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Sheet1").getRange("A1").values = [[1]];
        sheets.getItem("Missing").getRange("A1").values = [[2]];
        sheets.getItem("Sheet1").getRange("A2").values = [[3]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    const id = workbook.sheets[0].id;
    expect([workbook.value(id, 0, 0), workbook.value(id, 1, 0)]).toEqual([1, null]);
  });
});

describe("…OrNullObject", () => {
  it("says whether the sheet, table and chart exist after sync", async () => {
    const { run } = setup();
    const result = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const missingSheet = sheets.getItemOrNullObject("KPI Data").load("name");
      const present = sheets.getItemOrNullObject("sheet1").load("name");
      const table = context.workbook.tables.getItemOrNullObject("KpiData");
      const chart = present.charts.getItemOrNullObject("KpiScoresChart");
      expect(() => missingSheet.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      return [
        missingSheet.isNullObject,
        missingSheet.name,
        present.isNullObject,
        present.name,
        table.isNullObject,
        chart.isNullObject,
      ];
    });
    expect(result).toEqual([true, null, false, "Sheet1", true, true]);
  });

  it("fails a write on a null object with ItemNotFound", async () => {
    const { run } = setup();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("what the preview does not simulate", () => {
  const reported: string[] = [];
  beforeAll(() => reportNotSimulatedTo((error) => reported.push(error.message)));
  afterAll(() => reportNotSimulatedTo(() => undefined));

  it.each<[string, (context: any) => unknown, string]>([
    [
      "a Range method",
      (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").merge(),
      "Excel.Range.merge",
    ],
    [
      "a Range property",
      (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").valueTypes,
      "Excel.Range.valueTypes",
    ],
    ["a Workbook member", (c) => c.workbook.getSelectedRange(), "Excel.Workbook.getSelectedRange"],
    ["a context member", (c) => c.application, "Excel.RequestContext.application"],
    [
      "loading a property",
      (c) => c.workbook.worksheets.getItem("Sheet1").load("visibility"),
      "loading Excel.Worksheet.visibility",
    ],
    [
      "setting a property",
      (c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1").rowHeight = 3),
      "setting Excel.Range.rowHeight",
    ],
    [
      "a conditional format type",
      (c) =>
        c.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("DataBar"),
      "conditional format type DataBar",
    ],
    [
      "a chart type",
      (c) => c.workbook.worksheets.getItem("Sheet1").charts.add("Pie", null, "Columns"),
      "chart type Pie",
    ],
  ])("throws for %s, naming it, and reports it", async (_, use, name) => {
    const { run } = setup();
    await expect(run(async (context) => use(context))).rejects.toThrow(
      `Preview does not simulate ${name}`
    );
    expect(reported.at(-1)).toBe(`Preview does not simulate ${name}`);
  });

  it("names an unsimulated member of the Excel namespace", () => {
    const { excel } = setup();
    expect(() => (excel as any).createWorkbook).toThrow(
      "Preview does not simulate Excel.createWorkbook"
    );
  });

  it("lets an API object be awaited and returned (it is not a thenable)", async () => {
    const { run } = setup();
    const sheet = await run(async (context) => context.workbook.worksheets.getItem("Sheet1"));
    expect(sheet).toBeDefined();
  });
});

describe("formats, rules, tables, charts", () => {
  it("applies a template-like sheet plan", async () => {
    const { run, workbook } = setup();
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
    const { run, workbook } = setup();
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
    const { run, workbook } = setup();
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
    const { run } = setup();
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
    const { run } = setup();
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

describe("selection and events", () => {
  it("selects a cell and shows its sheet", async () => {
    const { run, workbook } = setup();
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
    const { run, excel, workbook } = setup();
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
    const { run, workbook } = setup();
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

  it("keeps a #N/A typed as an error value", async () => {
    const { workbook } = setup();
    typeIntoCell(workbook, workbook.sheets[0], 0, 0, "#N/A");
    expect(workbook.value(workbook.sheets[0].id, 0, 0)).toBeInstanceOf(FormulaError);
  });
});
