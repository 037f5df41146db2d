import {
  DATA_COLUMNS,
  DATA_SHEET,
  LISTS_SHEET,
  SUMMARY_SHEET,
  columnLetter,
} from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { sheetNamed } from "../preview/excel-api/cells.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import { formatArea } from "../preview/workbook/area";
import { createExcelWorkbookPort } from "./excel-workbook-port";

/**
 * How the adapters call Excel, seen through the simulation's log of writes (`calls`): whole blocks rather than
 * cells, one table, one chart, one `rows.add` for the missing items, nothing written before a refusal. Outcomes,
 * refusals, error codes and round trips are in port-on-simulation.test.ts and round-trips.test.ts.
 */
const OPTIONS: TemplateOptions = { city: "Ålesund", reportingYear: 2024, scope: "all", lang: "en" };
const LAST_COLUMN = columnLetter(DATA_COLUMNS.length);

/** A workbook holding the template inserted for `scope`, then a fresh log and counter, on ExcelApi `apiVersion`. */
async function withTemplate(scope: TemplateOptions["scope"], apiVersion = "1.13") {
  const sim = simulation({ apiVersion, log: true });
  const port = createExcelWorkbookPort(sim.host);
  const inserted = await port.insertTemplate({ ...OPTIONS, scope });
  if (!inserted.ok) throw new Error(inserted.error.code);
  sim.calls.length = 0;
  sim.stats.syncs = 0;
  return { ...sim, port };
}

describe("call shapes of Insert", () => {
  it("writes whole blocks, one table, one chart and rules per range, not per cell", async () => {
    const sim = simulation({ log: true });
    await createExcelWorkbookPort(sim.host).insertTemplate(OPTIONS);
    const data = sim.calls.filter((call) => call.sheet === DATA_SHEET);
    const addresses = data.map((call) => call.address);
    expect(addresses).toContain("A5:J116");
    expect(addresses).toContain("R5:T116");
    expect(data.length).toBeLessThan(450);
    expect(sim.workbook.tables).toHaveLength(1);
    expect(formatArea(sim.workbook.tables[0].area)).toBe(`A4:${LAST_COLUMN}116`);
    expect(sheetNamed(sim.workbook, SUMMARY_SHEET).charts).toHaveLength(1);
    // Header rows and the id … KPI columns stay in view (A–E: dataColumn("kpi") is 5).
    const dataSheet = sheetNamed(sim.workbook, DATA_SHEET);
    expect([dataSheet.frozenRows, dataSheet.frozenColumns]).toEqual([4, 5]);
    expect(sim.workbook.activeSheetId).toBe(dataSheet.id);
  });
});

describe("call shapes of Update", () => {
  it("grows the table over the blank rows below it with table.resize (ExcelApi 1.13)", async () => {
    const sim = await withTemplate("core");
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(sim.stats.syncs).toBe(3);
    expect(sim.calls.filter((call) => call.what === "rows.add")).toEqual([]);
    expect(formatArea(sim.workbook.tables[0].area)).toBe(`A4:${LAST_COLUMN}116`);
  });

  it("appends the missing items as table rows where table.resize is missing", async () => {
    const sim = await withTemplate("core", "1.12");
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(sim.stats.syncs).toBe(3);
    const added = sim.calls.filter((call) => call.what === "rows.add");
    expect(added).toEqual([
      { sheet: DATA_SHEET, address: `A72:${LAST_COLUMN}116`, what: "rows.add" },
    ]);
    expect(formatArea(sim.workbook.tables[0].area)).toBe(`A4:${LAST_COLUMN}116`);
  });

  it("updates a complete template in three round trips, adding no sheet", async () => {
    const sim = await withTemplate("all");
    expect((await sim.port.updateTemplate(OPTIONS)).ok).toBe(true);
    expect(sim.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      "Sheet1",
      DATA_SHEET,
      SUMMARY_SHEET,
      LISTS_SHEET,
    ]);
    expect(sim.stats.syncs).toBe(3);
  });

  it.each([
    [
      "the data sheet is protected",
      (s: Sim) => (sheetNamed(s.workbook, DATA_SHEET).protected = true),
    ],
    [
      "the Summary is protected",
      (s: Sim) => (sheetNamed(s.workbook, SUMMARY_SHEET).protected = true),
    ],
    [
      "the data sheet is filtered",
      (s: Sim) => (sheetNamed(s.workbook, DATA_SHEET).autoFilter.isDataFiltered = true),
    ],
    [
      "the table is filtered",
      (s: Sim) => (s.workbook.tables[0].autoFilter = { isDataFiltered: true }),
    ],
  ])("refuses to update when %s, before any write", async (_, damage) => {
    const sim = await withTemplate("all");
    damage(sim);
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok).toBe(false);
    expect(sim.calls).toEqual([]);
  });

  it("reads without writing", async () => {
    const sim = await withTemplate("all");
    expect((await sim.port.readSheet()).ok).toBe(true);
    expect(await sim.port.hasTemplate()).toEqual({ ok: true, value: true });
    expect(sim.calls).toEqual([]);
  });
});

type Sim = Awaited<ReturnType<typeof withTemplate>>;

describe("protection (the simulation refuses as Excel does)", () => {
  it("Excel refuses a write to a protected sheet with AccessDenied, which the port reads as PROTECTED", async () => {
    const sim = await withTemplate("all");
    sheetNamed(sim.workbook, DATA_SHEET).protected = true;
    const result = await sim.port.convertTextNumber("'KPI Data'!K5", "", 1);
    expect(result.ok ? "ok" : result.error.code).toBe("PROTECTED");
    expect(sim.calls).toEqual([]);
  });

  it("Excel refuses a sheet added to a protected workbook; Insert refuses first, adding nothing", async () => {
    const sim = simulation({ log: true });
    sim.workbook.protected = true;
    const refused = await sim.run(async (context) => {
      context.workbook.worksheets.add("Mine");
      return context.sync().then(
        () => "added",
        (error: { code: string }) => error.code
      );
    });
    expect(refused).toBe("AccessDenied");
    const result = await createExcelWorkbookPort(sim.host).insertTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe("PROTECTED");
    expect(sim.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(sim.calls).toEqual([]);
  });
});
