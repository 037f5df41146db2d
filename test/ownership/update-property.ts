/**
 * The ownership property of Update (issue 10, docs/data-safety.md), independent of the workbook it runs on: a
 * `Simulation` gives cells, rules, sheets and the table's end, applies a user's edit and runs Update. Used by
 * src/excel (the preview's simulation of Excel) and src/xlsx (the .xlsx updater).
 */
import fc from "fast-check";
import { findItem } from "../../src/domain/catalog";
import {
  DATA_FIRST_ROW,
  DATA_SHEET,
  LISTS_SHEET,
  SUMMARY_SHEET,
  dataSheetOwnership,
  inRanges,
  itemsInScope,
  planTemplate,
  plannedOwnership,
} from "../../src/domain/template";
import type { RawCell, TemplateOptions } from "../../src/domain/workbook/workbook-port";

/** What the property needs from a simulated workbook. */
export interface Simulation {
  /** Update template with these options: ok, or the refusal's code. */
  update(
    options: TemplateOptions
  ): Promise<{ readonly ok: true } | { readonly ok: false; readonly code: string }>;
  /** Every non-empty cell of a sheet, "row,column" → what the user sees (formula text or value). */
  cells(sheet: string): Map<string, unknown>;
  /** Validation rules of a sheet as "address json" strings. */
  rules(sheet: string): string[];
  sheetNames(): string[];
  /** Last row of the data table, or null when there is none. */
  tableEnd(): number | null;
  edit(edit: Edit): void;
}

export type Edit =
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
export const OPTIONS: TemplateOptions = {
  city: "Tromsø",
  reportingYear: 2024,
  scope: "core",
  lang: "en",
};

export const templateSheet = (name: string) =>
  [DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET].includes(name);

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

export const edit: fc.Arbitrary<Edit> = fc.oneof(
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

/**
 * One run: the edits are applied already; Update, then every check, then Update again.
 *
 * @example await checkUpdate(sim, { ...OPTIONS, scope: "all" })
 */
export async function checkUpdate(sim: Simulation, options: TemplateOptions): Promise<void> {
  const owned = dataOwnership(sim, options.scope);
  const before = snapshot(sim);
  const rulesBefore = sim.rules(DATA_SHEET);

  const first = await sim.update(options);
  const after = snapshot(sim);
  if (!first.ok) {
    expect(["FILTERED", "NO_ROOM", "TEMPLATE_DAMAGED", "NO_TEMPLATE"]).toContain(first.code);
    expect(differences(before, after)).toEqual([]);
    return;
  }
  // Data sheet: nothing outside the owned cells changed, and added rows covered no cell that held something.
  const beforeData = before.get(DATA_SHEET) ?? new Map();
  const covered = changed(beforeData, after.get(DATA_SHEET) ?? new Map())
    .filter((key) => beforeData.has(key))
    .map(at)
    .filter(([row, column]) => !inRanges(owned.existing.cells, row, column));
  expect(covered).toEqual([]);
  const outside = changed(before.get(DATA_SHEET) ?? new Map(), after.get(DATA_SHEET) ?? new Map())
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
    for (let row = from; row <= to; row++) if (inRanges(owned.all.rules, row, 12)) return false;
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
    expect(changed(before.get(name) ?? new Map(), after.get(name) ?? new Map())).toEqual([]);

  const second = await sim.update(options);
  expect(second.ok).toBe(true);
  expect(differences(after, snapshot(sim))).toEqual([]);
}
