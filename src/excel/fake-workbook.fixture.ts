import { area, cell, parseRange, qualified } from "../domain/template";
import type { RawCell } from "../domain/workbook/workbook-port";

/** Test fixture: one cell of the fake workbook. */
export interface FakeCell {
  value: RawCell;
  formula: string | null;
  numberFormat?: string;
}

/** Test fixture: a sheet holding cells by (row, column), with what the adapters set on it. */
export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  protected = false;
  validations: { address: string; rule: unknown; prompt?: unknown; errorAlert?: unknown }[] = [];
  conditionalFormats: {
    address: string;
    custom: {
      rule: { formula: string };
      format: { fill: { color?: string }; font: { color?: string } };
    };
  }[] = [];
  readonly charts: { name: string; source: string }[] = [];
  frozenRows = 0;
  /** A filter applied on the sheet (worksheet.autoFilter.isDataFiltered). */
  filtered = false;
  /** Rows hidden by a filter or by hand (range.rowHidden). */
  readonly hiddenRows = new Set<number>();
  frozenColumns = 0;
  readonly handlers: ((event: { address: string }) => Promise<void>)[] = [];
  constructor(public name: string) {}

  get(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  set(row: number, column: number, patch: Partial<FakeCell>): void {
    const current = this.get(row, column) ?? { value: "", formula: null };
    this.cells.set(`${row},${column}`, { ...current, ...patch });
  }

  /** What a user sees in a cell: its value (formula cells show their formula text: nothing is calculated here). */
  shown(address: string): RawCell {
    const { firstRow, firstColumn } = parseRange(address);
    const found = this.get(firstRow, firstColumn);
    return found?.formula ?? found?.value ?? "";
  }

  /** Types a value into a cell, as the user would. */
  type(address: string, value: RawCell): void {
    const { firstRow, firstColumn } = parseRange(address);
    this.set(firstRow, firstColumn, { value, formula: null });
  }

  /** The used range: the smallest rectangle from A1 holding every non-empty cell (Excel's starts at the first). */
  usedAddress(): string {
    let lastRow = 1;
    let lastColumn = 1;
    for (const [key, content] of this.cells) {
      if (content.formula === null && (content.value === "" || content.value === null)) continue;
      const [row, column] = key.split(",").map(Number);
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
    }
    return area(1, 1, lastColumn, lastRow);
  }

  /** Deletes sheet row `row` the way Excel's "Delete sheet row" does: every row below moves up one. */
  deleteRow(row: number): void {
    const entries = [...this.cells.entries()].map(([key, content]) => ({
      content,
      at: key.split(",").map(Number),
    }));
    this.cells.clear();
    for (const { content, at } of entries) {
      if (at[0] !== row) this.cells.set(`${at[0] > row ? at[0] - 1 : at[0]},${at[1]}`, content);
    }
  }

  /** Inserts an empty sheet row at `row` the way Excel's "Insert sheet row" does: it and every row below move down. */
  insertRow(row: number): void {
    const entries = [...this.cells.entries()].map(([key, content]) => ({
      content,
      at: key.split(",").map(Number),
    }));
    this.cells.clear();
    for (const { content, at } of entries)
      this.cells.set(`${at[0] >= row ? at[0] + 1 : at[0]},${at[1]}`, content);
  }

  /** Swaps the contents of two whole rows (a sort that moved them). */
  swapRows(a: number, b: number): void {
    const moved = [...this.cells.entries()]
      .map(([key, content]) => ({ content, at: key.split(",").map(Number) }))
      .filter(({ at: [row] }) => row === a || row === b);
    for (const { at } of moved) this.cells.delete(`${at[0]},${at[1]}`);
    for (const { content, at } of moved) this.cells.set(`${at[0] === a ? b : a},${at[1]}`, content);
  }

  /** Moves the cells of columns first…last from row `from` down by `count` rows (a table row insert). */
  shiftDown(from: number, count: number, firstColumn: number, lastColumn: number): void {
    const moved = [...this.cells.entries()]
      .map(([key, content]) => ({ key, content, at: key.split(",").map(Number) }))
      .filter(
        ({ at: [row, column] }) => row >= from && column >= firstColumn && column <= lastColumn
      )
      .sort((a, b) => b.at[0] - a.at[0]);
    for (const { key, content, at } of moved) {
      this.cells.delete(key);
      this.cells.set(`${at[0] + count},${at[1]}`, content);
    }
  }
}

/** Test fixture: an Excel table's place. */
export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  address: string;
  /** A filter applied on the table (table.autoFilter.isDataFiltered). */
  filtered?: boolean;
}

/** Test fixture: the whole fake workbook, with a log of every write and a count of round trips. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  protected = false;
  syncs = 0;
  readonly writes: { sheet: string; address: string; what: string }[] = [];
  /** Thrown by the next context.sync(), as Excel does in cell-edit mode. */
  failNextSync: unknown = null;
  selection: string | null = null;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  must(name: string): FakeSheet {
    const found = this.sheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** Sheet-qualified addresses of the cells of `address` that were written by the adapters. */
  writtenCells(sheet: string, what = "values|formulas|numberFormat"): Set<string> {
    const kinds = new Set(what.split("|"));
    const cells = new Set<string>();
    for (const write of this.writes.filter((w) => w.sheet === sheet && kinds.has(w.what))) {
      const { firstRow, firstColumn, rowCount, columnCount } = parseRange(write.address);
      for (let r = 0; r < rowCount; r++) {
        for (let c = 0; c < columnCount; c++)
          cells.add(qualified(sheet, cell(firstColumn + c, firstRow + r)));
      }
    }
    return cells;
  }
}
