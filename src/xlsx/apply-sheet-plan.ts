import type ExcelJS from "exceljs";
import { area, parseRange, planGrid, rangesOverlap } from "../domain/template";
import type { ChartSpec, GridCell, SheetPlan, TableSpec } from "../domain/template";
import { applyRangeFormat, columnWidthInCharacters, frozenViews } from "./exceljs-style";
import { applyValidations, bare, scoreDataBar, toExpressionRule } from "./sheet-rules";

/** What to create besides cells, as in src/excel's applier: the table on a fresh sheet, the score bars. */
export interface FileApplyOptions {
  readonly table: boolean;
  readonly chart: boolean;
  /** The table's style when it is re-added over a user's table (their choice, kept); else the plan's. */
  readonly tableStyle?: ExcelJS.TableStyleProperties;
}

/**
 * A planned cell as exceljs's cell value. Text starting with "=" is a formula whichever block holds it, as Excel's
 * `range.values` and `range.formulas` both read it (and the pane's fake is as strict); "" is an empty cell.
 */
export function fileValue(cell: GridCell): ExcelJS.CellValue {
  const { value } = cell;
  if (typeof value === "string" && value.startsWith("=")) return { formula: bare(value) };
  return value === "" ? null : value;
}

/**
 * The table over cells already written: exceljs's `addTable` rewrites the header and rows from what it is given,
 * so it is given exactly the cells on the sheet (header text and formulas included). Excel repairs a file whose
 * table column names differ from its header cells, so the names are the header cells, verbatim.
 */
function addTable(
  sheet: ExcelJS.Worksheet,
  spec: TableSpec,
  style?: ExcelJS.TableStyleProperties
): void {
  const { firstColumn, firstRow, rowCount, columnCount } = parseRange(spec.address);
  const row = (r: number) =>
    Array.from(
      { length: columnCount },
      (_, c) => sheet.getCell(firstRow + r, firstColumn + c).value
    );
  const header = row(0).map((value) => String(value ?? ""));
  if (new Set(header).size !== header.length || header.some((name) => name === "")) {
    throw new Error(`table ${spec.name}: header cells must be unique and non-empty`);
  }
  sheet.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: area(firstColumn, firstRow, firstColumn, firstRow),
    headerRow: true,
    style: style ?? {
      theme: spec.style as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: header.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: rowCount - 1 }, (_, r) => row(r + 1)),
  });
}

/**
 * exceljs 4.4 cannot write charts (exceljs issue #141, open since 2016; a maintainer in #1173: "exceljs does not
 * support charts for the time being"). The file shows the charted scores as data bars in their own cells instead:
 * every series column of the chart's source (all but the first, categories, column), header row excluded.
 */
function addScoreBars(sheet: ExcelJS.Worksheet, spec: ChartSpec, priority: number): void {
  const { firstColumn, firstRow, rowCount, columnCount } = parseRange(spec.source);
  for (let c = 1; c < columnCount; c++) {
    sheet.addConditionalFormatting({
      ref: area(firstColumn + c, firstRow + 1, firstColumn + c, firstRow + rowCount - 1),
      rules: [scoreDataBar(priority + c - 1)],
    });
  }
}

/**
 * Writes a sheet plan into an exceljs worksheet in src/excel's order: number formats and styles, cell blocks
 * (through planGrid), widths, validation, conditional formats, frozen rows, table, and data bars for the chart.
 *
 * @example applySheetPlanToFile(workbook.addWorksheet(plan.name), plan, { table: true, chart: true })
 */
export function applySheetPlanToFile(
  sheet: ExcelJS.Worksheet,
  plan: SheetPlan,
  options: FileApplyOptions
): void {
  plan.formats.forEach((format) => applyRangeFormat(sheet, format));
  for (const [address, cell] of planGrid(plan)) sheet.getCell(address).value = fileValue(cell);
  for (const { column, width } of plan.columnWidths)
    sheet.getColumn(column).width = columnWidthInCharacters(width);
  applyValidations(sheet, plan.validationRanges, plan.validations);
  sheet.removeConditionalFormatting((cf: { ref: string }) =>
    plan.conditionalFormatRanges.every((range) => !rangesOverlap(range, cf.ref.split(" ")[0]))
  );
  plan.conditionalFormats.forEach((spec, i) =>
    sheet.addConditionalFormatting({ ref: spec.address, rules: [toExpressionRule(spec, i + 1)] })
  );
  const views = frozenViews(plan.freezeRows, plan.freezeColumns ?? 0);
  if (views.length > 0) sheet.views = views;
  if (options.table && plan.table) addTable(sheet, plan.table, options.tableStyle);
  if (options.chart && plan.chart)
    addScoreBars(sheet, plan.chart, plan.conditionalFormats.length + 1);
}
