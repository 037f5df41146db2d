import type { CatalogItem } from "../catalog";
import { area, cell, columnLetter } from "./a1";
import { pointsFormula, scoreFormula, statusFormula } from "./formulas";
import type { RowRefs } from "./formulas";
import type { TemplateLabels } from "./labels";
import {
  COLOURS,
  DATA_COLUMNS,
  DATA_FIRST_ROW,
  DATA_HEADER_ROW,
  DATA_SHEET,
  DATA_TABLE,
  dataColumn,
} from "./layout";
import type { ColumnRole, DataColumnKey } from "./layout";
import type { CellBlock, RangeFormat, SheetPlan } from "./plan-types";
import { newInputCells, referenceCells } from "./reference-row";
import { rowRuns } from "./row-runs";
import { planValueRules } from "./value-rules";

export interface DataSheetInput {
  readonly labels: TemplateLabels;
  /**
   * Every row in sheet order, the rows already on the sheet first, then the new ones: a catalog item, or null for a
   * row whose id the catalog does not know (the user's: its reference cells are left as they are).
   */
  readonly rows: readonly (CatalogItem | null)[];
  /** How many of `rows` are already on the sheet: their input cells are never planned (0 on insert). */
  readonly existingRows: number;
}

const indexes = (role: ColumnRole) =>
  DATA_COLUMNS.filter((c) => c.role === role).map((c) => c.index);
const first = (role: ColumnRole) => Math.min(...indexes(role));
const last = (role: ColumnRole) => Math.max(...indexes(role));

/** Cell references of the data row on sheet row `row`. */
export function rowRefs(row: number): RowRefs {
  const ref = (key: DataColumnKey) => cell(dataColumn(key), row);
  return {
    id: ref("id"),
    value: ref("value"),
    year: ref("year"),
    quality: ref("quality"),
    target: ref("target"),
  };
}

/** The Status, Score and Points formulas of sheet row `row`. @example rowFormulas(5)[0] starts "=KPI.CHECK(A5," */
export function rowFormulas(row: number): string[] {
  const refs = rowRefs(row);
  return [statusFormula(refs), scoreFormula(refs), pointsFormula(refs)];
}

const headerFill: Record<ColumnRole, string> = {
  reference: COLOURS.referenceHeader,
  input: COLOURS.inputHeader,
  formula: COLOURS.formulaHeader,
};

/**
 * The data sheet: title, header row, reference columns A–J, input columns K–Q (new rows only), formula columns
 * R–T, the table, column formats and the input columns' validation and conditional formats.
 *
 * @example planDataSheet({ labels: EN_LABELS, rows: ITEMS.map((item) => ({ item })), existingRows: 0 })
 */
export function planDataSheet(input: DataSheetInput): SheetPlan {
  const { labels, rows, existingRows } = input;
  const lastRow = DATA_FIRST_ROW + rows.length - 1;
  const firstNew = DATA_FIRST_ROW + existingRows;
  const span = (role: ColumnRole, from: number) => area(first(role), from, last(role), lastRow);
  const newRows = rows.slice(existingRows).filter((item) => item !== null);
  // Rows of catalog items, as runs of sheet rows: a row the catalog does not know is the user's, left alone.
  const itemRuns = rowRuns(rows, () => "item").map(({ first: offset, count }) => ({
    from: DATA_FIRST_ROW + offset,
    to: DATA_FIRST_ROW + offset + count - 1,
    items: rows.slice(offset, offset + count) as CatalogItem[],
  }));
  const referenceBlocks: CellBlock[] = itemRuns.map(({ from, to, items }) => ({
    address: area(first("reference"), from, last("reference"), to),
    role: "reference",
    write: "values",
    cells: items.map((item) => referenceCells(item, labels)),
  }));

  const headerFormats: RangeFormat[] = (["reference", "input", "formula"] as const).map((role) => ({
    address: area(first(role), DATA_HEADER_ROW, last(role), DATA_HEADER_ROW),
    role: "reference",
    bold: true,
    wrap: true,
    fill: headerFill[role],
  }));
  const columnFormats: RangeFormat[] = DATA_COLUMNS.flatMap((c) => {
    const format = (from: number, to: number): RangeFormat => ({
      address: area(c.index, from, c.index, to),
      role: c.role,
      numberFormat: c.numberFormat,
    });
    if (c.role === "reference") return itemRuns.map(({ from, to }) => format(from, to));
    if (c.role === "input") return newRows.length > 0 ? [format(firstNew, lastRow)] : [];
    return [format(DATA_FIRST_ROW, lastRow)];
  });

  return {
    name: DATA_SHEET,
    blocks: [
      {
        address: "A1:A2",
        role: "reference",
        write: "values",
        cells: [[labels.dataTitle], [labels.dataIntro]],
      },
      {
        address: area(1, DATA_HEADER_ROW, DATA_COLUMNS.length, DATA_HEADER_ROW),
        role: "reference",
        write: "values",
        cells: [DATA_COLUMNS.map((c) => labels.headers[c.key])],
      },
      ...referenceBlocks,
      ...(newRows.length > 0
        ? [
            {
              address: span("input", firstNew),
              role: "input" as const,
              write: "values" as const,
              cells: newRows.map((item) => newInputCells(item, labels)),
            },
          ]
        : []),
      {
        address: span("formula", DATA_FIRST_ROW),
        role: "formula",
        write: "formulas",
        cells: rows.map((_, i) => rowFormulas(DATA_FIRST_ROW + i)),
      },
    ],
    formats: [{ address: "A1", role: "reference", bold: true }, ...headerFormats, ...columnFormats],
    columnWidths: DATA_COLUMNS.map((c) => ({ column: columnLetter(c.index), width: c.width })),
    ...planValueRules(rows, labels),
    freezeRows: DATA_HEADER_ROW,
    freezeColumns: dataColumn("kpi"),
    table: {
      name: DATA_TABLE,
      address: area(1, DATA_HEADER_ROW, DATA_COLUMNS.length, lastRow),
      style: "TableStyleLight9",
    },
    chart: null,
  };
}
