import { findItem } from "../catalog";
import type { Lang, RawCell } from "../workbook/workbook-port";
import { columnLetter } from "./a1";
import { headerKey, headerLanguage } from "./header-names";
import { labelsFor } from "./labels";
import { DATA_COLUMNS, DATA_HEADER_ROW, INPUT_KEYS, TRANSLATION_COLUMNS } from "./layout";
import type { DataColumnKey } from "./layout";
import { itemsInScope } from "./plan-template";
import type { StructureProblem } from "./structure-problem";

/** Where the values read from a sheet start (the used range's top-left cell), 1-based. */
export interface ReadOrigin {
  readonly row: number;
  readonly column: number;
}

/** A data row as found: its sheet row and its cells by column key (keys whose column is missing are absent). */
export interface LocatedRow {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<DataColumnKey, RawCell>>>;
}

export interface LocatedSheet {
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet column of every header found. */
  readonly columns: Readonly<Partial<Record<DataColumnKey, number>>>;
  /** Language the header row is written in. */
  readonly lang: Lang;
  readonly rows: readonly LocatedRow[];
  readonly problems: readonly StructureProblem[];
  /** Header row and every column exactly where the template puts them (Update needs this). */
  readonly exactLayout: boolean;
  /**
   * Both translation columns (KPI and unit in the label language, AI–AJ) found where the template puts them. They are
   * optional: an English template and a workbook made before them have none, and none is reported missing or moved.
   */
  readonly translationColumns: boolean;
}

const HEADER_SEARCH_ROWS = 30;
const isBlank = (cell: RawCell) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

function findHeader(values: readonly (readonly RawCell[])[]): number {
  return values.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
    const keys = row.map(headerKey);
    return keys.includes("id") && keys.includes("value");
  });
}

function orderProblems(rows: readonly LocatedRow[]): StructureProblem[] {
  const items = rows
    .map((row) => findItem(String(row.cells.id ?? "")))
    .filter((item) => item !== undefined);
  const found = new Set(items.map((item) => item.id));
  const scope = items.some((item) => item.type === "advanced") ? "all" : "core";
  const missing = itemsInScope(scope)
    .filter((item) => !found.has(item.id))
    .map((item) => item.id);
  const order = itemsInScope("all").map((item) => item.id);
  // The template writes items in catalog order, and Update appends the missing ones below in catalog order: so at
  // most one step back. More than one means the rows were sorted or moved.
  const positions = items.map((item) => order.indexOf(item.id));
  const stepsBack = positions.filter((position, i) => i > 0 && position < positions[i - 1]).length;
  const reordered = stepsBack > 1;
  return [
    ...(missing.length > 0 ? [{ code: "ROWS_MISSING" as const, ids: missing }] : []),
    ...(reordered ? [{ code: "ROWS_REORDERED" as const }] : []),
  ];
}

/**
 * Finds the header row (by header names, in any label language), maps each column by its header and each data row
 * by its cells, and lists what is wrong with the shape: missing or moved columns, rows with entries but no id, rows
 * missing or out of order. Undefined when no header row with both an id and a value column is found.
 *
 * @example locateRows(sheet.getUsedRange().values, { row: 1, column: 1 })?.rows[0].cells.id === "EC: ICT: ICT: 1C"
 */
export function locateRows(
  values: readonly (readonly RawCell[])[],
  origin: ReadOrigin
): LocatedSheet | undefined {
  const headerIndex = findHeader(values);
  if (headerIndex < 0) return undefined;
  const header = values[headerIndex];
  const lang = headerLanguage(header);
  const columns: Partial<Record<DataColumnKey, number>> = {};
  header.forEach((text, i) => {
    const key = headerKey(text);
    if (key && columns[key] === undefined) columns[key] = origin.column + i;
  });
  const problems: StructureProblem[] = [];
  for (const column of DATA_COLUMNS) {
    const at = columns[column.key];
    const name = labelsFor(lang).headers[column.key];
    if (at === undefined) problems.push({ code: "MISSING_COLUMN", header: name });
    else if (at !== column.index) {
      problems.push({
        code: "MOVED_COLUMN",
        header: name,
        expected: columnLetter(column.index),
        actual: columnLetter(at),
      });
    }
  }
  const headerRow = origin.row + headerIndex;
  const rows: LocatedRow[] = [];
  values.slice(headerIndex + 1).forEach((line, i) => {
    const cells: Partial<Record<DataColumnKey, RawCell>> = {};
    for (const [key, at] of Object.entries(columns) as [DataColumnKey, number][])
      cells[key] = line[at - origin.column] ?? null;
    const hasInput = INPUT_KEYS.some((key) => !isBlank(cells[key]));
    const row = headerRow + 1 + i;
    if (isBlank(cells.id) && hasInput) problems.push({ code: "NO_ID", row });
    if (!isBlank(cells.id) || hasInput) rows.push({ row, cells });
  });
  problems.push(...orderProblems(rows));
  const moved = problems.some((p) => p.code === "MISSING_COLUMN" || p.code === "MOVED_COLUMN");
  return {
    headerRow,
    columns,
    lang,
    rows,
    problems,
    exactLayout: !moved && headerRow === DATA_HEADER_ROW,
    translationColumns: TRANSLATION_COLUMNS.every((c) => columns[c.key] === c.index),
  };
}
