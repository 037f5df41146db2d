import { simulation } from "./simulation.fixture";

describe("Excel.run and context.sync", () => {
  it("applies queued writes on sync, makes loads readable after it, and counts syncs", async () => {
    const { run, stats } = simulation();
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
    const { run, workbook, stats } = simulation();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[7]];
    });
    expect(workbook.value(workbook.sheets[0].id, 2, 2)).toBe(7);
    expect(stats.syncs).toBe(1);
  });

  it("fills one formula over a range, moving its relative references", async () => {
    const { run } = simulation();
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
    const { run } = simulation();
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
    const { run, workbook } = simulation();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = values;
        await context.sync();
      })
    ).rejects.toMatchObject({ code });
    expect(workbook.value(workbook.sheets[0].id, 0, 0)).toBeNull();
  });

  it("keeps the operations before a failing one and drops the rest", async () => {
    const { run, workbook } = simulation();
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
    const { run } = simulation();
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
    const { run } = simulation();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
