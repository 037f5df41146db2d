/**
 * Update writes only the cells the template owns (docs/data-safety.md): a user's rows, notes, formulas and
 * validation survive; missing items go inside the table or nowhere; a filtered sheet is refused (office-js #224).
 */
import {
  DATA_COLUMNS,
  DATA_SHEET,
  columnLetter,
  dataColumn,
  lastRowOf,
  qualified,
  rowFormulas,
} from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { fakeExcel } from "./fake-excel.fixture";

const LAST_COLUMN = columnLetter(DATA_COLUMNS.length);
/** A cell two columns right of the table, row 200. */
const RIGHT_OF_TABLE = `${columnLetter(DATA_COLUMNS.length + 2)}200`;
import type { FakeWorkbook } from "./fake-workbook.fixture";

const OPTIONS: TemplateOptions = { city: "Bergen", reportingYear: 2024, scope: "all", lang: "en" };

async function inserted(options: TemplateOptions = OPTIONS, apiVersion = "1.9") {
  const fake = fakeExcel(undefined, apiVersion);
  const port = createExcelWorkbookPort(fake.host);
  const result = await port.insertTemplate(options);
  if (!result.ok) throw new Error(`insert failed: ${JSON.stringify(result.error)}`);
  return { ...fake, port };
}

/** Every cell of a sheet as the user sees it, by address. */
function cellsOf(book: FakeWorkbook, sheet: string): Map<string, unknown> {
  return new Map(
    [...book.must(sheet).cells.entries()].map(([key, c]) => [key, c.formula ?? c.value])
  );
}

/** Inserts a sheet row inside the table, as Excel does (the table grows by one row). */
function insertTableRow(book: FakeWorkbook, row: number): void {
  book.must(DATA_SHEET).insertRow(row);
  const table = book.tables[0];
  table.address = table.address.replace(/\d+$/, String(lastRowOf(table.address) + 1));
}

const writtenIn = (book: FakeWorkbook, rows: number[]) =>
  [...book.writtenCells(DATA_SHEET)].filter((a) => rows.includes(Number(/\d+$/.exec(a)?.[0])));

describe("a user's own rows", () => {
  it("inserted in the middle of the table: not a cell written, formulas and notes kept", async () => {
    const { book, port } = await inserted();
    insertTableRow(book, 50);
    const data = book.must(DATA_SHEET);
    data.type("A50", "CITY: OWN: 1");
    data.type("K50", 42);
    data.set(50, 19, { value: "", formula: "=K50/10*100" }); // S50
    data.type("R50", "our own status");
    const rulesBefore = new Set(data.validations);
    book.writes.length = 0;
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok).toBe(true);
    expect([data.shown("A50"), data.shown("K50"), data.shown("S50"), data.shown("R50")]).toEqual([
      "CITY: OWN: 1",
      42,
      "=K50/10*100",
      "our own status",
    ]);
    expect(writtenIn(book, [50])).toEqual([]);
    // The row's neighbours are still the template's, formulas on their own rows.
    expect(String(data.shown("R51"))).toBe(
      rowFormulas(51, "en", [dataColumn("status"), dataColumn("status")])[0]
    );
    // No rule of the template on the user's row.
    const rows = (address: string) => address.split(":").map((a) => Number(/\d+$/.exec(a)?.[0]));
    const covers50 = (address: string) => {
      const [from, to = from] = rows(address);
      return from <= 50 && 50 <= to;
    };
    // No rule set by Update covers the user's row (the fake does not move rules on a row insert, as Excel does).
    const added = data.validations.filter((v) => !rulesBefore.has(v));
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((v) => covers50(v.address))).toEqual([]);
  });

  it("below the table: notes, totals and the user's validation survive untouched", async () => {
    const { book, port } = await inserted();
    const data = book.must(DATA_SHEET);
    data.set(118, 19, { value: "", formula: "=AVERAGE(S5:S116)" });
    data.type("R118", "Average score");
    data.set(120, 19, { value: "", formula: "=SUM(S5:S116)" });
    data.validations.push({ address: "L118:L130", rule: { wholeNumber: { formula1: 0 } } });
    const before = cellsOf(book, DATA_SHEET);
    book.writes.length = 0;
    expect((await port.updateTemplate(OPTIONS)).ok).toBe(true);
    expect(writtenIn(book, [117, 118, 119, 120])).toEqual([]);
    for (const key of ["118,19", "118,18", "120,19"])
      expect(cellsOf(book, DATA_SHEET).get(key)).toBe(before.get(key));
    expect(data.validations.some((v) => v.address === "L118:L130")).toBe(true);
  });
});

describe("missing items", () => {
  it("are added inside the table over the blank rows below it (table.resize, ExcelApi 1.13)", async () => {
    const { book, port } = await inserted({ ...OPTIONS, scope: "core" }, "1.13");
    const data = book.must(DATA_SHEET);
    data.type("E200", "far below: left alone");
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(book.tables[0].address).toBe(`A4:${LAST_COLUMN}116`);
    expect(data.shown("E200")).toBe("far below: left alone");
  });

  it("are added by table.rows.add before ExcelApi 1.13 when nothing is below the table", async () => {
    const { book, port } = await inserted({ ...OPTIONS, scope: "core" }, "1.12");
    book.must(DATA_SHEET).type(RIGHT_OF_TABLE, "right of the table: never shifted");
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(book.tables[0].address).toBe(`A4:${LAST_COLUMN}116`);
    expect(book.must(DATA_SHEET).shown(RIGHT_OF_TABLE)).toBe("right of the table: never shifted");
  });

  it("are refused before ExcelApi 1.13 when rows.add would shift a user's cell down", async () => {
    const { book, port } = await inserted({ ...OPTIONS, scope: "core" }, "1.12");
    book.must(DATA_SHEET).type("E200", "far below");
    book.writes.length = 0;
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error).toEqual({
      code: "NO_ROOM",
      detail: expect.stringContaining("E200"),
    });
    expect(book.writes).toEqual([]);
  });

  it("are not written over a user's text below the table: NO_ROOM, nothing written", async () => {
    const { book, port } = await inserted({ ...OPTIONS, scope: "core" });
    book.must(DATA_SHEET).type("E75", "Notes for the council:");
    const before = cellsOf(book, DATA_SHEET);
    book.writes.length = 0;
    const result = await port.updateTemplate(OPTIONS);
    expect(result).toEqual({
      ok: false,
      error: { code: "NO_ROOM", detail: expect.stringContaining("E75") },
    });
    expect(book.writes).toEqual([]);
    expect(cellsOf(book, DATA_SHEET)).toEqual(before);
  });

  it("are not written over a formula that shows nothing", async () => {
    const { book, port } = await inserted({ ...OPTIONS, scope: "core" });
    book.must(DATA_SHEET).set(80, 3, { value: "", formula: '=IF(TRUE,"")' });
    book.writes.length = 0;
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe("NO_ROOM");
    expect(book.writes).toEqual([]);
  });
});

describe("filters (office-js #224: writes under a filter land in the wrong cells)", () => {
  it.each([
    ["the sheet's filter", "1.9", (book: FakeWorkbook) => (book.must(DATA_SHEET).filtered = true)],
    ["the table's filter", "1.9", (book: FakeWorkbook) => (book.tables[0].filtered = true)],
    [
      "hidden rows where autoFilter is not available (ExcelApi 1.8)",
      "1.8",
      (book: FakeWorkbook) => book.must(DATA_SHEET).hiddenRows.add(30),
    ],
  ])("refuses under %s, writing nothing", async (_, version, filter) => {
    const { book, port } = await inserted(OPTIONS, version);
    filter(book);
    book.writes.length = 0;
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe("FILTERED");
    expect(book.writes).toEqual([]);
  });

  it("updates an unfiltered sheet on ExcelApi 1.8 too", async () => {
    const { port } = await inserted(OPTIONS, "1.8");
    expect((await port.updateTemplate(OPTIONS)).ok).toBe(true);
  });
});

it("a second Update changes nothing", async () => {
  const { book, port } = await inserted({ ...OPTIONS, scope: "core" });
  await port.updateTemplate(OPTIONS);
  const snapshot = book.sheets.map((sheet) => [sheet.name, cellsOf(book, sheet.name)]);
  const rules = book.sheets.map((sheet) => [
    sheet.validations.length,
    sheet.conditionalFormats.length,
  ]);
  await port.updateTemplate(OPTIONS);
  expect(book.sheets.map((sheet) => [sheet.name, cellsOf(book, sheet.name)])).toEqual(snapshot);
  expect(book.sheets.map((s) => [s.validations.length, s.conditionalFormats.length])).toEqual(
    rules
  );
  expect(qualified(DATA_SHEET, book.tables[0].address)).toBe(`'KPI Data'!A4:${LAST_COLUMN}116`);
});
