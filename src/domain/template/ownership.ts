import type { CatalogItem } from "../catalog";
import { area, parseRange } from "./a1";
import { DATA_COLUMNS, DATA_FIRST_ROW, DATA_HEADER_ROW, DATA_SHEET, LISTS_SHEET } from "./layout";
import type { ColumnRole, DataColumn } from "./layout";
import type { SheetPlan } from "./plan-types";
import { rowRuns } from "./row-runs";

/**
 * The cells of one sheet that the template owns (docs/data-safety.md, "What the template owns"): Insert and Update
 * write nothing else. Everything outside — a user's rows, columns, notes, formulas, formats, validation — is left
 * exactly as it is.
 */
export interface SheetOwnership {
  readonly sheet: string;
  /** The whole sheet is the template's (the Lists sheet: its cells feed the list validations). */
  readonly whole: boolean;
  /**
   * The plan creates the sheet (Insert, or Update re-creating a deleted Summary or Lists sheet): its sheet-level
   * settings (column widths, frozen rows, the table, the chart) are the template's. On a sheet that exists they are
   * the user's and never set again.
   */
  readonly created: boolean;
  /** Ranges whose cells the template writes: values, formulas, number formats, fonts, fills. */
  readonly cells: readonly string[];
  /** Ranges whose data validation and conditional formats the template clears and sets. */
  readonly rules: readonly string[];
}

/** The data sheet's columns of one role as runs of adjacent columns (first, last), keyed on the layout. */
function columnSpans(role: ColumnRole, columns: readonly DataColumn[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const column of columns.filter((c) => c.role === role)) {
    const open = spans.at(-1);
    if (open && open[1] === column.index - 1) open[1] = column.index;
    else spans.push([column.index, column.index]);
  }
  return spans;
}

/**
 * What the template owns on the data sheet, for data rows holding `rows` from the first data row (null: a row whose
 * id the catalog does not know, the user's): the title, the header row, the reference and formula cells of catalog
 * rows, every cell of a row Update adds (index ≥ `existingRows`), and the rules of the input cells of catalog rows.
 * Input cells of existing rows are never owned: they are the user's. `columns` are the sheet's (with the translation
 * columns AI–AJ only where the sheet has them: layout.ts `templateColumns`).
 *
 * @example dataSheetOwnership([item, null, item], 3).cells // title, header, A5:J5, R5:T5, A7:J7, R7:T7
 */
export function dataSheetOwnership(
  rows: readonly (CatalogItem | null)[],
  existingRows: number,
  columns: readonly DataColumn[] = DATA_COLUMNS
): SheetOwnership {
  const created = existingRows === 0;
  const runs = rowRuns(rows, () => "item").map(({ first, count }) => ({
    from: DATA_FIRST_ROW + first,
    to: DATA_FIRST_ROW + first + count - 1,
  }));
  const added = rowRuns(
    rows.map((row, i) => (i >= existingRows ? row : null)),
    () => "new"
  );
  const spans = (role: ColumnRole, from: number, to: number) =>
    columnSpans(role, columns).map(([first, last]) => area(first, from, last, to));
  return {
    sheet: DATA_SHEET,
    whole: false,
    created,
    cells: [
      "A1:A2",
      area(1, DATA_HEADER_ROW, columns.length, DATA_HEADER_ROW),
      ...runs.flatMap(({ from, to }) => [
        ...spans("reference", from, to),
        ...spans("formula", from, to),
      ]),
      ...added.map(({ first, count }) =>
        area(1, DATA_FIRST_ROW + first, columns.length, DATA_FIRST_ROW + first + count - 1)
      ),
    ],
    rules: runs.flatMap(({ from, to }) => spans("input", from, to)),
  };
}

/**
 * What the template owns on a sheet it generates as a block (the Summary): exactly the cells its plan writes (the
 * title, the city and year when they are written, the area table, the method text) and the ranges of its rules.
 */
export function plannedOwnership(plan: SheetPlan, created: boolean): SheetOwnership {
  return {
    sheet: plan.name,
    whole: false,
    created,
    cells: [...plan.blocks.map((b) => b.address), ...plan.formats.map((f) => f.address)],
    rules: [...plan.validationRanges, ...plan.conditionalFormatRanges],
  };
}

/** The Lists sheet is the template's as a whole. */
export function listsOwnership(created: boolean): SheetOwnership {
  return { sheet: LISTS_SHEET, whole: true, created, cells: [], rules: [] };
}

const parsed = new Map<string, ReturnType<typeof parseRange>>();

/** True when (row, column) lies in one of the ranges. */
export function inRanges(ranges: readonly string[], row: number, column: number): boolean {
  return ranges.some((address) => {
    let r = parsed.get(address);
    if (!r) parsed.set(address, (r = parseRange(address)));
    return (
      row >= r.firstRow &&
      row < r.firstRow + r.rowCount &&
      column >= r.firstColumn &&
      column < r.firstColumn + r.columnCount
    );
  });
}

/** The ranges among `addresses` holding a cell outside `owned`. */
function outside(addresses: readonly string[], owned: readonly string[]): string[] {
  return addresses.filter((address) => {
    const r = parseRange(address);
    for (let row = r.firstRow; row < r.firstRow + r.rowCount; row++) {
      for (let column = r.firstColumn; column < r.firstColumn + r.columnCount; column++) {
        if (!inRanges(owned, row, column)) return true;
      }
    }
    return false;
  });
}

/**
 * Every address a sheet plan writes outside what its sheet's ownership allows: cells (blocks, formats) outside
 * `cells`, rules (validation, conditional formats) outside `rules`, and sheet settings (column widths, frozen rows)
 * of a sheet the plan does not create. Empty for every plan the template makes; tests check it.
 *
 * @example writesOutside(plan.sheets[0], plan.ownership[0]) // []
 */
export function writesOutside(plan: SheetPlan, owner: SheetOwnership): string[] {
  if (owner.whole) return [];
  const rules = [
    ...plan.validationRanges,
    ...plan.validations.map((v) => v.address),
    ...plan.conditionalFormatRanges,
    ...plan.conditionalFormats.map((c) => c.address),
  ];
  return [
    ...outside(
      [...plan.blocks.map((b) => b.address), ...plan.formats.map((f) => f.address)],
      [...owner.cells]
    ),
    ...outside(rules, owner.rules),
    ...(owner.created ? [] : plan.columnWidths.map((w) => `${w.column}:${w.column}`)),
    ...(owner.created || plan.freezeRows === 0 ? [] : [`frozen rows 1:${plan.freezeRows}`]),
  ];
}
