import { ITEMS } from "../domain/catalog";
import { DATA_SHEET, LISTS_SHEET, SUMMARY_SHEET } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { sheetNamed, shown, typeInto, writtenCells } from "../preview/excel-api/cells.fixture";
import { deleteRow, swapRows } from "../preview/excel-api/row-edits.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import { shiftFormula } from "../preview/formula";
import { formatArea } from "../preview/workbook/area";
import type { SimWorkbook } from "../preview/workbook/workbook";
import { createExcelWorkbookPort } from "./excel-workbook-port";

/** insert → fill → update → compare, on the preview's simulation of Excel with its log of writes (`calls`). */
const OPTIONS: TemplateOptions = { city: "Ålesund", reportingYear: 2024, scope: "all", lang: "en" };
const INPUT_COLUMNS = ["K", "L", "M", "N", "O", "P", "Q"];

/** Every input cell of the data sheet (rows 5…last) and the Summary's city and year, as the user sees them. */
function inputs(book: SimWorkbook, lastRow: number): Record<string, unknown> {
  const cells: Record<string, unknown> = {
    B2: shown(book, SUMMARY_SHEET, "B2"),
    B3: shown(book, SUMMARY_SHEET, "B3"),
  };
  for (let row = 5; row <= lastRow; row++) {
    for (const col of INPUT_COLUMNS)
      cells[`${col}${row}`] = shown(book, DATA_SHEET, `${col}${row}`);
  }
  return cells;
}

/** The data validation a cell of the data sheet has, its formula written for that cell (as Excel shows it). */
function ruleAt(book: SimWorkbook, row: number, col: number) {
  const v = sheetNamed(book, DATA_SHEET).cell(row - 1, col - 1).validation;
  if (!v) return undefined;
  const c = v.criterion;
  return c.type === "custom"
    ? { custom: { formula: shiftFormula(c.formula, v.rowOffset, v.colOffset) } }
    : c;
}

/** How many cells of a sheet have data validation, and how many conditional formats it has. */
function ruleCounts(book: SimWorkbook, name: string): [number, number] {
  const sheet = sheetNamed(book, name);
  const validated = [...sheet.storedCells()].filter(({ cell }) => cell.validation).length;
  return [validated, sheet.conditionalFormats.length];
}

/** What a statistician types: values, years, quality, sources, a contextualised target, a cleared one. */
function fill(book: SimWorkbook): void {
  const typed: [string, string | number][] = [
    ["K5", 93],
    ["L5", 2021],
    ["M5", "Personal estimation"],
    ["N5", "Statistics Norway"],
    ["O5", "survey 2021"],
    ["P5", 95],
    ["Q5", "Ministry target 2030"],
    ["K6", "NR"],
    ["K7", "12.67 Minutes"],
    ["P8", ""],
    ["K60", 0],
  ];
  typed.forEach(([address, value]) => typeInto(book, DATA_SHEET, address, value));
  typeInto(book, SUMMARY_SHEET, "B2", "Bergen");
}

async function inserted(options: TemplateOptions = OPTIONS) {
  const sim = simulation({ log: true });
  const port = createExcelWorkbookPort(sim.host);
  const result = await port.insertTemplate(options);
  if (!result.ok) throw new Error(`insert failed: ${JSON.stringify(result.error)}`);
  sim.calls.length = 0;
  const book = sim.workbook;
  const data = sheetNamed(book, DATA_SHEET);
  const at = (address: string) => shown(book, DATA_SHEET, address);
  return { ...sim, book, data, at, port };
}

describe("insert → fill → update → compare", () => {
  it("freezes the header rows and the id … KPI columns on insert; Update leaves the user's panes as they are", async () => {
    const { book, data, port } = await inserted();
    expect([data.frozenRows, data.frozenColumns]).toEqual([4, 5]);
    expect(sheetNamed(book, SUMMARY_SHEET).frozenColumns).toBe(0);
    // Frozen panes of an existing sheet are the user's view (docs/data-safety.md): Update does not re-freeze them.
    data.frozenRows = 0;
    data.frozenColumns = 0;
    await port.updateTemplate({ ...OPTIONS, lang: "en" });
    expect([data.frozenRows, data.frozenColumns]).toEqual([0, 0]);
  });

  it("keeps every input cell identical and never writes one", async () => {
    const { book, calls, stats, port } = await inserted();
    fill(book);
    const before = inputs(book, 116);
    const syncsBefore = stats.syncs;
    calls.length = 0;

    const result = await port.updateTemplate({
      ...OPTIONS,
      lang: "fr",
      city: "Oslo",
      reportingYear: 2030,
    });

    expect(result).toEqual({
      ok: true,
      value: {
        rows: 112,
        keptInputCells: expect.any(Number),
        sheets: [DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET],
      },
    });
    expect(stats.syncs - syncsBefore).toBe(3);
    expect(inputs(book, 116)).toEqual(before);
    const written = writtenCells(calls, DATA_SHEET);
    expect(written.size).toBeGreaterThan(0);
    const inputAddresses = Object.keys(before).filter((a) => a !== "B2" && a !== "B3");
    expect(inputAddresses.filter((a) => written.has(a))).toEqual([]);
    expect(writtenCells(calls, SUMMARY_SHEET).has("B2")).toBe(false);
  });

  it("refreshes labels, formulas and rules in place (French headers, same rules, one chart)", async () => {
    const { book, at, port } = await inserted();
    const rules = ruleCounts(book, DATA_SHEET);
    typeInto(book, DATA_SHEET, "R5", "overwritten status");
    typeInto(book, DATA_SHEET, "E5", "a KPI name typed over");
    await port.updateTemplate({ ...OPTIONS, lang: "fr" });
    expect(at("K4")).toBe("Valeur");
    expect(at("E5")).toBe(ITEMS[0].name);
    expect(String(at("AH5"))).toMatch(/^=IF\(OR\(AA5="CELL_ERROR".*", Erreur de cellule"/);
    expect(ruleCounts(book, DATA_SHEET)).toEqual(rules);
    expect(sheetNamed(book, SUMMARY_SHEET).charts).toHaveLength(1);
    expect(shown(book, LISTS_SHEET, "C5")).toBe("Oui");
  });

  it("reads back what was typed, with the Summary's year and city", async () => {
    const { book, calls, stats, port } = await inserted();
    fill(book);
    await port.updateTemplate(OPTIONS);
    const [writes, syncs] = [calls.length, stats.syncs];
    const result = await port.readSheet();
    if (!result.ok) throw new Error(result.error.code);
    expect([calls.length, stats.syncs - syncs]).toEqual([writes, 2]);
    expect(result.value.rows).toHaveLength(112);
    expect(result.value.rows[0]).toMatchObject({
      id: ITEMS[0].id,
      value: 93,
      year: 2021,
      quality: "Personal estimation",
      target: 95,
    });
    expect(result.value.rows[2].value).toBe("12.67 Minutes");
    expect([result.value.city, result.value.reportingYear]).toEqual(["Bergen", 2024]);
    expect(result.value.structureProblems).toEqual([]);
  });
});

describe("update with a changed sheet", () => {
  it("grows a core template to all items through the table, keeping the core rows' inputs", async () => {
    const { book, at, port } = await inserted({ ...OPTIONS, scope: "core" });
    fill(book);
    const before = inputs(book, 71);
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(inputs(book, 71)).toEqual(before);
    expect(formatArea(book.tables[0].area)).toBe("A4:AH116");
    const read = await port.readSheet();
    expect(read.ok && read.value.structureProblems).toEqual([]);
    const ids = Array.from({ length: 112 }, (_, i) => at(`A${5 + i}`));
    expect(new Set(ids)).toEqual(new Set(ITEMS.map((item) => item.id)));
    expect(Array.from({ length: 34 }, (_, c) => ruleAt(book, 116, c + 1)).some(Boolean)).toBe(true);
  });

  it("appends the items of deleted rows and leaves the other rows' inputs where they are", async () => {
    const { book, data, at, port } = await inserted();
    fill(book);
    const deleted = [at("A9"), at("A10")];
    deleteRow(book, data, 9);
    deleteRow(book, data, 9);
    expect(formatArea(book.tables[0].area)).toBe("A4:AH114");
    const read = await port.readSheet();
    expect(read.ok && read.value.structureProblems).toEqual([
      expect.stringContaining("2 item(s) of the template are missing"),
    ]);
    const before = inputs(book, 114);
    await port.updateTemplate(OPTIONS);
    expect(inputs(book, 114)).toEqual(before);
    expect([at("A115"), at("A116")]).toEqual(deleted);
  });

  it("rewrites reference cells and rules from each row's own id after a sort", async () => {
    const { book, data, at, port } = await inserted();
    fill(book);
    const yesNoRow = 5 + ITEMS.findIndex((item) => item.direction === "yesno");
    swapRows(book, data, 5, yesNoRow);
    await port.updateTemplate(OPTIONS);
    expect(at(`K${yesNoRow}`)).toBe(93);
    expect(at(`A${yesNoRow}`)).toBe(ITEMS[0].id);
    expect(ruleAt(book, 5, 11)).toEqual({
      custom: { formula: expect.stringContaining(`OR(K5=0,K5=1)`) },
    });
    expect(ruleAt(book, yesNoRow, 11)).toEqual({
      custom: { formula: expect.stringContaining(`K${yesNoRow}<=100`) },
    });
  });

  it("leaves a row the user added for a local indicator as it is", async () => {
    const { book, at, calls, port } = await inserted();
    typeInto(book, DATA_SHEET, "A117", "CITY: OWN: 1");
    typeInto(book, DATA_SHEET, "E117", "Cycling satisfaction");
    typeInto(book, DATA_SHEET, "K117", 7.5);
    await port.updateTemplate(OPTIONS);
    expect([at("A117"), at("E117"), at("K117")]).toEqual([
      "CITY: OWN: 1",
      "Cycling satisfaction",
      7.5,
    ]);
    // Below the table: the user's row, not a cell of it written (docs/data-safety.md).
    expect(at("R117")).toBe("");
    expect([...writtenCells(calls, DATA_SHEET)].filter((a) => /\D117$/.test(a))).toEqual([]);
  });

  it("re-creates a deleted Summary (with the options' city and year) and its chart", async () => {
    const { book, port } = await inserted();
    book.sheets.splice(book.sheets.indexOf(sheetNamed(book, SUMMARY_SHEET)), 1);
    await port.updateTemplate({ ...OPTIONS, city: "Karmøy" });
    expect(shown(book, SUMMARY_SHEET, "B2")).toBe("Karmøy");
    expect(sheetNamed(book, SUMMARY_SHEET).charts).toHaveLength(1);
  });
});

type Sim = Awaited<ReturnType<typeof inserted>>;

describe("bad states: a clear code, nothing typed changed", () => {
  it.each([
    ["a protected data sheet", (sim: Sim) => (sim.data.protected = true), "PROTECTED"],
    ["a renamed data sheet", (sim: Sim) => (sim.data.name = "Data 2024"), "NO_TEMPLATE"],
    [
      "a moved column",
      (sim: Sim) => {
        typeInto(sim.book, DATA_SHEET, "K4", "Notes");
        typeInto(sim.book, DATA_SHEET, "O4", "Value");
      },
      "TEMPLATE_DAMAGED",
    ],
    [
      "cell-edit mode",
      (sim: Sim) =>
        (sim.stats.failAt = {
          at: sim.stats.syncs + 1,
          error: Object.assign(new Error("edit"), { code: "InvalidOperationInCellEditMode" }),
        }),
      "CELL_EDIT_MODE",
    ],
  ])("update refuses %s and writes nothing", async (_, damage, code) => {
    const sim = await inserted();
    fill(sim.book);
    damage(sim);
    sim.calls.length = 0;
    const result = await sim.port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe(code);
    expect(sim.calls).toEqual([]);
  });

  it("insert refuses a workbook that has the template, and changes nothing", async () => {
    const { book, calls, port } = await inserted();
    fill(book);
    const sheets = book.sheets.length;
    calls.length = 0;
    const result = await port.insertTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe("TEMPLATE_EXISTS");
    expect(calls).toEqual([]);
    expect(book.sheets).toHaveLength(sheets);
  });

  it("reads a workbook without the template as NO_TEMPLATE", async () => {
    const result = await createExcelWorkbookPort(simulation().host).readSheet();
    expect(result.ok ? "ok" : result.error.code).toBe("NO_TEMPLATE");
  });
});
