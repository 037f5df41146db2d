/**
 * Property (issue 10, docs/data-safety.md): on random workbooks — insert, then random user edits anywhere (values,
 * formulas, texts up to 32 767 characters, leading apostrophes, dates, rows inserted in the middle and below, rows
 * deleted, the table sorted or filtered, columns added, notes and validation below, sheets added and renamed) —
 * Update writes nothing outside the cells the template owns, keeps every input cell, refuses without writing when it
 * cannot be safe, and a second Update changes nothing.
 *
 * The workbook is driven through `Simulation`, so the same property runs on any fake that implements it; today the
 * stateful fake of src/excel (fake-excel.fixture.ts). Runs: KPI_PROPERTY_RUNS (default 1 000).
 */
import fc from "fast-check";
import { findItem } from "../domain/catalog";
import {
  DATA_FIRST_ROW,
  DATA_SHEET,
  LISTS_SHEET,
  SUMMARY_SHEET,
  dataSheetOwnership,
  inRanges,
  itemsInScope,
  area,
  lastRowOf,
  parseRange,
  planTemplate,
  plannedOwnership,
} from "../domain/template";
import type { RawCell, TemplateOptions, WorkbookPort } from "../domain/workbook/workbook-port";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { fakeExcel } from "./fake-excel.fixture";
import { FakeSheet, FakeWorkbook } from "./fake-workbook.fixture";

/** What the property needs from a simulated workbook. */
interface Simulation {
  readonly port: WorkbookPort;
  /** Every non-empty cell of a sheet, "row,column" → what the user sees (formula text or value). */
  cells(sheet: string): Map<string, unknown>;
  /** Validation rules of a sheet as "address json" strings. */
  rules(sheet: string): string[];
  sheetNames(): string[];
  /** Last row of the data table, or null when there is none. */
  tableEnd(): number | null;
  edit(edit: Edit): void;
}

type Edit =
  | {
      readonly kind: "type";
      readonly row: number;
      readonly column: number;
      readonly value: RawCell;
    }
  | { readonly kind: "insertRow"; readonly row: number }
  | { readonly kind: "insertColumn"; readonly column: number }
  | { readonly kind: "renameDataSheet" }
  | { readonly kind: "deleteRow"; readonly row: number }
  | { readonly kind: "sort"; readonly a: number; readonly b: number }
  | { readonly kind: "filter" }
  | { readonly kind: "validate"; readonly row: number; readonly column: number }
  | { readonly kind: "addSheet"; readonly name: string }
  | { readonly kind: "renameSheet"; readonly name: string };

const LONG_TEXT = `${"long ".repeat(6553)}xy`; // 32 767 characters
const OPTIONS: TemplateOptions = { city: "Tromsø", reportingYear: 2024, scope: "core", lang: "en" };

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
  return {
    port: createExcelWorkbookPort(host),
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

const templateSheet = (name: string) => [DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET].includes(name);

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

const cellValue: fc.Arbitrary<RawCell> = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 36_526, max: 47_482 }), // dates as serials (2000–2029)
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "NR",
    "'0123",
    "'=not a formula",
    "=K5/10*100",
    "=SUM(S5:S116)",
    '=IF(TRUE,"")',
    "Notes for the council:",
    "EC: ICT: ICT: 1C",
    "SC: EH: ED: 3C",
    "CITY: OWN: 1",
    LONG_TEXT,
    ""
  )
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("type" as const),
      row: fc.oneof(fc.integer({ min: 5, max: 120 }), fc.integer({ min: 1, max: 200 })),
      column: fc.integer({ min: 1, max: 24 }),
      value: cellValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("insertRow" as const),
      row: fc.integer({ min: 6, max: 120 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("deleteRow" as const),
      row: fc.integer({ min: 6, max: 120 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("sort" as const),
      a: fc.integer({ min: 5, max: 71 }),
      b: fc.integer({ min: 5, max: 71 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("filter" as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("insertColumn" as const),
      column: fc.integer({ min: 1, max: 24 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "renameDataSheet" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("validate" as const),
      row: fc.integer({ min: 60, max: 150 }),
      column: fc.integer({ min: 0, max: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("addSheet" as const),
      name: fc.constantFrom("Notes", "2023", "Data 2"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("renameSheet" as const),
      name: fc.constantFrom("Renamed", "Old notes"),
    }),
  }
);

/**
 * The cells Update owns on the data sheet for the workbook as it stands (docs/data-safety.md): the rule of
 * ownership.ts applied to the ids in column A of the table's rows, plus the rows it adds for missing items.
 */
function dataOwnership(sim: Simulation, scope: TemplateOptions["scope"]) {
  const end = sim.tableEnd() ?? DATA_FIRST_ROW - 1;
  const cells = sim.cells(DATA_SHEET);
  const rows = Array.from({ length: end - DATA_FIRST_ROW + 1 }, (_, i) => {
    const id = cells.get(`${DATA_FIRST_ROW + i},1`);
    return id === undefined ? null : (findItem(String(id)) ?? null);
  });
  const present = new Set(rows.map((item) => item?.id));
  const added = itemsInScope(scope).filter((item) => !present.has(item.id));
  return {
    all: dataSheetOwnership([...rows, ...added], rows.length),
    /** Without the added rows: the only cells Update may change that held something before. */
    existing: dataSheetOwnership(rows, rows.length),
  };
}

const SUMMARY_OWNED = plannedOwnership(planTemplate(OPTIONS).sheets[1], false);

/** Cells that differ between two snapshots of a sheet, as "row,column". */
function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key));
}

const at = (key: string) => key.split(",").map(Number) as [number, number];

/** Sheets added, removed or renamed, and cells changed, as "sheet!row,column". */
function differences(
  before: Map<string, Map<string, unknown>>,
  after: Map<string, Map<string, unknown>>
): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].flatMap((name) =>
    changed(before.get(name) ?? new Map([["sheet", "absent"]]), after.get(name) ?? new Map()).map(
      (key) => `${name}!${key}`
    )
  );
}

function snapshot(sim: Simulation) {
  return new Map(sim.sheetNames().map((name) => [name, sim.cells(name)]));
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
        const owned = dataOwnership(sim, options.scope);
        const before = snapshot(sim);
        const rulesBefore = sim.rules(DATA_SHEET);

        const first = await sim.port.updateTemplate(options);
        const after = snapshot(sim);
        if (!first.ok) {
          expect(["FILTERED", "NO_ROOM", "TEMPLATE_DAMAGED", "NO_TEMPLATE"]).toContain(
            first.error.code
          );
          expect(after).toEqual(before);
          return;
        }
        // Data sheet: nothing outside the owned cells changed, and added rows covered no cell that held something.
        const beforeData = before.get(DATA_SHEET) ?? new Map();
        const covered = changed(beforeData, after.get(DATA_SHEET) ?? new Map())
          .filter((key) => beforeData.has(key))
          .map(at)
          .filter(([row, column]) => !inRanges(owned.existing.cells, row, column));
        expect(covered).toEqual([]);
        const outside = changed(
          before.get(DATA_SHEET) ?? new Map(),
          after.get(DATA_SHEET) ?? new Map()
        )
          .map(at)
          .filter(([row, column]) => !inRanges(owned.all.cells, row, column));
        expect(outside).toEqual([]);
        // A user's own validation (marked "user") entirely outside the template's rule ranges survives.
        const userRules = rulesBefore.filter((rule) => {
          if (!rule.includes('"user":true')) return false;
          const [from, to = from] = rule
            .split(" ")[0]
            .split(":")
            .map((a) => Number(/\d+$/.exec(a)?.[0]));
          for (let row = from; row <= to; row++)
            if (inRanges(owned.all.rules, row, 12)) return false;
          return true;
        });
        expect(sim.rules(DATA_SHEET)).toEqual(expect.arrayContaining(userRules));
        // Summary: only its block; the Lists sheet is the template's; every other sheet untouched.
        const summaryChanges = changed(
          before.get(SUMMARY_SHEET) ?? new Map(),
          after.get(SUMMARY_SHEET) ?? new Map()
        )
          .map(at)
          .filter(([row, column]) => !inRanges(SUMMARY_OWNED.cells, row, column));
        expect(summaryChanges).toEqual([]);
        for (const name of sim.sheetNames().filter((n) => !templateSheet(n)))
          expect(after.get(name)).toEqual(before.get(name));

        const second = await sim.port.updateTemplate(options);
        expect(second.ok).toBe(true);
        expect(differences(after, snapshot(sim))).toEqual([]);
      }
    ),
    { numRuns: Number(process.env.KPI_PROPERTY_RUNS ?? 1000) }
  );
}, 240_000);
