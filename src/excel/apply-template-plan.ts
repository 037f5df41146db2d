import { area, parseRange, qualified } from "../domain/template";
import type {
  CellBlock,
  ChartSpec,
  RangeFormat,
  SheetPlan,
  TableSpec,
  ValidationSpec,
} from "../domain/template";

/** What to create besides cells: the table only on insert, the chart on insert or when Update finds it missing. */
export interface ApplyOptions {
  readonly table: boolean;
  readonly chart: boolean;
}

/** A 2-D array of the range's shape filled with one value (Excel wants number formats per cell). */
function filled<T>(address: string, value: T): T[][] {
  const { rowCount, columnCount } = parseRange(address);
  return Array.from({ length: rowCount }, () => Array<T>(columnCount).fill(value));
}

function applyFormat(sheet: Excel.Worksheet, format: RangeFormat): void {
  const range = sheet.getRange(format.address);
  if (format.numberFormat !== undefined)
    range.numberFormat = filled(format.address, format.numberFormat);
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
}

function writeBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const range = sheet.getRange(block.address);
  const cells = block.cells.map((row) => [...row]);
  if (block.write === "formulas") range.formulas = cells;
  else range.values = cells;
}

/** Office's shape of a plan's rule. */
function officeRule(spec: ValidationSpec): Excel.DataValidationRule {
  const { rule } = spec;
  if (rule.kind === "custom") return { custom: { formula: rule.formula } };
  if (rule.kind === "list") return { list: { inCellDropDown: true, source: rule.source } };
  return { wholeNumber: { operator: "Between", formula1: rule.min, formula2: rule.max } };
}

function applyValidation(sheet: Excel.Worksheet, spec: ValidationSpec): void {
  const validation = sheet.getRange(spec.address).dataValidation;
  validation.ignoreBlanks = true;
  validation.rule = officeRule(spec);
  validation.prompt = { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message };
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: spec.error.title,
    message: spec.error.message,
  };
}

function addTable(sheet: Excel.Worksheet, sheetName: string, spec: TableSpec): void {
  // Sheet-qualified: an address without a sheet name would be read on the active sheet.
  const table = sheet.tables.add(qualified(sheetName, spec.address), true);
  table.name = spec.name;
  table.style = spec.style;
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), spec.seriesBy);
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.setPosition(spec.position.start, spec.position.end);
}

/**
 * Queues everything a sheet plan writes, without a single `context.sync()`: number formats first (so ids and SDG
 * targets are stored as text), then the cell blocks as whole 2-D arrays, widths, validation (cleared, then set per
 * range), conditional formats (cleared, then added per range with relative formulas), frozen rows, table and chart.
 *
 * @example applySheetPlan(context.workbook.worksheets.add(plan.name), plan, { table: true, chart: true })
 */
export function applySheetPlan(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  options: ApplyOptions
): void {
  plan.formats.forEach((format) => applyFormat(sheet, format));
  plan.blocks.forEach((block) => writeBlock(sheet, block));
  for (const { column, width } of plan.columnWidths)
    sheet.getRange(`${column}:${column}`).format.columnWidth = width;
  plan.validationRanges.forEach((address) => sheet.getRange(address).dataValidation.clear());
  plan.validations.forEach((spec) => applyValidation(sheet, spec));
  plan.conditionalFormatRanges.forEach((address) =>
    sheet.getRange(address).conditionalFormats.clearAll()
  );
  for (const spec of plan.conditionalFormats) {
    const format = sheet.getRange(spec.address).conditionalFormats.add("Custom");
    format.custom.rule.formula = spec.formula;
    format.custom.format.fill.color = spec.fill;
    format.custom.format.font.color = spec.fontColor;
  }
  applyFreeze(sheet, plan);
  if (options.table && plan.table) addTable(sheet, plan.name, plan.table);
  if (options.chart && plan.chart) addChart(sheet, plan.chart);
}

/**
 * Freezes the header rows and, where the plan asks, the first columns. Rows and columns together need
 * `freezePanes.freezeAt(range)` (ExcelApi 1.7, the set insert and update already require): the range given is the
 * top-left block that stays in view, and it may be an address string
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes#excel-excel-worksheetfreezepanes-freezeat-member(1)).
 */
function applyFreeze(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const columns = plan.freezeColumns ?? 0;
  if (columns > 0 && plan.freezeRows > 0) {
    sheet.freezePanes.freezeAt(area(1, 1, columns, plan.freezeRows));
  } else if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
}
