/**
 * Update writes only the cells the template owns (docs/data-safety.md): a user's rows, notes, formulas and
 * validation survive; missing items go inside the table or nowhere; a filtered sheet is refused (office-js #224).
 * On the preview's simulation of Excel, whose log (`calls`) holds every write that ran.
 */
import {
  DATA_COLUMNS,
  DATA_SHEET,
  columnLetter,
  dataColumn,
  rowFormulas,
} from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import {
  contentsOf,
  rowsOf,
  sheetNamed,
  shown,
  typeInto,
} from "../preview/excel-api/cells.fixture";
import { insertRow } from "../preview/excel-api/row-edits.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import { formatArea, parseArea } from "../preview/workbook/area";
import type { SimWorkbook } from "../preview/workbook/workbook";
import { createExcelWorkbookPort } from "./excel-workbook-port";

const LAST_COLUMN = columnLetter(DATA_COLUMNS.length);
/** A cell two columns right of the table, row 200. */
const RIGHT_OF_TABLE = `${columnLetter(DATA_COLUMNS.length + 2)}200`;

const OPTIONS: TemplateOptions = { city: "Bergen", reportingYear: 2024, scope: "all", lang: "en" };

async function inserted(options: TemplateOptions = OPTIONS, apiVersion = "1.13") {
  const sim = simulation({ apiVersion, log: true });
  const port = createExcelWorkbookPort(sim.host);
  const result = await port.insertTemplate(options);
  if (!result.ok) throw new Error(`insert failed: ${JSON.stringify(result.error)}`);
  sim.calls.length = 0;
  const data = sheetNamed(sim.workbook, DATA_SHEET);
  const at = (address: string) => shown(sim.workbook, DATA_SHEET, address);
  const type = (address: string, value: string | number) =>
    typeInto(sim.workbook, DATA_SHEET, address, value);
  return { ...sim, port, data, at, type };
}

/** Logged writes of cell content or formats on the data sheet that reach any of these 1-based rows. */
const writesIn = (
  sim: { calls: { sheet: string; address: string; what: string }[] },
  rows: number[]
) =>
  sim.calls.filter(
    (call) => call.sheet === DATA_SHEET && rowsOf(call).some((row) => rows.includes(row))
  );

/** Every cell of every sheet, with formats and validation: what a user could see change. */
function everything(workbook: SimWorkbook): string {
  return JSON.stringify(
    workbook.sheets.map((sheet) => [
      sheet.name,
      [...sheet.storedCells()].sort((a, b) => a.row - b.row || a.col - b.col),
      sheet.conditionalFormats.map((rule) => [rule.area, rule.formula, rule.fill, rule.fontColor]),
    ])
  );
}

describe("a user's own rows", () => {
  it("inserted in the middle of the table: not a cell written, formulas and notes kept", async () => {
    const sim = await inserted();
    insertRow(sim.workbook, sim.data, 50);
    expect(formatArea(sim.workbook.tables[0].area)).toBe(`A4:${LAST_COLUMN}117`);
    sim.type("A50", "CITY: OWN: 1");
    sim.type("K50", 42);
    sim.type("S50", "=K50/10*100");
    sim.type("R50", "our own status");
    sim.calls.length = 0;
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error).toBe("ok");
    expect([sim.at("A50"), sim.at("K50"), sim.at("S50"), sim.at("R50")]).toEqual([
      "CITY: OWN: 1",
      42,
      "=K50/10*100",
      "our own status",
    ]);
    expect(writesIn(sim, [50])).toEqual([]);
    // The row's neighbours are still the template's, formulas on their own rows.
    expect(String(sim.at("R51"))).toBe(
      rowFormulas(51, "en", [dataColumn("status"), dataColumn("status")])[0]
    );
    // Update set rules, and none of them on the user's row.
    const rules = sim.calls.filter((call) => call.what === "dataValidation");
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((call) => rowsOf(call).includes(50))).toEqual([]);
  });

  it("below the table: notes, totals and the user's validation survive untouched", async () => {
    const sim = await inserted();
    sim.type("S118", "=AVERAGE(S5:S116)");
    sim.type("R118", "Average score");
    sim.type("S120", "=SUM(S5:S116)");
    const rule = {
      criterion: { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 0 },
      rowOffset: 0,
      colOffset: 0,
      ignoreBlanks: true,
    } as const;
    for (let row = 117; row <= 129; row++) sim.data.updateCell(row, 11, { validation: rule }); // L118:L130
    const before = contentsOf(sim.workbook, DATA_SHEET);
    expect((await sim.port.updateTemplate(OPTIONS)).ok).toBe(true);
    expect(writesIn(sim, [117, 118, 119, 120])).toEqual([]);
    const after = contentsOf(sim.workbook, DATA_SHEET);
    for (const key of ["117,18", "117,17", "119,18"]) expect(after.get(key)).toBe(before.get(key));
    expect(sim.data.cell(117, 11).validation).toBe(rule);
    expect(sim.data.cell(129, 11).validation).toBe(rule);
  });
});

describe("missing items", () => {
  it("are added inside the table over the blank rows below it (table.resize, ExcelApi 1.13)", async () => {
    const sim = await inserted({ ...OPTIONS, scope: "core" }, "1.13");
    sim.type("E200", "far below: left alone");
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(formatArea(sim.workbook.tables[0].area)).toBe(`A4:${LAST_COLUMN}116`);
    expect(sim.at("E200")).toBe("far below: left alone");
    expect(writesIn(sim, [200])).toEqual([]);
  });

  it("are added by table.rows.add before ExcelApi 1.13 when nothing is below the table", async () => {
    const sim = await inserted({ ...OPTIONS, scope: "core" }, "1.12");
    sim.type(RIGHT_OF_TABLE, "right of the table: never shifted");
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(formatArea(sim.workbook.tables[0].area)).toBe(`A4:${LAST_COLUMN}116`);
    expect(sim.at(RIGHT_OF_TABLE)).toBe("right of the table: never shifted");
  });

  it("are refused before ExcelApi 1.13 when rows.add would shift a user's cell down", async () => {
    const sim = await inserted({ ...OPTIONS, scope: "core" }, "1.12");
    sim.type("E200", "far below");
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error).toEqual({
      code: "NO_ROOM",
      detail: expect.stringContaining("E200"),
    });
    expect(sim.calls).toEqual([]);
  });

  it("are not written over a user's text below the table: NO_ROOM, nothing written", async () => {
    const sim = await inserted({ ...OPTIONS, scope: "core" });
    sim.type("E75", "Notes for the council:");
    const before = everything(sim.workbook);
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result).toEqual({
      ok: false,
      error: { code: "NO_ROOM", detail: expect.stringContaining("E75") },
    });
    expect(sim.calls).toEqual([]);
    expect(everything(sim.workbook)).toBe(before);
  });

  it("are not written over a formula that shows nothing", async () => {
    const sim = await inserted({ ...OPTIONS, scope: "core" });
    sim.type("C80", '=IF(TRUE,"")');
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe("NO_ROOM");
    expect(sim.calls).toEqual([]);
  });
});

describe("filters (office-js #224: writes under a filter land in the wrong cells)", () => {
  type Sim = Awaited<ReturnType<typeof inserted>>;
  it.each([
    ["the sheet's filter", "1.9", (sim: Sim) => (sim.data.autoFilter.isDataFiltered = true)],
    [
      "the table's filter",
      "1.9",
      (sim: Sim) => (sim.workbook.tables[0].autoFilter = { isDataFiltered: true }),
    ],
    [
      "hidden rows where autoFilter is not available (ExcelApi 1.8)",
      "1.8",
      (sim: Sim) => sim.data.hiddenRows.add(parseArea("A30")!.top),
    ],
  ])("refuses under %s, writing nothing", async (_, version, filter) => {
    const sim = await inserted(OPTIONS, version);
    filter(sim);
    const before = everything(sim.workbook);
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe("FILTERED");
    expect(sim.calls).toEqual([]);
    expect(everything(sim.workbook)).toBe(before);
  });

  it("updates an unfiltered sheet on ExcelApi 1.8 too", async () => {
    const sim = await inserted(OPTIONS, "1.8");
    expect((await sim.port.updateTemplate(OPTIONS)).ok).toBe(true);
  });
});

it("a second Update changes nothing", async () => {
  const sim = await inserted({ ...OPTIONS, scope: "core" });
  await sim.port.updateTemplate(OPTIONS);
  const snapshot = everything(sim.workbook);
  await sim.port.updateTemplate(OPTIONS);
  expect(everything(sim.workbook)).toBe(snapshot);
  expect(formatArea(sim.workbook.tables[0].area)).toBe(`A4:${LAST_COLUMN}116`);
});
