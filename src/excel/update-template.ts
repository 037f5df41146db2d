import {
  templateColumns,
  DATA_SHEET,
  DATA_TABLE,
  LISTS_SHEET,
  SUMMARY_CHART,
  SUMMARY_CITY_CELL,
  SUMMARY_SHEET,
  SUMMARY_YEAR_CELL,
  describeStructureProblem,
  locateRows,
  parseRange,
  planUpdate,
  rowsBelow,
  rowsForUpdate,
  splitQualified,
} from "../domain/template";
import type { LocatedSheet } from "../domain/template";
import type {
  RawCell,
  TemplateOptions,
  TemplateWriteSummary,
} from "../domain/workbook/workbook-port";
import { appendRows, lastDataRow } from "./append-rows";
import { applySheetPlan } from "./apply-template-plan";
import { PortFailure } from "./office-errors";
import { probeFilters } from "./table-filter";

/** ExcelApi version Update needs (the same rules as insert). */
export const UPDATE_API = "1.8";

/** What the host offers beyond UPDATE_API (feature-detected by the port). */
export interface UpdateCapabilities {
  /** ExcelApi 1.9: worksheet and table `autoFilter` (table-filter.ts). */
  readonly autoFilter: boolean;
  /** ExcelApi 1.13: `table.resize` (append-rows.ts). */
  readonly tableResize: boolean;
}

/** What round trips 1 and 2 found: the sheets, the table on the data sheet, the data read, the Summary's inputs. */
interface FoundTemplate {
  readonly data: Excel.Worksheet;
  readonly summary: Excel.Worksheet | null;
  readonly lists: Excel.Worksheet | null;
  readonly table: { readonly table: Excel.Table; readonly address: string } | null;
  readonly used: Excel.Range;
  readonly cityYear: RawCell[][] | null;
  readonly chartMissing: boolean;
}

async function findTemplate(
  context: Excel.RequestContext,
  autoFilterApi: boolean
): Promise<FoundTemplate> {
  const { workbook } = context;
  const data = workbook.worksheets.getItemOrNullObject(DATA_SHEET);
  const summary = workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  const lists = workbook.worksheets.getItemOrNullObject(LISTS_SHEET);
  const table = workbook.tables.getItemOrNullObject(DATA_TABLE);
  workbook.protection.load("protected");
  await context.sync();
  if (data.isNullObject) throw new PortFailure("NO_TEMPLATE", `no sheet named "${DATA_SHEET}"`);

  const existing = [data, summary, lists].filter((sheet) => !sheet.isNullObject);
  existing.forEach((sheet) => sheet.protection.load("protected"));
  const used = data.getUsedRange();
  // Formulas too: a cell whose formula shows "" is not empty, and added rows never cover it.
  used.load("values, formulas, address");
  const tableRange = table.isNullObject ? null : table.getRange();
  tableRange?.load("address");
  const summaryCells = summary.isNullObject
    ? null
    : summary.getRange(`${SUMMARY_CITY_CELL}:${SUMMARY_YEAR_CELL}`);
  summaryCells?.load("values");
  const chart = summary.isNullObject ? null : summary.charts.getItemOrNullObject(SUMMARY_CHART);
  const filters = probeFilters(data, table.isNullObject ? null : table, used, autoFilterApi);
  await context.sync();

  if (existing.some((sheet) => sheet.protection.protected)) {
    throw new PortFailure("PROTECTED", "a template sheet is protected");
  }
  if (existing.length < 3 && workbook.protection.protected) {
    throw new PortFailure(
      "PROTECTED",
      "the workbook structure is protected: a missing sheet cannot be added"
    );
  }
  if (filters.filtered()) {
    throw new PortFailure(
      "FILTERED",
      `"${DATA_SHEET}" or its table is filtered (or has hidden rows)`
    );
  }
  const onDataSheet =
    tableRange !== null && splitQualified(tableRange.address).sheet === DATA_SHEET;
  return {
    data,
    summary: summary.isNullObject ? null : summary,
    lists: lists.isNullObject ? null : lists,
    table: onDataSheet ? { table, address: tableRange.address } : null,
    used,
    cityYear: summaryCells?.values ?? null,
    chartMissing: chart === null || chart.isNullObject,
  };
}

/** The data sheet located, or TEMPLATE_DAMAGED when Update could not write its columns safely. */
function locateForUpdate(used: Excel.Range): LocatedSheet {
  const origin = parseRange(used.address);
  const located = locateRows(used.values, { row: origin.firstRow, column: origin.firstColumn });
  if (!located)
    throw new PortFailure("TEMPLATE_DAMAGED", "no header row with the item id and value columns");
  if (!located.exactLayout) {
    const shape = located.problems.filter(
      (p) => p.code === "MISSING_COLUMN" || p.code === "MOVED_COLUMN"
    );
    const detail = shape.map((p) => describeStructureProblem(p, "en")).join(" ");
    throw new PortFailure("TEMPLATE_DAMAGED", detail || "the header row is not in row 4");
  }
  return located;
}

/**
 * "Update template" in one batch and three round trips: 1 which sheets and table exist; 2 the data sheet's used
 * range, the Summary's city and year, protection, filters and the chart; 3 every write. It writes only the cells
 * the plan owns (docs/data-safety.md): reference and formula cells of catalog rows inside the table, the header,
 * the Summary's block, the Lists sheet; missing items become new table rows; no input cell of an existing row and
 * no cell of a user's row is written. Refuses (PROTECTED, TEMPLATE_DAMAGED, FILTERED, NO_ROOM) before writing
 * anything when it cannot be safe.
 *
 * @example await updateTemplate(context, { city: "", reportingYear: null, scope: "all", lang: "fr" })
 */
export async function updateTemplate(
  context: Excel.RequestContext,
  options: TemplateOptions,
  caps: UpdateCapabilities = { autoFilter: true, tableResize: true }
): Promise<TemplateWriteSummary> {
  const found = await findTemplate(context, caps.autoFilter);
  const located = locateForUpdate(found.used);
  const lastRow = lastDataRow(located, found.table?.address ?? null);
  const width = found.table
    ? parseRange(found.table.address).columnCount
    : templateColumns(located.translationColumns).length;
  const update = planUpdate(options, {
    rows: rowsForUpdate(located, lastRow),
    below: rowsBelow(
      found.used.formulas as RawCell[][],
      {
        row: parseRange(found.used.address).firstRow,
        column: parseRange(found.used.address).firstColumn,
      },
      lastRow,
      width
    ),
    width,
    growth: found.table && !caps.tableResize ? "insert" : "fill",
    summary: found.cityYear ? { city: found.cityYear[0]?.[0], year: found.cityYear[1]?.[0] } : null,
    // The translation columns AI–AJ are rewritten only where their headers stand; never added (docs/data-safety.md).
    translationColumns: located.translationColumns,
    listsExist: found.lists !== null,
  });
  if (update.noRoom !== null) {
    throw new PortFailure("NO_ROOM", `cell ${update.noRoom} is where an added row would go`);
  }
  // Missing sheets first: formulas and list sources name them.
  const summary = found.summary ?? context.workbook.worksheets.add(SUMMARY_SHEET);
  const lists = found.lists ?? context.workbook.worksheets.add(LISTS_SHEET);
  appendRows(found.data, found.table, update, caps.tableResize);
  const [dataPlan, summaryPlan, listsPlan] = update.plan.sheets;
  applySheetPlan(found.data, dataPlan, { table: false, chart: false });
  applySheetPlan(summary, summaryPlan, {
    table: false,
    chart: found.summary === null || found.chartMissing,
  });
  applySheetPlan(lists, listsPlan, { table: false, chart: false });
  await context.sync();
  return {
    rows: update.plan.ids.length,
    keptInputCells: update.keptInputCells,
    sheets: update.plan.sheets.map((sheet) => sheet.name),
  };
}
