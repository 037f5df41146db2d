import { shiftFormula } from "../formula";
import { Area, areaSize, formatArea } from "../workbook/area";
import { CellContent, interpretEntry } from "../workbook/cell-content";
import { ExcelError } from "../workbook/excel-error";
import { assertSimulatedNumberFormat } from "../workbook/number-format";
import { CellFormat, SimSheet } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";
import type { SyncStats } from "./request-context";
import { missing } from "./simulated-proxy";

/** Where a Range object points, resolved when its operations run. */
export interface RangeTarget {
  readonly sheet: SimSheet;
  readonly area: Area;
}

type Entry = string | number | boolean | null;

/**
 * The value for each cell of `area` from what was assigned to `range.values` / `.formulas` / `.numberFormat`:
 * a 2-D array of exactly the range's shape, or one value for every cell (a formula then moves its relative
 * references cell by cell, as Excel fills it). Anything else is Excel's InvalidArgument.
 */
export function entriesFor(
  area: Area,
  input: unknown,
  property: string
): (row: number, col: number) => Entry {
  const { rows, cols } = areaSize(area);
  if (!Array.isArray(input)) {
    const single = checkEntry(input, property);
    return (row, col) =>
      typeof single === "string" && single.startsWith("=")
        ? shiftFormula(single, row, col)
        : single;
  }
  const shapeOk =
    input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!shapeOk) {
    throw new ExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}: ${rows}×${cols}).`
    );
  }
  const grid = (input as unknown[][]).map((row) => row.map((entry) => checkEntry(entry, property)));
  return (row, col) => grid[row][col];
}

function checkEntry(entry: unknown, property: string): Entry {
  if (entry === null || entry === undefined) return null;
  if (typeof entry === "string" || typeof entry === "boolean") return entry;
  if (typeof entry === "number" && Number.isFinite(entry)) return entry;
  throw new ExcelError("InvalidArgument", `Invalid value for ${property}: ${String(entry)}`);
}

/**
 * Excel refuses every write to a protected sheet's cells with AccessDenied ("You cannot perform the requested
 * operation", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling). The
 * simulation locks every cell of a protected sheet (Excel's default, Format Cells > Protection > Locked).
 */
export function assertUnprotected(sheet: SimSheet): void {
  if (sheet.protected)
    throw new ExcelError(
      "AccessDenied",
      `You cannot perform the requested operation (${sheet.name} is protected).`
    );
}

/** Writes `values` or `formulas` into a range; a formula Excel could not parse is refused (InvalidArgument). */
export function writeEntries(
  model: SimWorkbook,
  target: RangeTarget,
  input: unknown,
  property: string
): void {
  assertCellwise(target.area);
  assertUnprotected(target.sheet);
  const entryAt = entriesFor(target.area, input, property);
  const { rows, cols } = areaSize(target.area);
  const contents: CellContent[][] = [];
  for (let r = 0; r < rows; r += 1) {
    contents.push([]);
    for (let c = 0; c < cols; c += 1) {
      const cell = target.sheet.cell(target.area.top + r, target.area.left + c);
      const { content } = interpretEntry(entryAt(r, c), cell.numberFormat);
      if (content.kind === "formula" && !model.isValidFormula(content.formula)) {
        throw new ExcelError(
          "InvalidArgument",
          `The formula ${content.formula} contains an error.`
        );
      }
      contents[r].push(content);
    }
  }
  // All cells are checked before any is written, so a refused formula leaves the range as it was.
  contents.forEach((row, r) =>
    row.forEach((content, c) =>
      model.writeContent(target.sheet, target.area.top + r, target.area.left + c, content)
    )
  );
  model.recordChange(target.sheet, target.area, "api");
}

export function writeNumberFormat(target: RangeTarget, input: unknown): void {
  assertUnprotected(target.sheet);
  const formatAt = entriesFor(target.area, input, "numberFormat");
  forEachCell(target.area, (row, col) => {
    const format = formatAt(row - target.area.top, col - target.area.left);
    if (typeof format !== "string")
      throw new ExcelError("InvalidArgument", `Invalid number format ${String(format)}`);
    assertSimulatedNumberFormat(format);
  });
  forEachCell(target.area, (row, col) =>
    target.sheet.updateCell(row, col, {
      numberFormat: formatAt(row - target.area.top, col - target.area.left) as string,
    })
  );
}

/** Sets one formatting property on every cell of the range. */
export function patchFormat(target: RangeTarget, patch: CellFormat): void {
  assertUnprotected(target.sheet);
  forEachCell(target.area, (row, col) =>
    target.sheet.updateCell(row, col, {
      format: { ...target.sheet.cell(row, col).format, ...patch },
    })
  );
}

/** `format.columnWidth`: every column of the range gets the width, in points. */
export function setColumnWidth(target: RangeTarget, width: unknown): void {
  assertUnprotected(target.sheet);
  if (typeof width !== "number" || !(width >= 0))
    throw new ExcelError("InvalidArgument", `Invalid column width ${String(width)}`);
  for (let col = target.area.left; col <= target.area.right; col += 1)
    target.sheet.columnWidths.set(col, width);
}

/** Colours are "#RRGGBB" (or a name Excel knows, which the preview does not simulate). */
export function checkColor(color: unknown, property: string): string {
  if (typeof color !== "string" || !/^#[0-9a-f]{6}$/i.test(color))
    throw missing(`${property} = ${String(color)} (only #RRGGBB colours)`);
  return color.toUpperCase();
}

/** Cell-by-cell work on more cells than this (whole columns) is refused rather than attempted. */
const CELL_LIMIT = 1_000_000;

function assertCellwise(area: Area): void {
  const { rows, cols } = areaSize(area);
  if (rows * cols > CELL_LIMIT)
    throw missing(`cell-by-cell operations on ${rows * cols} cells (whole rows or columns)`);
}

/** Logs a write that ran, when a test asked for the log (`SyncStats.calls`). */
export function logCall(stats: SyncStats, target: RangeTarget, what: string): void {
  stats.calls?.push({ sheet: target.sheet.name, address: formatArea(target.area), what });
}

export function forEachCell(area: Area, visit: (row: number, col: number) => void): void {
  assertCellwise(area);
  for (let row = area.top; row <= area.bottom; row += 1) {
    for (let col = area.left; col <= area.right; col += 1) visit(row, col);
  }
}
