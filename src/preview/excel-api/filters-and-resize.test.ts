import { simulation } from "./simulation.fixture";

/** A sheet "Data" with a table over A1:B3 (header + 2 rows) and values in A4:B5 below it. */
async function withTable() {
  const sim = simulation();
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Data");
    sheet.getRange("A1:B5").values = [
      ["id", "value"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ];
    sheet.tables.add("Data!A1:B3", true).name = "T";
    await context.sync();
  });
  sim.stats.syncs = 0;
  const data = sim.workbook.sheetByName("Data")!;
  const table = sim.workbook.tableByName("T")!;
  return { ...sim, data, table };
}

describe("autoFilter.isDataFiltered of worksheets and tables (ExcelApi 1.9)", () => {
  it("reads only after load() and the sync, false while nothing is filtered", async () => {
    const { run } = await withTable();
    // Read through a function: office-addins lint rightly flags a read before load(), which this test wants.
    const filtered = (filter: { isDataFiltered: boolean }) => filter.isDataFiltered;
    const read = await run(async (context) => {
      const sheetFilter = context.workbook.worksheets.getItem("Data").autoFilter;
      const tableFilter = context.workbook.tables.getItemOrNullObject("T").autoFilter;
      expect(() => filtered(sheetFilter)).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      sheetFilter.load("isDataFiltered");
      tableFilter.load("isDataFiltered");
      expect(() => filtered(tableFilter)).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      return [sheetFilter.isDataFiltered, tableFilter.isDataFiltered];
    });
    expect(read).toEqual([false, false]);
  });

  it("gives the filter state a test set, the sheet's and the table's apart", async () => {
    const { run, data, table } = await withTable();
    const read = async () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data").load("autoFilter/isDataFiltered");
        const t = context.workbook.tables
          .getItemOrNullObject("T")
          .load("autoFilter/isDataFiltered");
        await context.sync();
        return [sheet.autoFilter.isDataFiltered, t.autoFilter.isDataFiltered];
      });
    data.autoFilter.isDataFiltered = true;
    await expect(read()).resolves.toEqual([true, false]);
    data.autoFilter.isDataFiltered = false;
    table.autoFilter = { isDataFiltered: true };
    await expect(read()).resolves.toEqual([false, true]);
  });

  it("reads the value at the sync, not when load() was called", async () => {
    const { run, data } = await withTable();
    const read = await run(async (context) => {
      const filter = context.workbook.worksheets.getItem("Data").autoFilter.load("isDataFiltered");
      data.autoFilter.isDataFiltered = true;
      await context.sync();
      return filter.isDataFiltered;
    });
    expect(read).toBe(true);
  });

  it.each<[string, (context: any) => unknown, string]>([
    [
      "enabled (the adapters do not read it)",
      (c) => c.workbook.worksheets.getItem("Data").autoFilter.load("enabled"),
      "loading Excel.AutoFilter.enabled",
    ],
    [
      "apply()",
      (c) => c.workbook.tables.getItemOrNullObject("T").autoFilter.apply("A1:B3"),
      "Excel.AutoFilter.apply",
    ],
    [
      "criteria",
      (c) => c.workbook.worksheets.getItem("Data").autoFilter.criteria,
      "Excel.AutoFilter.criteria",
    ],
  ])("does not simulate %s", async (_, use, name) => {
    const { run } = await withTable();
    await expect(run(async (context) => use(context))).rejects.toThrow(
      `Preview does not simulate ${name}`
    );
  });
});

describe("range.rowHidden (ExcelApi 1.2)", () => {
  it("is false with no hidden row, null with some, true with all", async () => {
    const { run, data } = await withTable();
    data.hiddenRows.add(2);
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const ranges = ["A1:B2", "A1:B5", "A3:B3"].map((a) => sheet.getRange(a).load("rowHidden"));
      expect(() => ranges[0].rowHidden).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      return ranges.map((range) => range.rowHidden);
    });
    expect(read).toEqual([false, null, true]);
  });
});

describe("table.resize (ExcelApi 1.13)", () => {
  it("takes in the rows below without moving or writing a cell", async () => {
    const { run, workbook, data, table, stats } = await withTable();
    const address = await run(async (context) => {
      const t = context.workbook.tables.getItemOrNullObject("T");
      t.resize("Data!A1:B5");
      expect(table.area.bottom).toBe(2);
      const range = t.getRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Data!A1:B5");
    expect(stats.syncs).toBe(1);
    expect(workbook.value(data.id, 3, 0)).toBe("c");
    expect(workbook.value(data.id, 4, 1)).toBe(4);
    expect(workbook.value(data.id, 5, 0)).toBeNull();
  });

  it("takes a Range, and may shrink the table to one data row", async () => {
    const { run, table } = await withTable();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      context.workbook.tables.getItemOrNullObject("T").resize(range);
      await context.sync();
    });
    expect(table.area).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });

  it.each([
    ["drops the header row", "Data!A2:B5", "the header row must stay in the same row"],
    ["does not overlap the table", "Data!D1:E5", "the new range must overlap the table"],
    [
      "leaves no data row under the header",
      "Data!A1:B1",
      "a table needs a data row under its header",
    ],
    ["is on another sheet", "Sheet1!A1:B5", "the range is on another sheet"],
    ["is on no sheet", "Nope!A1:B5", "No sheet for the address Nope!A1:B5"],
  ])("refuses a range that %s (InvalidArgument), the table unchanged", async (_, address, why) => {
    const { run, table } = await withTable();
    const resized = run(async (context) => {
      context.workbook.tables.getItemOrNullObject("T").resize(address);
      await context.sync();
    });
    await expect(resized).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(resized).rejects.toThrow(why);
    expect(table.area).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
  });

  it("refuses to overlap another table", async () => {
    const { run, table } = await withTable();
    const resized = run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("Data!A5:B6", true);
      context.workbook.tables.getItemOrNullObject("T").resize("Data!A1:B6");
      await context.sync();
    });
    await expect(resized).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(resized).rejects.toThrow("a table can't overlap another");
    expect(table.area.bottom).toBe(2);
  });

  it("refuses an argument that is neither a Range nor an address when called", async () => {
    const { run, stats } = await withTable();
    const resized = run(async (context) => {
      context.workbook.tables.getItemOrNullObject("T").resize(5);
    });
    await expect(resized).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(stats.syncs).toBe(0);
  });

  it.each([
    ["an address naming no sheet", "A1:B5", "Table.resize with an address that names no sheet"],
    ["a change of columns", "Data!A1:C5", "Table.resize changing the table's columns"],
  ])("does not simulate %s", async (_, address, name) => {
    const { run } = await withTable();
    const resized = run(async (context) => {
      context.workbook.tables.getItemOrNullObject("T").resize(address);
      await context.sync();
    });
    await expect(resized).rejects.toThrow(`Preview does not simulate ${name}`);
  });

  it("fails the sync with ItemNotFound when the table is gone", async () => {
    const { run } = await withTable();
    const resized = run(async (context) => {
      context.workbook.tables.getItemOrNullObject("Gone").resize("Data!A1:B5");
      await context.sync();
    });
    await expect(resized).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
