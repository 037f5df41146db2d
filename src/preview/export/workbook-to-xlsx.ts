import ExcelJS from "exceljs";
import { FormulaError, Value, columnLetters } from "../formula";
import { columnWidthInCharacters } from "../../xlsx";
import { argb, frozenViews } from "../../xlsx/exceljs-style";
import { SheetDataValidations, bare } from "../../xlsx/sheet-rules";
import { fileValidation } from "./file-validation";
import { formatArea } from "../workbook/area";
import { Cell, SimSheet } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";

/**
 * The simulated workbook as it stands, as an exceljs workbook (the same library and helpers as src/xlsx's template
 * writer): every sheet's cells (constants, formulas with their current results, errors), number formats, bold,
 * colours, fills, wrapping, column widths, frozen rows, data validation per cell, conditional formats, tables. The
 * file asks for a full calculation on load. Charts are left out: exceljs 4.4 cannot write them (see src/xlsx).
 *
 * @example
 * const file = previewWorkbookToExcelJs(workbook);
 * file.getWorksheet("KPI Data")?.getCell("K5").value; // what K5 holds in the preview
 */
export function previewWorkbookToExcelJs(workbook: SimWorkbook): ExcelJS.Workbook {
  const file = new ExcelJS.Workbook();
  file.creator = "KPI4SSC preview";
  file.calcProperties.fullCalcOnLoad = true;
  const sheets = workbook.sheets.map((sheet) => file.addWorksheet(sheet.name));
  workbook.sheets.forEach((sheet, i) => writeSheet(workbook, sheet, sheets[i]));
  for (const table of workbook.tables) {
    const sheet = workbook.sheetById(table.sheetId);
    if (sheet) addTable(file.getWorksheet(sheet.name)!, table.name, table.style, table.area);
  }
  const active = workbook.sheets.findIndex((sheet) => sheet.id === workbook.activeSheetId);
  file.views = [{ activeTab: Math.max(0, active) } as ExcelJS.WorkbookView];
  return file;
}

function writeSheet(workbook: SimWorkbook, sheet: SimSheet, target: ExcelJS.Worksheet): void {
  for (const { row, col, cell } of sheet.storedCells()) {
    const address = `${columnLetters(col)}${row + 1}`;
    const out = target.getCell(address);
    out.value = fileValue(cell, workbook.value(sheet.id, row, col));
    if (cell.numberFormat !== "General") out.numFmt = cell.numberFormat;
    writeFormat(cell, out);
    if (cell.validation && cell.validation.criterion.type !== "none") {
      (target as unknown as SheetDataValidations).dataValidations.add(
        address,
        fileValidation(cell.validation)
      );
    }
  }
  for (const [col, points] of sheet.columnWidths) {
    target.getColumn(col + 1).width = columnWidthInCharacters(points);
  }
  const views = frozenViews(sheet.frozenRows, sheet.frozenColumns);
  if (views.length > 0) target.views = views;
  sheet.conditionalFormats.forEach((rule, index) =>
    target.addConditionalFormatting({
      ref: formatArea(rule.area),
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [bare(rule.formula)],
          style: {
            ...(rule.fill
              ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } } }
              : {}),
            ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
          },
        },
      ],
    })
  );
}

/** A cell's value for the file: a formula keeps its current result (shown by readers that do not recalculate). */
function fileValue(cell: Cell, value: Value): ExcelJS.CellValue {
  const { content } = cell;
  if (content.kind === "empty") return null;
  if (content.kind === "formula") {
    const result = value instanceof FormulaError ? { error: value.code } : (value ?? undefined);
    return { formula: bare(content.formula), result } as ExcelJS.CellFormulaValue;
  }
  return content.value instanceof FormulaError
    ? ({ error: content.value.code } as ExcelJS.CellErrorValue)
    : content.value;
}

function writeFormat(cell: Cell, out: ExcelJS.Cell): void {
  const { bold, fontColor, fill, wrap } = cell.format;
  if (bold !== undefined || fontColor !== undefined) {
    out.font = {
      ...(bold === undefined ? {} : { bold }),
      ...(fontColor === undefined ? {} : { color: { argb: argb(fontColor) } }),
    };
  }
  if (fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
  if (wrap !== undefined) out.alignment = { wrapText: wrap };
}

/** A table over the cells already written; its column names are the header cells (as src/xlsx writes tables). */
function addTable(
  target: ExcelJS.Worksheet,
  name: string,
  style: string,
  area: { top: number; left: number; bottom: number; right: number }
): void {
  const row = (r: number) =>
    Array.from(
      { length: area.right - area.left + 1 },
      (_, c) => target.getCell(r + 1, area.left + c + 1).value
    );
  target.addTable({
    name,
    displayName: name,
    ref: `${columnLetters(area.left)}${area.top + 1}`,
    headerRow: true,
    style: { theme: style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: row(area.top).map((header) => ({ name: String(header ?? ""), filterButton: true })),
    rows: Array.from({ length: area.bottom - area.top }, (_, r) => row(area.top + r + 1)),
  });
}
