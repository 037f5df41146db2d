import { DATA_QUALITY_CHOICES } from "./data-quality";
import type { TemplateLabels } from "./labels";
import { LISTS_SHEET } from "./layout";
import type { SheetPlan } from "./plan-types";

/**
 * The Lists sheet holds the sources of the list validations (a range, not a comma string: list separators depend on
 * the locale, docs/architecture.md). It stays visible and unprotected on purpose: nothing of the method is hidden
 * from a trainer, and its note says what the cells are for.
 */
export const LIST_RANGES = {
  quality: `$A$5:$A$${4 + DATA_QUALITY_CHOICES.length}`,
  yesNo: "$C$5:$C$7",
} as const;

/**
 * The Lists sheet's plan: a title, a note, the six data-quality choices (official English) and Yes / No / NR in
 * the label language.
 *
 * @example planListsSheet(EN_LABELS).blocks[2].cells[0] // ["Based on accurate measurements"]
 */
export function planListsSheet(labels: TemplateLabels): SheetPlan {
  return {
    name: LISTS_SHEET,
    blocks: [
      {
        address: "A1:A2",
        role: "reference",
        write: "values",
        cells: [[labels.listsTitle], [labels.listsNote]],
      },
      {
        address: "A4:C4",
        role: "reference",
        write: "values",
        cells: [[labels.qualityHeader, "", labels.yesNoHeader]],
      },
      {
        address: `A5:A${4 + DATA_QUALITY_CHOICES.length}`,
        role: "reference",
        write: "values",
        cells: DATA_QUALITY_CHOICES.map((choice) => [choice]),
      },
      {
        address: "C5:C7",
        role: "reference",
        write: "values",
        cells: [[labels.yes], [labels.no], ["NR"]],
      },
    ],
    formats: [
      { address: "A1", role: "reference", bold: true },
      { address: "A4:C4", role: "reference", bold: true },
      { address: "A5:C10", role: "reference", numberFormat: "@" },
    ],
    columnWidths: [
      { column: "A", width: 230 },
      { column: "B", width: 20 },
      { column: "C", width: 80 },
    ],
    validationRanges: [],
    validations: [],
    conditionalFormatRanges: [],
    conditionalFormats: [],
    freezeRows: 0,
    table: null,
    chart: null,
  };
}
