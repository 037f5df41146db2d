import { MAX_COLS, MAX_ROWS, columnIndex, columnLetters, parseCellRef } from "../formula";

/** A rectangle of cells, 0-based and inclusive, without its sheet. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Reads an A1 address without a sheet: `K5`, `$A$1:T116` (either corner order), or whole columns `K:K` / rows
 * `5:7`. Null for anything else (names, sheet-qualified addresses), which the caller reports.
 *
 * @example
 * parseArea("B2:A1"); // { top: 0, left: 0, bottom: 1, right: 1 }
 * parseArea("K:K"); // { top: 0, left: 10, bottom: 1048575, right: 10 }
 */
export function parseArea(address: string): Area | null {
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address.trim());
  if (columns) {
    const [a, b] = [columnIndex(columns[1]), columnIndex(columns[2])];
    if (Math.max(a, b) >= MAX_COLS) return null;
    return { top: 0, left: Math.min(a, b), bottom: MAX_ROWS - 1, right: Math.max(a, b) };
  }
  const rows = /^\$?([0-9]+):\$?([0-9]+)$/.exec(address.trim());
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (Math.min(a, b) < 0 || Math.max(a, b) >= MAX_ROWS) return null;
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: MAX_COLS - 1 };
  }
  const parts = address.trim().split(":");
  if (parts.length > 2) return null;
  const refs = parts.map(parseCellRef);
  if (refs.some((ref) => ref === null)) return null;
  const [a, b = a] = refs as NonNullable<(typeof refs)[number]>[];
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * Writes an area as Excel writes addresses: `K5` for one cell, `A1:T116` otherwise.
 *
 * @example
 * formatArea({ top: 4, left: 10, bottom: 4, right: 10 }); // "K5"
 */
export function formatArea(area: Area): string {
  if (area.top === 0 && area.bottom === MAX_ROWS - 1)
    return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  if (area.left === 0 && area.right === MAX_COLS - 1) return `${area.top + 1}:${area.bottom + 1}`;
  const start = `${columnLetters(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${columnLetters(area.right)}${area.bottom + 1}`;
}

/** Does `area` hold the cell? */
export function containsCell(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

/** Rows and columns of an area. */
export function areaSize(area: Area): { rows: number; cols: number } {
  return { rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 };
}

/** The cell at (row, col) of an area, 0-based from its top-left. */
export function cellArea(row: number, col: number): Area {
  return { top: row, left: col, bottom: row, right: col };
}
