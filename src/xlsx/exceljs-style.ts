import type ExcelJS from "exceljs";
import { cell, parseRange } from "../domain/template";
import type { RangeFormat } from "../domain/template";

/**
 * `#RRGGBB` as exceljs's ARGB (opaque).
 *
 * @example argb("#FFC7CE") === "FFFFC7CE"
 */
export function argb(hex: string): string {
  const digits = hex.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(digits)) throw new RangeError(`"${hex}" is not a #RRGGBB colour`);
  return `FF${digits}`;
}

/** Maximum digit width, in pixels at 96 dpi, of Calibri 11: the default font exceljs writes for the Normal style. */
const MAX_DIGIT_WIDTH_PX = 7;

/**
 * A plan width in points as the `width` exceljs writes into `<col width>`. The file stores widths in units of the
 * Normal font's maximum digit width (MDW), padding included, truncated to 1/256 (ECMA-376 Part 1 §18.3.1.13, and
 * Office's reading of it in MS-OI29500 §2.1.598,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e):
 * width = pixels ÷ MDW, with pixels = points × 96 ÷ 72 and MDW = 7 px for Calibri 11. Office.js's
 * `format.columnWidth` takes the same points, so both appliers give a column the same pixels on a 96-dpi screen.
 *
 * @example columnWidthInCharacters(70) === 13.33203125 // 70 pt = 93.3 px = 13.33 digits of 7 px
 */
export function columnWidthInCharacters(points: number): number {
  const pixels = (points * 96) / 72;
  return Math.trunc((pixels / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}

/** Every cell address of a range, row by row. @example cellsOf("A1:B2") // ["A1", "B1", "A2", "B2"] */
export function cellsOf(address: string): string[] {
  const { firstColumn, firstRow, rowCount, columnCount } = parseRange(address);
  const cells: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < columnCount; c++) cells.push(cell(firstColumn + c, firstRow + r));
  }
  return cells;
}

/**
 * Applies one plan format to every cell of its range, keeping what an earlier format set (a header's fill stays
 * when a later format makes it bold): exceljs styles are per cell, Excel's range formats are too.
 *
 * @example applyRangeFormat(sheet, { address: "A4:J4", role: "reference", bold: true, fill: "#D9D9D9" })
 */
export function applyRangeFormat(sheet: ExcelJS.Worksheet, format: RangeFormat): void {
  for (const address of cellsOf(format.address)) {
    const target = sheet.getCell(address);
    if (format.numberFormat !== undefined) target.numFmt = format.numberFormat;
    if (format.bold !== undefined || format.fontColor !== undefined) {
      target.font = {
        ...target.font,
        ...(format.bold === undefined ? {} : { bold: format.bold }),
        ...(format.fontColor === undefined ? {} : { color: { argb: argb(format.fontColor) } }),
      };
    }
    if (format.fill !== undefined) {
      target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
    }
    if (format.wrap !== undefined)
      target.alignment = { ...target.alignment, wrapText: format.wrap };
  }
}

/**
 * The sheet views freezing the top `rows` rows and the left `columns` columns (none when both are 0): the file's
 * `<pane state="frozen">`, what Office.js's `freezePanes.freezeAt` / `freezeRows` give in Excel.
 *
 * @example frozenViews(4, 5) // [{ state: "frozen", xSplit: 5, ySplit: 4, topLeftCell: "F5" }]
 */
export function frozenViews(rows: number, columns: number): Partial<ExcelJS.WorksheetView>[] {
  if (rows <= 0 && columns <= 0) return [];
  return [
    { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cell(columns + 1, rows + 1) },
  ];
}
