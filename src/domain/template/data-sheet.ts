import type { CatalogItem } from "../catalog";
import type { Lang } from "../workbook/workbook-port";
import { area, columnLetter } from "./a1";
import type { TemplateLabels } from "./labels";
import {
  COLOURS,
  DATA_COLUMNS,
  DATA_FIRST_ROW,
  DATA_HEADER_ROW,
  DATA_SHEET,
  DATA_TABLE,
  TRANSLATION_COLUMNS,
  columnRuns,
  dataColumn,
  hasTranslationColumns,
  templateColumns,
} from "./layout";
import type { ColumnRole } from "./layout";
import type { CellBlock, RangeFormat, SheetPlan } from "./plan-types";
import {
  methodCells,
  nameInLabelLanguage,
  newInputCells,
  referenceCells,
  unitInLabelLanguage,
} from "./reference-row";
import { rowFormulaCells } from "./row-formulas";
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
  /** Label language: the words of the Status column. */
  readonly lang: Lang;
  /**
   * Whether the sheet has the translation columns AI–AJ (layout.ts `TRANSLATION_COLUMNS`). Omitted: a new template
   * in `lang` (French and Russian have them). Update passes what it found: it never adds them to a workbook.
   */
  readonly translationColumns?: boolean;
}

const indexes = (role: ColumnRole) =>
  DATA_COLUMNS.filter((c) => c.role === role).map((c) => c.index);
const first = (role: ColumnRole) => Math.min(...indexes(role));
const lastInput = Math.max(...indexes("input"));

/**
 * The formulas of sheet row `row`, in column order over `[first, last]` (a run of formula columns).
 *
 * @example rowFormulas(5, "en", columnRuns("formula")[0])[0] starts '=IF(IF(OR(AA5="CELL_ERROR"'
 */
export function rowFormulas(row: number, lang: Lang, [first, last]: [number, number]): string[] {
  const cells = rowFormulaCells(row, lang);
  return DATA_COLUMNS.filter((c) => c.index >= first && c.index <= last).map(
    (c) => cells[c.key] ?? ""
  );
}

const headerFill: Record<ColumnRole, string> = {
  reference: COLOURS.referenceHeader,
  input: COLOURS.inputHeader,
  formula: COLOURS.formulaHeader,
};

/**
 * The data sheet: title, header row, reference columns A–J, input columns K–Q (new rows only), formula columns
 * R–T, the method's columns U–AH, in French and Russian the translation columns AI–AJ, the table, column formats and the input columns' validation and conditional formats.
 *
 * @example planDataSheet({ labels: EN_LABELS, rows: ITEMS.map((item) => ({ item })), existingRows: 0 })
 */
export function planDataSheet(input: DataSheetInput): SheetPlan {
  const { labels, rows, existingRows, lang } = input;
  const translated = input.translationColumns ?? hasTranslationColumns(lang);
  const columns = templateColumns(translated);
  const lastRow = DATA_FIRST_ROW + rows.length - 1;
  const firstNew = DATA_FIRST_ROW + existingRows;
  const inputSpan = (from: number) => area(first("input"), from, lastInput, lastRow);
  const newRows = rows.slice(existingRows).filter((item) => item !== null);
  // Rows of catalog items, as runs of sheet rows: a row the catalog does not know is the user's, left alone
  // (docs/data-safety.md, "What the template owns").
  const itemRuns = rowRuns(rows, () => "item").map(({ first: offset, count }) => ({
    from: DATA_FIRST_ROW + offset,
    to: DATA_FIRST_ROW + offset + count - 1,
    items: rows.slice(offset, offset + count) as CatalogItem[],
  }));
  const referenceBlocks: CellBlock[] = itemRuns.flatMap(({ from, to, items }) => [
    {
      address: area(first("reference"), from, dataColumn("allowed"), to),
      role: "reference",
      write: "values",
      cells: items.map((item) => referenceCells(item, labels)),
    },
    {
      address: area(dataColumn("direction"), from, dataColumn("worst"), to),
      role: "reference",
      write: "values",
      cells: items.map((item) => methodCells(item, labels)),
    },
    ...(translated
      ? [
          {
            address: area(TRANSLATION_COLUMNS[0].index, from, TRANSLATION_COLUMNS[1].index, to),
            role: "reference" as const,
            write: "values" as const,
            cells: items.map((item) => [
              nameInLabelLanguage(item, labels),
              unitInLabelLanguage(item, labels),
            ]),
          },
        ]
      : []),
  ]);
  // Formulas only on catalog rows: a user's own row keeps its cells (docs/data-safety.md, ownership.ts).
  const formulaBlocks: CellBlock[] = itemRuns.flatMap(({ from, to }) =>
    columnRuns("formula").map((run) => ({
      address: area(run[0], from, run[1], to),
      role: "formula" as const,
      write: "formulas" as const,
      cells: Array.from({ length: to - from + 1 }, (_, i) => rowFormulas(from + i, lang, run)),
    }))
  );

  const headerFormats: RangeFormat[] = (["reference", "input", "formula"] as const).flatMap(
    (role) =>
      columnRuns(role, columns).map(([from, to]) => ({
        address: area(from, DATA_HEADER_ROW, to, DATA_HEADER_ROW),
        role: "reference" as const,
        bold: true,
        wrap: true,
        fill: headerFill[role],
      }))
  );
  const columnFormats: RangeFormat[] = columns.flatMap((c) => {
    const format = (from: number, to: number): RangeFormat => ({
      address: area(c.index, from, c.index, to),
      role: c.role,
      numberFormat: c.numberFormat,
    });
    if (c.role === "reference") return itemRuns.map(({ from, to }) => format(from, to));
    if (c.role === "input") return newRows.length > 0 ? [format(firstNew, lastRow)] : [];
    return itemRuns.map(({ from, to }) => format(from, to));
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
        address: area(1, DATA_HEADER_ROW, columns.length, DATA_HEADER_ROW),
        role: "reference",
        write: "values",
        cells: [columns.map((c) => labels.headers[c.key])],
      },
      ...referenceBlocks,
      ...(newRows.length > 0
        ? [
            {
              address: inputSpan(firstNew),
              role: "input" as const,
              write: "values" as const,
              cells: newRows.map((item) => newInputCells(item, labels)),
            },
          ]
        : []),
      ...formulaBlocks,
    ],
    formats: [{ address: "A1", role: "reference", bold: true }, ...headerFormats, ...columnFormats],
    columnWidths: columns.map((c) => ({ column: columnLetter(c.index), width: c.width })),
    ...planValueRules(rows, labels),
    freezeRows: DATA_HEADER_ROW,
    freezeColumns: dataColumn("kpi"),
    table: {
      name: DATA_TABLE,
      address: area(1, DATA_HEADER_ROW, columns.length, lastRow),
      style: "TableStyleLight9",
    },
    chart: null,
  };
}
