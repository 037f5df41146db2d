import { columnIndex, columnLetters } from "./a1";
import { CellSource } from "./evaluate";
import { Value } from "./values";

/**
 * A fixed grid for the formula tests: `{ Sheet1: { A1: 5 } }`; cells not listed are empty. Test-only (imported by
 * *.test.ts files, never by the preview).
 */
export function fixedCells(
  sheets: Readonly<Record<string, Readonly<Record<string, Value>>>>,
  formats: Readonly<Record<string, string>> = {}
): CellSource {
  const lookup = new Map<string, Value>();
  let usedRows = 0;
  for (const [sheet, cells] of Object.entries(sheets)) {
    for (const [address, value] of Object.entries(cells)) {
      const [, letters, row] = /^([A-Z]+)([0-9]+)$/.exec(address)!;
      lookup.set(`${sheet.toLowerCase()}!${Number(row) - 1},${columnIndex(letters)}`, value);
      usedRows = Math.max(usedRows, Number(row));
    }
  }
  const names = new Set(Object.keys(sheets).map((s) => s.toLowerCase()));
  return {
    cellValue: (sheet, row, col) => lookup.get(`${sheet.toLowerCase()}!${row},${col}`) ?? null,
    hasSheet: (sheet) => names.has(sheet.toLowerCase()),
    usedRowCount: () => usedRows,
    // `formats` is keyed "Sheet!A1".
    numberFormat: (sheet, row, col) =>
      formats[`${sheet}!${columnLetters(col)}${row + 1}`] ?? "General",
  };
}
