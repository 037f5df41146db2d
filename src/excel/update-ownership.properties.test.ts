/**
 * The ownership property of Update (test/ownership/update-property.ts) on the stateful fake of src/excel: random
 * workbooks, random user edits anywhere, Update twice. Runs: KPI_PROPERTY_RUNS (default 1 000).
 */
import fc from "fast-check";
import { DATA_SHEET, area, lastRowOf, parseRange } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { OPTIONS, checkUpdate, edit, templateSheet } from "../../test/ownership/update-property";
import type { Simulation } from "../../test/ownership/update-property";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { fakeExcel } from "./fake-excel.fixture";
import { FakeSheet, FakeWorkbook } from "./fake-workbook.fixture";

/** The stateful fake of src/excel as a Simulation, started from a copy of an inserted workbook. */
function fakeSimulation(start: FakeWorkbook): Simulation {
  const { book, host } = fakeExcel(cloneBook(start), "1.13");
  const dataSheet = book.must(DATA_SHEET); // kept when the user renames it
  const data = () => dataSheet;
  const table = () => book.tables.find((t) => t.name === "KpiData");
  const shiftTable = (by: number, at: number) => {
    const t = table();
    if (t && at <= lastRowOf(t.address)) {
      t.address = t.address.replace(/\d+$/, String(lastRowOf(t.address) + by));
    }
  };
  const port = createExcelWorkbookPort(host);
  return {
    update: async (options) => {
      const result = await port.updateTemplate(options);
      return result.ok ? { ok: true } : { ok: false, code: result.error.code };
    },
    cells: (name) => {
      const sheet = book.sheet(name);
      const cells = new Map<string, unknown>();
      for (const [key, c] of sheet?.cells ?? []) {
        const shown = c.formula ?? c.value;
        if (shown !== "" && shown !== null) cells.set(key, shown);
      }
      return cells;
    },
    rules: (name) =>
      (book.sheet(name)?.validations ?? []).map((v) => `${v.address} ${JSON.stringify(v.rule)}`),
    sheetNames: () => book.sheets.map((s) => s.name),
    tableEnd: () => {
      const t = table();
      return t ? lastRowOf(t.address) : null;
    },
    edit: (edit) => {
      switch (edit.kind) {
        case "type": {
          const value = edit.value;
          const formula = typeof value === "string" && value.startsWith("=") ? value : null;
          data().set(edit.row, edit.column, { value: formula ? "" : value, formula });
          return;
        }
        case "insertRow":
          data().insertRow(edit.row);
          return shiftTable(1, edit.row);
        case "deleteRow":
          data().deleteRow(edit.row);
          return shiftTable(-1, edit.row);
        case "sort":
          return data().swapRows(edit.a, edit.b);
        case "insertColumn": {
          // Excel's "Insert sheet column": every cell from that column moves right; a table over it widens.
          const sheet = data();
          const moved = [...sheet.cells.entries()].map(
            ([key, c]) => [key.split(",").map(Number), c] as const
          );
          sheet.cells.clear();
          for (const [[row, column], c] of moved)
            sheet.cells.set(`${row},${column >= edit.column ? column + 1 : column}`, c);
          const t = table();
          if (t) {
            const r = parseRange(t.address);
            const last = r.firstColumn + r.columnCount - 1;
            if (edit.column <= last) {
              t.address = area(r.firstColumn, r.firstRow, last + 1, r.firstRow + r.rowCount - 1);
            }
          }
          return;
        }
        case "renameDataSheet":
          data().name = "KPI Data (old)";
          return;
        case "filter":
          data().filtered = true;
          return;
        case "validate":
          data().validations.push({
            address: `L${edit.row}:L${edit.row + edit.column}`,
            rule: { wholeNumber: { formula1: 0, formula2: edit.column }, user: true },
          });
          return;
        case "addSheet":
          if (!book.sheet(edit.name)) book.sheets.push(new FakeSheet(edit.name));
          book.must(edit.name).type("A1", "a user's sheet");
          return;
        case "renameSheet": {
          const user = book.sheets.find((s) => !templateSheet(s.name));
          if (user && !book.sheet(edit.name)) user.name = edit.name;
        }
      }
    },
  };
}

function cloneBook(start: FakeWorkbook): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const sheet of start.sheets) {
    const copy = new FakeSheet(sheet.name);
    for (const [key, c] of sheet.cells) copy.cells.set(key, { ...c });
    copy.validations = sheet.validations.map((v) => ({ ...v }));
    copy.conditionalFormats = sheet.conditionalFormats.map((c) => ({ ...c }));
    copy.charts.push(...sheet.charts.map((c) => ({ ...c })));
    copy.frozenRows = sheet.frozenRows;
    book.sheets.push(copy);
  }
  for (const t of start.tables) {
    book.tables.push({ ...t, sheet: book.must(t.sheet.name) });
  }
  return book;
}

let inserted: FakeWorkbook | null = null;

beforeAll(async () => {
  const { book, host } = fakeExcel();
  const result = await createExcelWorkbookPort(host).insertTemplate(OPTIONS);
  if (!result.ok) throw new Error(result.error.code);
  book.writes.length = 0;
  inserted = book;
});

it("Update writes only owned cells, keeps every input, and a second Update changes nothing", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(edit, { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      async (edits, all) => {
        const sim = fakeSimulation(inserted as FakeWorkbook);
        edits.forEach((e) => sim.edit(e));
        const options: TemplateOptions = { ...OPTIONS, scope: all ? "all" : "core" };
        await checkUpdate(sim, options);
      }
    ),
    { numRuns: Number(process.env.KPI_PROPERTY_RUNS ?? 1000) }
  );
}, 240_000);
