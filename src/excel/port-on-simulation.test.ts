import { DATA_SHEET, LISTS_SHEET, SUMMARY_SHEET } from "../domain/template";
import type { PortResult, TemplateOptions, WorkbookPort } from "../domain/workbook/workbook-port";
import { createExcelGlobal } from "../preview/excel-api/excel-global";
import type { SyncStats } from "../preview/excel-api/request-context";
import { SimWorkbook } from "../preview/workbook/workbook";
import { typeIntoCell } from "../preview/workbook/user-entry";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import type { ExcelHost } from "./excel-host";

/**
 * The port on the preview's strict simulation of Excel (loads and syncs before reads, isNullObject after a sync,
 * trailing work synced and counted by Excel.run): refusals, error codes and round trips. A mock that reads unloaded
 * properties as strings could not see a missing load() or a write after the last sync (issue 9).
 */
const OPTIONS: TemplateOptions = { city: "Ålesund", reportingYear: 2024, scope: "all", lang: "en" };
const TEMPLATE = [DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET];
const codeOf = <T>(result: PortResult<T>) => (result.ok ? "ok" : result.error.code);

function simulated(
  workbook = new SimWorkbook(),
  supports: (version: string) => boolean = () => true
): {
  port: WorkbookPort;
  stats: SyncStats;
  workbook: SimWorkbook;
} {
  const stats: SyncStats = { syncs: 0 };
  const excel = createExcelGlobal(workbook, stats);
  const host: ExcelHost = {
    run: (batch, context) =>
      context ? excel.run(context, batch as never) : excel.run(batch as never),
    supports,
  };
  return { port: createExcelWorkbookPort(host), stats, workbook };
}

/** A workbook holding the template (inserted by the port itself), with fresh counters. */
async function withTemplate(options: TemplateOptions = OPTIONS) {
  const sim = simulated();
  await sim.port.insertTemplate(options);
  sim.stats.syncs = 0;
  return sim;
}

const sheetNames = (workbook: SimWorkbook) => workbook.sheets.map((sheet) => sheet.name);

describe("insertTemplate on the simulation", () => {
  it.each(["all", "core"] as const)(
    "takes two round trips whatever the rows (%s)",
    async (scope) => {
      const { port, stats, workbook } = simulated();
      const result = await port.insertTemplate({ ...OPTIONS, scope });
      expect(result).toEqual({
        ok: true,
        value: { rows: scope === "all" ? 112 : 67, keptInputCells: 0, sheets: TEMPLATE },
      });
      expect(stats.syncs).toBe(2);
      expect(sheetNames(workbook)).toEqual(["Sheet1", ...TEMPLATE]);
      expect(workbook.sheetByName(DATA_SHEET)?.frozenRows).toBe(4);
      expect(workbook.sheetByName(SUMMARY_SHEET)?.charts).toHaveLength(1);
      expect(workbook.tables).toHaveLength(1);
    }
  );

  it.each([
    ["the data sheet", [DATA_SHEET]],
    ["the Lists sheet only", [LISTS_SHEET]],
  ])(
    "refuses with TEMPLATE_EXISTS when %s exists, after one round trip and no write",
    async (_, names) => {
      const workbook = new SimWorkbook();
      names.forEach((name) => workbook.addSheet(name));
      const { port, stats } = simulated(workbook);
      expect(codeOf(await port.insertTemplate(OPTIONS))).toBe("TEMPLATE_EXISTS");
      expect(stats.syncs).toBe(1);
      expect(sheetNames(workbook)).toEqual(["Sheet1", ...names]);
    }
  );

  it("refuses with TEMPLATE_EXISTS when the table lives on a renamed sheet", async () => {
    const { port, stats, workbook } = await withTemplate();
    workbook.sheetByName(DATA_SHEET)!.name = "Old data";
    workbook.sheets
      .filter((sheet) => sheet.name !== "Old data" && sheet.name !== "Sheet1")
      .forEach((sheet) => (sheet.name = `${sheet.name} (old)`));
    expect(codeOf(await port.insertTemplate(OPTIONS))).toBe("TEMPLATE_EXISTS");
    expect(stats.syncs).toBe(1);
  });

  it("refuses with PROTECTED when the workbook structure is protected", async () => {
    const workbook = new SimWorkbook();
    workbook.protected = true;
    const { port } = simulated(workbook);
    expect(codeOf(await port.insertTemplate(OPTIONS))).toBe("PROTECTED");
    expect(sheetNames(workbook)).toEqual(["Sheet1"]);
  });

  it.each([
    ["InvalidOperationInCellEditMode", 1, "CELL_EDIT_MODE"],
    ["InvalidOperationInCellEditMode", 2, "CELL_EDIT_MODE"],
    ["AccessDenied", 2, "PROTECTED"],
    ["GeneralException", 2, "UNKNOWN"],
  ])("maps %s at round trip %i to %s", async (code, at, expected) => {
    const { port, stats } = simulated();
    stats.failAt = { at, error: Object.assign(new Error(`${code}!`), { code }) };
    const result = await port.insertTemplate(OPTIONS);
    expect(result).toEqual({ ok: false, error: { code: expected, detail: `${code}: ${code}!` } });
  });
});

describe("updateTemplate, readSheet and hasTemplate on the simulation", () => {
  it("updates in three round trips and adds no sheet to a complete template", async () => {
    const { port, stats, workbook } = await withTemplate();
    expect(codeOf(await port.updateTemplate(OPTIONS))).toBe("ok");
    expect(stats.syncs).toBe(3);
    expect(sheetNames(workbook)).toEqual(["Sheet1", ...TEMPLATE]);
  });

  it("appends the missing items when a core template is updated to all", async () => {
    const { port, stats, workbook } = await withTemplate({ ...OPTIONS, scope: "core" });
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(stats.syncs).toBe(3);
    // table.resize (ExcelApi 1.13) took the rows written below it in: header row 4, 112 items.
    expect(workbook.tables[0].area).toMatchObject({ top: 3, bottom: 3 + 112 });
  });

  it.each([
    [
      "the data sheet is filtered",
      (w: SimWorkbook) => (w.sheetByName(DATA_SHEET)!.autoFilter.isDataFiltered = true),
    ],
    [
      "its table is filtered",
      (w: SimWorkbook) => (w.tables[0].autoFilter = { isDataFiltered: true }),
    ],
  ])("refuses with FILTERED when %s, after two round trips and no write", async (_, filter) => {
    const { port, stats, workbook } = await withTemplate({ ...OPTIONS, scope: "core" });
    filter(workbook);
    const cells = () => JSON.stringify([...workbook.sheetByName(DATA_SHEET)!.storedCells()]);
    const before = cells();
    expect(codeOf(await port.updateTemplate(OPTIONS))).toBe("FILTERED");
    expect(stats.syncs).toBe(2);
    expect(cells()).toBe(before);
    expect(workbook.tables[0].area.bottom).toBe(3 + 67);
  });

  it("refuses with FILTERED on a hidden row where ExcelApi 1.9 is missing (range.rowHidden)", async () => {
    const { workbook } = await withTemplate();
    const below19 = (version: string) => Number(version.split(".")[1]) < 9;
    const { port, stats } = simulated(workbook, below19);
    expect(codeOf(await port.updateTemplate(OPTIONS))).toBe("ok");
    workbook.sheetByName(DATA_SHEET)!.hiddenRows.add(10);
    stats.syncs = 0;
    expect(codeOf(await port.updateTemplate(OPTIONS))).toBe("FILTERED");
    expect(stats.syncs).toBe(2);
  });

  it.each([
    ["the data sheet is protected", DATA_SHEET],
    ["the Summary is protected", SUMMARY_SHEET],
  ])("refuses to update when %s, after two round trips", async (_, name) => {
    const { port, stats, workbook } = await withTemplate();
    workbook.sheetByName(name)!.protected = true;
    expect(codeOf(await port.updateTemplate(OPTIONS))).toBe("PROTECTED");
    expect(stats.syncs).toBe(2);
  });

  it("refuses to update without the data sheet, after one round trip", async () => {
    const workbook = new SimWorkbook();
    workbook.addSheet(SUMMARY_SHEET);
    const { port, stats } = simulated(workbook);
    expect(codeOf(await port.updateTemplate(OPTIONS))).toBe("NO_TEMPLATE");
    expect(stats.syncs).toBe(1);
  });

  it("reads in two round trips: every row, the city and the year", async () => {
    const { port, stats } = await withTemplate();
    const result = await port.readSheet();
    expect(stats.syncs).toBe(2);
    expect(result.ok && result.value.rows.length).toBe(112);
    expect(result.ok && [result.value.city, result.value.reportingYear]).toEqual(["Ålesund", 2024]);
  });

  it("reads NO_TEMPLATE naming the sheet the data was renamed to, in two round trips", async () => {
    const { port, stats, workbook } = await withTemplate();
    workbook.sheetByName(DATA_SHEET)!.name = "Data 2024";
    const result = await port.readSheet();
    expect(codeOf(result)).toBe("NO_TEMPLATE");
    expect(result.ok ? "" : result.error.detail).toContain('"Data 2024"');
    expect(stats.syncs).toBe(2);
  });

  it("reads TEMPLATE_DAMAGED, and updates nothing, when the header row is gone", async () => {
    const { port, stats, workbook } = await withTemplate();
    const data = workbook.sheetByName(DATA_SHEET)!;
    for (let col = 0; col < 20; col++) typeIntoCell(workbook, data, 3, col, `x${col}`);
    expect(codeOf(await port.readSheet())).toBe("TEMPLATE_DAMAGED");
    stats.syncs = 0;
    expect(codeOf(await port.updateTemplate(OPTIONS))).toBe("TEMPLATE_DAMAGED");
    expect(stats.syncs).toBe(2);
    expect(data.cell(3, 0).content).toMatchObject({ value: "x0" });
  });

  it("answers hasTemplate in one round trip", async () => {
    const yes = await withTemplate();
    const no = simulated();
    await expect(yes.port.hasTemplate()).resolves.toEqual({ ok: true, value: true });
    await expect(no.port.hasTemplate()).resolves.toEqual({ ok: true, value: false });
    expect([yes.stats.syncs, no.stats.syncs]).toEqual([1, 1]);
  });
});
