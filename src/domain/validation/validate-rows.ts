import { isPercentItem } from "../catalog";
import type { CatalogItem } from "../catalog";
import { parseYear } from "../parse";
import type { RawCell } from "../workbook/workbook-port";
import { checkItem } from "./check-item";
import { checkTarget } from "./check-target";
import { crossItemIssues } from "./cross-item-rules";
import type { UsableValue } from "./cross-item-rules";
import { fractionScaleIssue } from "./fraction-scale";
import { compareSeverity, makeIssue } from "./issue";
import type { Issue } from "./issue";
import { templateReader } from "./template-cell";

/** One data row as the pane reads it (a `SheetRow` is one). */
export interface KpiRow {
  readonly id: RawCell;
  readonly value: RawCell;
  readonly year?: RawCell;
  readonly quality?: RawCell;
  readonly target?: RawCell;
  /** The value / target cell's number format shows a percentage (read by the template reading only). */
  readonly valuePercent?: boolean;
  readonly targetPercent?: boolean;
}

export interface ValidateOptions {
  /**
   * The reporting year; null or absent when unknown. A number that is not a year 1900–2100 counts
   * as unknown (the sheet reader already turns an unreadable cell into null).
   */
  readonly reportingYear?: number | null;
  /** See {@link checkItem}; default 3. */
  readonly staleAfterYears?: number;
  /**
   * `template`: read value and target cells strictly, as the template's formulas do (docs/template.md); default
   * `lenient`, docs/scoring.md §2.
   */
  readonly cells?: "lenient" | "template";
}

interface CheckedRow {
  readonly row: number;
  readonly item: CatalogItem;
  readonly value: number | null;
}

/**
 * The pane's Check over the whole sheet (docs/scoring.md §3): each row's {@link checkItem} flags
 * and target flags (with `row`, the 0-based index into `rows`), then DUPLICATE on each row of an
 * item entered twice, INCONSISTENT for the cross-item rules and the sheet-level FRACTION_SCALE
 * (itemId ""). Only values read as numbers with no value, year or quality error take part in the
 * sheet-wide rules. Rows with a blank id are skipped. Sorted most severe first, then sheet-level
 * before rows, then by row.
 *
 * @example
 * validateRows([{ id: "EC: ICT: ICT: 2C", value: 90 }, { id: "EC: ICT: ICT: 1C", value: 80 }])
 * // INCONSISTENT on row 0 (90 > 80), then NO_TARGET on row 0 (2C has no default target)
 */
export function validateRows(rows: readonly KpiRow[], options: ValidateOptions = {}): Issue[] {
  const yearReading = parseYear(options.reportingYear);
  const reportingYear = yearReading.kind === "number" ? yearReading.value : null;
  const issues: Issue[] = [];
  const checked: CheckedRow[] = [];
  rows.forEach((kpiRow, row) => {
    if (isBlank(kpiRow.id)) return;
    const template = options.cells === "template";
    const check = checkItem({
      ...kpiRow,
      reportingYear,
      staleAfterYears: options.staleAfterYears,
      readValue: template ? templateReader(kpiRow.valuePercent) : undefined,
    });
    const rowIssues = check.item
      ? [
          ...check.issues,
          ...checkTarget(
            check.item,
            kpiRow.target ?? null,
            template ? templateReader(kpiRow.targetPercent) : undefined
          ),
        ]
      : check.issues;
    issues.push(...rowIssues.map((issue) => ({ ...issue, row })));
    if (check.item) {
      const value =
        check.reading?.kind === "number" && !check.issues.some(isError)
          ? check.reading.value
          : null;
      checked.push({ row, item: check.item, value });
    }
  });
  const duplicated = duplicatedItems(checked);
  for (const entry of checked.filter((c) => duplicated.has(c.item.id))) {
    const count = duplicated.get(entry.item.id) as number;
    issues.push(makeIssue("DUPLICATE", entry.item.id, { item: entry.item.id, count }, entry.row));
  }
  const usable = new Map<string, UsableValue>();
  for (const { row, item, value } of checked) {
    if (value !== null && !duplicated.has(item.id)) usable.set(item.id, { row, value });
  }
  issues.push(...crossItemIssues(usable));
  const percentValues = checked.filter(
    (c) => c.value !== null && !duplicated.has(c.item.id) && isPercentItem(c.item)
  );
  const fractionScale = fractionScaleIssue(percentValues.map((c) => c.value as number));
  if (fractionScale) issues.push(fractionScale);
  return issues.sort((a, b) => compareSeverity(a, b) || (a.row ?? -1) - (b.row ?? -1));
}

function isBlank(id: RawCell): boolean {
  return id === null || id === undefined || (typeof id === "string" && id.trim() === "");
}

function isError(issue: Issue): boolean {
  return issue.severity === "error";
}

/** Items entered in more than one row, with their row count. */
function duplicatedItems(checked: readonly CheckedRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { item } of checked) counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
  return new Map([...counts].filter(([, count]) => count > 1));
}
