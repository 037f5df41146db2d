import { findItem } from "../catalog";
import type { RawCell, TemplateOptions } from "../workbook/workbook-port";
import { area, cell } from "./a1";
import { planDataSheet } from "./data-sheet";
import { labelsFor } from "./labels";
import {
  DATA_COLUMNS,
  DATA_FIRST_ROW,
  DATA_HEADER_ROW,
  INPUT_KEYS,
  templateColumns,
} from "./layout";
import { planListsSheet } from "./lists-sheet";
import { dataSheetOwnership, listsOwnership, plannedOwnership } from "./ownership";
import type { LocatedSheet } from "./locate-rows";
import { itemsInScope } from "./plan-template";
import type { PlanCell, SheetPlan, TemplatePlan } from "./plan-types";
import { newInputCells, referenceCells } from "./reference-row";
import { planSummarySheet } from "./summary-sheet";

/** What Update found in the workbook (read in the layout the template writes: header row 4, columns A–T). */
export interface ExistingTemplate {
  /**
   * Data rows in sheet order from the first data row to the table's last row, each row's cells from column A (at
   * least to the last input column). Rows below the table are the user's and not listed here.
   */
  readonly rows: readonly (readonly RawCell[])[];
  /**
   * The rows right below the table, as read (formulas as their text, so a formula showing "" is not blank), from
   * column A: missing items may be added there only where every cell the new rows take is blank. Omitted: blank.
   */
  readonly below?: readonly (readonly RawCell[])[];
  /** Columns from A that an added row takes (the table's width when a user widened it). Omitted: A–T. */
  readonly width?: number;
  /**
   * How the table grows. `fill` (default): the added rows are written into the blank rows right below it, which
   * the table then takes in; only those rows must be blank. `insert` (Excel's `table.rows.add`, which shifts every
   * cell below the table in its columns down): every cell below the table in its columns must be blank, so the
   * shift moves nothing of a user's (docs/data-safety.md, "Adding missing items").
   */
  readonly growth?: "fill" | "insert";
  /** The Summary's city and reporting-year cells, or null when the Summary sheet is missing (it is planned whole). */
  readonly summary: { readonly city: RawCell; readonly year: RawCell } | null;
  /** False when the Lists sheet is missing (it is re-created). Omitted: it exists. */
  readonly listsExist?: boolean;
  /**
   * True when the sheet has the translation columns AI–AJ (both headers where the template puts them:
   * `LocatedSheet.translationColumns`): Update rewrites them in the label language. Omitted or false: Update writes
   * nothing there and never adds them (an older workbook gets them only by inserting a fresh template).
   */
  readonly translationColumns?: boolean;
}

export interface UpdatePlan {
  /** Reference and formula blocks, rules and formats; no block touches an input cell of an existing row. */
  readonly plan: TemplatePlan;
  /** Rows for the scope's items the sheet lacks (cells A–Q), to append below the existing rows; null if none. */
  readonly append: {
    readonly address: string;
    readonly cells: readonly (readonly PlanCell[])[];
  } | null;
  readonly existingRows: number;
  /** Input cells of the existing rows (and the Summary's city and year) that hold something: all kept. */
  readonly keptInputCells: number;
  /**
   * The first non-blank cell below the table where the missing items would go (e.g. `E117`), or null. When set,
   * Update must write nothing and say so: added rows never cover a user's cell (docs/data-safety.md).
   */
  readonly noRoom: string | null;
}

const isBlank = (cell: RawCell) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
const column = (key: (typeof INPUT_KEYS)[number]) =>
  (DATA_COLUMNS.find((c) => c.key === key) as (typeof DATA_COLUMNS)[number]).index - 1;

/**
 * The address of the first non-blank cell among the first `count` rows of `below` (sheet rows from `firstRow`) in
 * the first `width` columns, or null: where missing items would be added.
 */
function firstFilledCell(
  below: readonly (readonly RawCell[])[],
  firstRow: number,
  count: number,
  width: number
): string | null {
  for (let r = 0; r < Math.min(count, below.length); r++) {
    const column = below[r].slice(0, width).findIndex((c) => !isBlank(c));
    if (column >= 0) return cell(column + 1, firstRow + r);
  }
  return null;
}

/**
 * Plans "Update template": the reference columns, formulas, rules and Summary are planned again for the rows as
 * they stand (in the user's order, ids matched leniently); a row whose id is not in the catalog is the user's and no
 * cell of it is planned; items of the scope that are missing are added at the end of the table (`noRoom` says when
 * a user's cell is in the way); no input cell of an existing row is ever planned, and the Summary's city and year
 * are written only where blank. The plan writes only what `plan.ownership` states (docs/data-safety.md).
 *
 * @example planUpdate(options, { rows: [["EC: ICT: ICT: 1C", …]], summary: { city: "Bergen", year: 2024 } })
 */
export function planUpdate(options: TemplateOptions, existing: ExistingTemplate): UpdatePlan {
  const labels = labelsFor(options.lang);
  const current = existing.rows.map((row) =>
    isBlank(row[0]) ? null : (findItem(String(row[0])) ?? null)
  );
  const present = new Set(current.filter((item) => item !== null).map((item) => item.id));
  const added = itemsInScope(options.scope).filter((item) => !present.has(item.id));
  const rows = [...current, ...added];

  const translationColumns = existing.translationColumns ?? false;
  const data = planDataSheet({
    labels,
    rows,
    existingRows: current.length,
    lang: options.lang,
    translationColumns,
  });
  // The data sheet exists: its column widths and frozen rows are the user's now (docs/data-safety.md).
  const dataSheet: SheetPlan = {
    ...data,
    blocks: data.blocks.filter((b) => b.role !== "input"),
    columnWidths: [],
    freezeRows: 0,
  };
  const summary = planSummarySheet({
    options,
    labels,
    dataRows: rows.length,
    write: {
      city: !existing.summary || isBlank(existing.summary.city),
      year: !existing.summary || isBlank(existing.summary.year),
    },
  });
  const summarySheet: SheetPlan = existing.summary
    ? {
        ...summary,
        formats: summary.formats.filter((f) => f.role !== "input"),
        columnWidths: [],
        freezeRows: 0,
      }
    : summary;
  const listsExist = existing.listsExist ?? true;
  const lists = planListsSheet(labels);
  const listsSheet: SheetPlan = listsExist ? { ...lists, columnWidths: [], freezeRows: 0 } : lists;

  const firstNew = DATA_FIRST_ROW + current.length;
  const lastInput = Math.max(...INPUT_KEYS.map((key) => column(key) + 1));
  const inputCells = existing.rows.flatMap((row) => INPUT_KEYS.map((key) => row[column(key)]));
  const summaryCells = existing.summary ? [existing.summary.city, existing.summary.year] : [];
  return {
    plan: {
      options,
      sheets: [dataSheet, summarySheet, listsSheet],
      ids: rows.map((item) => item?.id ?? ""),
      ownership: [
        dataSheetOwnership(rows, current.length, templateColumns(translationColumns)),
        plannedOwnership(summarySheet, existing.summary === null),
        listsOwnership(!listsExist),
      ],
    },
    append:
      added.length === 0
        ? null
        : {
            address: area(1, firstNew, lastInput, firstNew + added.length - 1),
            cells: added.map((item) => [
              ...referenceCells(item, labels),
              ...newInputCells(item, labels),
            ]),
          },
    existingRows: current.length,
    keptInputCells: [...inputCells, ...summaryCells].filter((cell) => !isBlank(cell)).length,
    noRoom:
      added.length === 0
        ? null
        : firstFilledCell(
            existing.below ?? [],
            firstNew,
            existing.growth === "insert" ? Infinity : added.length,
            existing.width ?? templateColumns(translationColumns).length
          ),
  };
}

/**
 * The last sheet row Update works on, in every applier (docs/data-safety.md): the table's last row — rows below the
 * table are the user's — or, without a table (a user converted it to a range), the last row holding a catalog id.
 *
 * @example lastUpdatedRow(located, 116) === 116
 */
export function lastUpdatedRow(located: LocatedSheet, tableLastRow: number | null): number {
  if (tableLastRow !== null) return tableLastRow;
  const catalogRows = located.rows.filter((row) => findItem(String(row.cells.id ?? "")));
  return Math.max(DATA_HEADER_ROW, ...catalogRows.map((row) => row.row));
}

/**
 * The rows of a used range (formulas as typed, from `origin`) after `lastRow`, from column A and `width` columns
 * wide: `ExistingTemplate.below`, where added items would go.
 *
 * @example rowsBelow(formulas, { row: 1, column: 1 }, 116, 20)
 */
export function rowsBelow(
  grid: readonly (readonly RawCell[])[],
  origin: { readonly row: number; readonly column: number },
  lastRow: number,
  width: number
): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let r = Math.max(0, lastRow + 1 - origin.row); r < grid.length; r++) {
    rows.push(Array.from({ length: width }, (_, c) => grid[r][c + 1 - origin.column] ?? ""));
  }
  return rows;
}

/**
 * The data rows Update works on, as cell arrays in the template's column order: every sheet row from the first data
 * row to `lastRow`, blank rows included, so planned rows line up with sheet rows (a blank row is planned as a row
 * the catalog does not know, and left alone).
 *
 * @example rowsForUpdate(locateRows(values, { row: 1, column: 1 })!, 116).length === 112
 */
export function rowsForUpdate(located: LocatedSheet, lastRow: number): RawCell[][] {
  const byRow = new Map(located.rows.map((row) => [row.row, row.cells]));
  return Array.from({ length: Math.max(0, lastRow - DATA_FIRST_ROW + 1) }, (_, i) => {
    const cells = byRow.get(DATA_FIRST_ROW + i) ?? {};
    return DATA_COLUMNS.map((c) => cells[c.key] ?? null);
  });
}
