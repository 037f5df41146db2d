/**
 * A1 addresses: the only notation the template's formulas and plans use (no structured references, no R1C1), so a
 * plan can be applied by Excel, written by exceljs and evaluated by the preview alike.
 */

/** Column letters for a 1-based column number. @example columnLetter(11) === "K" */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1)
    throw new RangeError(`column ${column} is not a positive integer`);
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The 1-based column number of column letters. @example columnNumber("AA") === 27 */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]+$/i.test(letters)) throw new RangeError(`"${letters}" is not a column`);
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** A relative cell address. @example cell(11, 5) === "K5" */
export function cell(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A rectangular range, or one cell when both corners coincide. @example area(1, 5, 10, 116) === "A5:J116" */
export function area(
  firstColumn: number,
  firstRow: number,
  lastColumn: number,
  lastRow: number
): string {
  const start = cell(firstColumn, firstRow);
  const end = cell(lastColumn, lastRow);
  return start === end ? start : `${start}:${end}`;
}

/** An absolute column range. @example absoluteColumn(11, 5, 116) === "$K$5:$K$116" */
export function absoluteColumn(column: number, firstRow: number, lastRow: number): string {
  const letters = columnLetter(column);
  return `$${letters}$${firstRow}:$${letters}$${lastRow}`;
}

/** An absolute cell reference. @example absoluteCell("B3") === "$B$3" */
export function absoluteCell(address: string): string {
  const match = /^([A-Z]+)(\d+)$/i.exec(address);
  if (!match) throw new RangeError(`"${address}" is not a cell`);
  return `$${match[1].toUpperCase()}$${match[2]}`;
}

/** A sheet name quoted for use in a reference. @example quoteSheet("KPI Data") === "'KPI Data'" */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A sheet-qualified reference. @example qualified("KPI Data", "K5") === "'KPI Data'!K5" */
export function qualified(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** The corners and size of a range address (sheet prefix and `$` signs allowed). */
export interface RangeBounds {
  readonly firstColumn: number;
  readonly firstRow: number;
  readonly columnCount: number;
  readonly rowCount: number;
}

/**
 * Parses `K5`, `A5:J116`, `$K$5:$K$116` or `'KPI Data'!A1:T116`.
 *
 * @example parseRange("'KPI Data'!A4:T116") // { firstColumn: 1, firstRow: 4, columnCount: 20, rowCount: 113 }
 */
export function parseRange(address: string): RangeBounds {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
  if (!match) throw new RangeError(`"${address}" is not an A1 range`);
  const firstColumn = columnNumber(match[1]);
  const firstRow = Number(match[2]);
  const lastColumn = match[3] ? columnNumber(match[3]) : firstColumn;
  const lastRow = match[4] ? Number(match[4]) : firstRow;
  return {
    firstColumn: Math.min(firstColumn, lastColumn),
    firstRow: Math.min(firstRow, lastRow),
    columnCount: Math.abs(lastColumn - firstColumn) + 1,
    rowCount: Math.abs(lastRow - firstRow) + 1,
  };
}

/** Splits a sheet-qualified address into its sheet name and local part. @example splitQualified("'KPI Data'!K5") */
export function splitQualified(address: string): {
  readonly sheet: string | null;
  readonly local: string;
} {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const sheet =
    raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** The last row of a range address. @example lastRowOf("A4:T116") === 116 */
export function lastRowOf(address: string): number {
  const { firstRow, rowCount } = parseRange(address);
  return firstRow + rowCount - 1;
}

/**
 * True when two range addresses (same sheet) share a cell.
 *
 * @example rangesOverlap("A1:C3", "B2") === true
 * @example rangesOverlap("A1:C3", "D1") === false
 */
export function rangesOverlap(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  const apart = (start1: number, count1: number, start2: number, count2: number) =>
    start1 + count1 <= start2 || start2 + count2 <= start1;
  return !(
    apart(x.firstRow, x.rowCount, y.firstRow, y.rowCount) ||
    apart(x.firstColumn, x.columnCount, y.firstColumn, y.columnCount)
  );
}
