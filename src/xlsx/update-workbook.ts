import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  area,
  cell,
  DATA_SHEET,
  DATA_TABLE,
  templateColumns,
  LISTS_SHEET,
  lastUpdatedRow,
  locateRows,
  parseRange,
  planGrid,
  planUpdate,
  rowsBelow,
  rowsForUpdate,
  SUMMARY_CITY_CELL,
  SUMMARY_SHEET,
  SUMMARY_YEAR_CELL,
} from "../domain/template";
import type { TableSpec } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { applySheetPlanToFile } from "./apply-sheet-plan";
import { fileKind } from "./file-kind";
import { fileCell, usedCells } from "./raw-cell";
import { ZipArchive } from "./zip-entries";

/** Why a file was not updated. */
export type UpdateRefusal =
  | "NOT_XLSX" // not a readable .xlsx (see `check` for the details)
  | "NO_TEMPLATE" // no sheet named KPI Data
  | "DAMAGED" // header row not in row 4, or a column missing or moved: the pane's Update refuses too
  | "RICH_CONTENT" // charts, pictures, pivot tables or macros, which exceljs would drop on saving
  | "NO_ROOM" // a missing item would go where a user's cell is (docs/data-safety.md, "Adding missing items")
  | "UNPLANNED_WRITE" // a safety net: a cell the plan does not name would have changed
  | "TOO_LARGE"; // over UPDATE_LIMIT_BYTES unpacked: exceljs would hold all of it in memory (see docs/cli.md)

/**
 * The largest workbook `update` loads, unpacked (the sum of its parts' sizes): exceljs keeps a whole workbook in
 * memory, about 50 times its unpacked size (docs/cli.md, "Measured"); a template, even filled, is under 1 MiB.
 */
export const UPDATE_LIMIT_BYTES = 16 * 1024 * 1024;

export type UpdateResult =
  | {
      readonly ok: true;
      readonly bytes: Buffer;
      readonly rows: number;
      readonly keptInputCells: number;
      readonly appended: number;
    }
  | { readonly ok: false; readonly code: UpdateRefusal; readonly detail: string };

const refuse = (code: UpdateRefusal, detail: string): UpdateResult => ({ ok: false, code, detail });

/** Parts exceljs 4.4 does not keep when it saves a workbook it read (exceljs issues #141, #1173 for charts). */
const RICH_PARTS = /^xl\/(charts|drawings|pivotTables|pivotCache|media|vbaProject)/;

/**
 * The planned table, as wide as the user's when they widened it (columns of their own right of the template's,
 * which Excel takes into the table as they type them).
 */
function widenedTable(planned: TableSpec, user: ReturnType<typeof parseRange>): TableSpec {
  const { firstColumn, firstRow, columnCount, rowCount } = parseRange(planned.address);
  const lastColumn = Math.max(
    firstColumn + columnCount - 1,
    user.firstColumn + user.columnCount - 1
  );
  return { ...planned, address: area(firstColumn, firstRow, lastColumn, firstRow + rowCount - 1) };
}

/** Every cell of a sheet as text, to see afterwards which cells the update changed. */
function cellTexts(sheet: ExcelJS.Worksheet): Map<string, string> {
  const texts = new Map<string, string>();
  sheet.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (c, k) => texts.set(cell(k, r), JSON.stringify(c.value)))
  );
  return texts;
}

/**
 * "Update template" on a file: the same `planUpdate` as the pane, applied with the file writer; only the cells
 * the plan names (reference and formula blocks, appended rows) are written, and a final comparison of every cell
 * of the data sheet refuses the result if any other cell changed. Refuses a workbook whose layout the pane's
 * Update would refuse, and one holding parts exceljs would silently drop (charts, pictures, pivot tables, macros).
 *
 * @example const result = await updateWorkbookBytes(readFileSync("bergen.xlsx"), { city: "", reportingYear: null, scope: "all", lang: "en" })
 */
export async function updateWorkbookBytes(
  bytes: Buffer,
  options: TemplateOptions
): Promise<UpdateResult> {
  if (fileKind(bytes) !== "zip") return refuse("NOT_XLSX", "not a zip archive");
  const unpacked = await ZipArchive.fromBuffer(bytes)
    .then((archive) => archive.unpackedSize())
    .catch(() => null);
  if (unpacked === null) return refuse("NOT_XLSX", "unreadable or ZIP64 zip");
  if (unpacked > UPDATE_LIMIT_BYTES) return refuse("TOO_LARGE", String(unpacked));
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  if (!zip) return refuse("NOT_XLSX", "unreadable zip");
  const rich = Object.keys(zip.files).filter((name) => RICH_PARTS.test(name));
  if (rich.length > 0) return refuse("RICH_CONTENT", rich.slice(0, 3).join(", "));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return refuse("NOT_XLSX", (error as Error).message);
  }
  const data = workbook.getWorksheet(DATA_SHEET);
  if (!data) return refuse("NO_TEMPLATE", `no sheet named "${DATA_SHEET}"`);
  const used = usedCells(data).rows;
  const grid = used.map((row) => row.map((c) => c.value));
  const located = locateRows(grid, { row: 1, column: 1 });
  if (!located || !located.exactLayout)
    return refuse("DAMAGED", "header row or columns not where the template puts them");

  const table = data.getTable(DATA_TABLE) as unknown as
    { table?: { tableRef?: string; style?: ExcelJS.TableStyleProperties } } | undefined;
  const tableEnd = table?.table?.tableRef ? parseRange(table.table.tableRef) : null;
  // As the pane's Update (docs/data-safety.md): the table's rows only; rows below it are the user's. Added items go
  // right below the table, written into blank cells (a formula showing nothing is not blank), the table re-added
  // over them: nothing moves.
  const lastRow = lastUpdatedRow(
    located,
    tableEnd ? tableEnd.firstRow + tableEnd.rowCount - 1 : null
  );
  const formulas = used.map((row) =>
    row.map((c) => (c.formula === null ? c.value : `=${c.formula}`))
  );
  const width = tableEnd
    ? tableEnd.firstColumn + tableEnd.columnCount - 1
    : templateColumns(located.translationColumns).length;
  let summary = workbook.getWorksheet(SUMMARY_SHEET);
  const update = planUpdate(options, {
    rows: rowsForUpdate(located, lastRow),
    below: rowsBelow(formulas, { row: 1, column: 1 }, lastRow, width),
    width,
    growth: "fill",
    // The translation columns AI–AJ are rewritten only where their headers stand; never added (docs/data-safety.md).
    translationColumns: located.translationColumns,
    listsExist: Boolean(workbook.getWorksheet(LISTS_SHEET)),
    summary: summary
      ? {
          city: fileCell(summary.getCell(SUMMARY_CITY_CELL).value).value,
          year: fileCell(summary.getCell(SUMMARY_YEAR_CELL).value).value,
        }
      : null,
  });
  if (update.noRoom !== null)
    return refuse("NO_ROOM", `cell ${update.noRoom} is where an added row would go`);
  const before = cellTexts(data);
  const [dataPlan, summaryPlan, listsPlan] = update.plan.sheets;
  const planned = new Set(planGrid(dataPlan).keys());
  if (update.append) {
    const { firstRow, firstColumn } = parseRange(update.append.address);
    update.append.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        data.getCell(firstRow + r, firstColumn + c).value = value === "" ? null : value;
        planned.add(cell(firstColumn + c, firstRow + r));
      })
    );
  }
  if (table) data.removeTable(DATA_TABLE);
  const summaryMissing = !summary;
  summary = summary ?? workbook.addWorksheet(SUMMARY_SHEET);
  const lists = workbook.getWorksheet(LISTS_SHEET) ?? workbook.addWorksheet(LISTS_SHEET);
  // The table is re-added as the user left it but for its new rows (as Excel's table grows over the rows added
  // below it): a user's own columns right of the template's stay inside it, and their table style stays.
  const userTable = dataPlan.table && tableEnd ? widenedTable(dataPlan.table, tableEnd) : null;
  applySheetPlanToFile(
    data,
    { ...dataPlan, table: userTable ?? dataPlan.table },
    { table: Boolean(table), chart: false, tableStyle: table?.table?.style }
  );
  applySheetPlanToFile(summary, summaryPlan, { table: false, chart: summaryMissing });
  applySheetPlanToFile(lists, listsPlan, { table: false, chart: false });

  const after = cellTexts(data);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (a) => before.get(a) !== after.get(a)
  );
  const unplanned = changed.filter((address) => !planned.has(address));
  if (unplanned.length > 0) return refuse("UNPLANNED_WRITE", unplanned.slice(0, 5).join(", "));
  workbook.calcProperties.fullCalcOnLoad = true;
  return {
    ok: true,
    bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
    rows: update.plan.ids.length,
    keptInputCells: update.keptInputCells,
    appended: update.append?.cells.length ?? 0,
  };
}
