import {
  DATA_HEADER_ROW,
  DATA_SHEET,
  DATA_TABLE,
  LISTS_SHEET,
  SUMMARY_CHART,
  SUMMARY_CITY_CELL,
  SUMMARY_SHEET,
  SUMMARY_YEAR_CELL,
  describeStructureProblem,
  lastRowOf,
  locateRows,
  parseRange,
  planUpdate,
  rowsForUpdate,
} from "../domain/template";
import type { LocatedSheet, UpdatePlan } from "../domain/template";
import type { TemplateOptions, TemplateWriteSummary } from "../domain/workbook/workbook-port";
import { applySheetPlan } from "./apply-template-plan";
import { PortFailure } from "./office-errors";

/** ExcelApi version Update needs (the same rules as insert). */
export const UPDATE_API = "1.8";

/** The last sheet row Update must keep in step: the last row with content, or the table's end if lower down. */
function lastDataRow(located: LocatedSheet, tableAddress: string | null): number {
  const lastContent = Math.max(DATA_HEADER_ROW, ...located.rows.map((row) => row.row));
  if (tableAddress === null) return lastContent;
  return Math.max(lastContent, lastRowOf(tableAddress));
}

/** Appends the missing items: as table rows when the table ends at the last row (it grows), else below it. */
function appendRows(
  data: Excel.Worksheet,
  table: { readonly table: Excel.Table; readonly address: string } | null,
  update: UpdatePlan
): void {
  if (!update.append) return;
  const cells = update.append.cells.map((row) => [...row]);
  const at = parseRange(update.append.address);
  const bounds = table ? parseRange(table.address) : null;
  if (
    table &&
    bounds &&
    bounds.firstColumn === at.firstColumn &&
    lastRowOf(table.address) === at.firstRow - 1
  ) {
    // A table row takes a value for every table column: the formula columns get theirs from the plan right after.
    const width = Math.max(bounds.columnCount, at.columnCount);
    table.table.rows.add(
      undefined,
      cells.map((row) => [...row, ...Array<string>(width - row.length).fill("")])
    );
  } else {
    data.getRange(update.append.address).values = cells;
  }
}

/**
 * "Update template" in one batch and three round trips: 1 which sheets, table and chart exist; 2 the data sheet's
 * used range, the Summary's city and year, and protection; 3 every write. Reference columns, formulas, rules and the
 * Summary are rewritten for the rows as they stand; missing items are appended; no input cell of an existing row is
 * written. Refuses (PROTECTED, TEMPLATE_DAMAGED) before writing anything when it cannot do that safely.
 *
 * @example await updateTemplate(context, { city: "", reportingYear: null, scope: "all", lang: "fr" })
 */
export async function updateTemplate(
  context: Excel.RequestContext,
  options: TemplateOptions
): Promise<TemplateWriteSummary> {
  const { workbook } = context;
  const data = workbook.worksheets.getItemOrNullObject(DATA_SHEET);
  const summary = workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  const lists = workbook.worksheets.getItemOrNullObject(LISTS_SHEET);
  const tableOrNull = workbook.tables.getItemOrNullObject(DATA_TABLE);
  workbook.protection.load("protected");
  await context.sync();
  if (data.isNullObject) throw new PortFailure("NO_TEMPLATE", `no sheet named "${DATA_SHEET}"`);

  const existing = [data, summary, lists].filter((sheet) => !sheet.isNullObject);
  existing.forEach((sheet) => sheet.protection.load("protected"));
  const used = data.getUsedRange();
  used.load("values, address");
  const table = tableOrNull.isNullObject ? null : tableOrNull;
  const tableRange = table?.getRange();
  tableRange?.load("address");
  const summaryCells = summary.isNullObject
    ? null
    : summary.getRange(`${SUMMARY_CITY_CELL}:${SUMMARY_YEAR_CELL}`);
  summaryCells?.load("values");
  const chart = summary.isNullObject ? null : summary.charts.getItemOrNullObject(SUMMARY_CHART);
  await context.sync();

  if (existing.some((sheet) => sheet.protection.protected))
    throw new PortFailure("PROTECTED", "a template sheet is protected");
  if (existing.length < 3 && workbook.protection.protected) {
    throw new PortFailure(
      "PROTECTED",
      "the workbook structure is protected: a missing template sheet cannot be added"
    );
  }
  const origin = parseRange(used.address);
  const located = locateRows(used.values, { row: origin.firstRow, column: origin.firstColumn });
  if (!located)
    throw new PortFailure("TEMPLATE_DAMAGED", `no header row with the item id and value columns`);
  if (!located.exactLayout) {
    const shape = located.problems.filter(
      (p) => p.code === "MISSING_COLUMN" || p.code === "MOVED_COLUMN"
    );
    const detail =
      shape.map((p) => describeStructureProblem(p, "en")).join(" ") || "header row moved";
    throw new PortFailure("TEMPLATE_DAMAGED", detail);
  }

  const lastRow = lastDataRow(located, tableRange?.address ?? null);
  const cityYear = summaryCells?.values;
  const update = planUpdate(options, {
    rows: rowsForUpdate(located, lastRow),
    summary: cityYear ? { city: cityYear[0]?.[0], year: cityYear[1]?.[0] } : null,
  });
  // Missing sheets first: formulas and list sources name them.
  const summarySheet = summary.isNullObject ? workbook.worksheets.add(SUMMARY_SHEET) : summary;
  const listsSheet = lists.isNullObject ? workbook.worksheets.add(LISTS_SHEET) : lists;
  appendRows(data, table && tableRange ? { table, address: tableRange.address } : null, update);
  const [dataPlan, summaryPlan, listsPlan] = update.plan.sheets;
  applySheetPlan(data, dataPlan, { table: false, chart: false });
  applySheetPlan(summarySheet, summaryPlan, {
    table: false,
    chart: chart === null || chart.isNullObject,
  });
  applySheetPlan(listsSheet, listsPlan, { table: false, chart: false });
  await context.sync();
  return {
    rows: update.plan.ids.length,
    keptInputCells: update.keptInputCells,
    sheets: update.plan.sheets.map((sheet) => sheet.name),
  };
}
