/** A1 addresses: column letters, cell references and their text form. Rows and columns are 0-based here. */

/** One corner of a reference, as written: `$B$3` is `{ row: 2, col: 1, rowAbsolute: true, colAbsolute: true }`. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
  readonly rowAbsolute: boolean;
  readonly colAbsolute: boolean;
}

/** Excel's largest sheet: beyond it a reference is not a cell reference but a name (e.g. `ABCD1`). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const CELL_PATTERN = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;

/**
 * Converts a 0-based column index into letters.
 *
 * @example
 * columnLetters(0); // "A"
 * columnLetters(27); // "AB"
 */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Converts column letters into a 0-based column index.
 *
 * @example
 * columnIndex("AB"); // 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Reads a cell reference such as `K5` or `$B$3`; null when `text` is not one (or lies beyond Excel's grid).
 *
 * @example
 * parseCellRef("$B3"); // { row: 2, col: 1, rowAbsolute: false, colAbsolute: true }
 */
export function parseCellRef(text: string): CellRef | null {
  const match = CELL_PATTERN.exec(text);
  if (!match) return null;
  const col = columnIndex(match[2]);
  const row = Number(match[4]) - 1;
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) return null;
  return { row, col, rowAbsolute: match[3] === "$", colAbsolute: match[1] === "$" };
}

/**
 * Writes a cell reference back, keeping its `$` marks.
 *
 * @example
 * formatCellRef({ row: 4, col: 10, rowAbsolute: true, colAbsolute: false }); // "K$5"
 */
export function formatCellRef(ref: CellRef): string {
  return `${ref.colAbsolute ? "$" : ""}${columnLetters(ref.col)}${ref.rowAbsolute ? "$" : ""}${ref.row + 1}`;
}

/**
 * Quotes a sheet name for a formula or an address when Excel would (anything but letters, digits, `_` and `.`).
 *
 * @example
 * quoteSheetName("KPI Data"); // "'KPI Data'"
 * quoteSheetName("Sheet1"); // "Sheet1"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !parseCellRef(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const COLUMN_PATTERN = /^(\$?)([A-Za-z]{1,3})$/;

/**
 * Reads one side of a whole-column reference such as `$U` in `$U:$U`; null when `text` is not a column.
 *
 * @example
 * parseColumnRef("$U"); // { col: 20, colAbsolute: true }
 */
export function parseColumnRef(text: string): { col: number; colAbsolute: boolean } | null {
  const match = COLUMN_PATTERN.exec(text);
  if (!match) return null;
  const col = columnIndex(match[2]);
  return col < MAX_COLS ? { col, colAbsolute: match[1] === "$" } : null;
}
