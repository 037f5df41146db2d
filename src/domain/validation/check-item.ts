import { findItem } from "../catalog";
import type { CatalogItem } from "../catalog";
import { parseCellValue } from "../parse";
import type { CellReading } from "../parse";
import type { ValueReader } from "./value-reader";
import type { RawCell } from "../workbook/workbook-port";
import { checkRange } from "./check-range";
import { DEFAULT_STALE_AFTER_YEARS, checkYears } from "./check-years";
import { isLowQuality } from "./data-quality";
import { compareSeverity, makeIssue } from "./issue";
import type { Issue } from "./issue";

const isAbsent = (cell: RawCell): boolean => cell === null || cell === undefined;

export interface ItemCheckInput {
  readonly id: RawCell;
  readonly value: RawCell;
  readonly year?: RawCell;
  readonly quality?: RawCell;
  readonly reportingYear?: RawCell;
  /** Data older than reporting year − this are STALE; default 3. A whole number ≥ 0. */
  readonly staleAfterYears?: number;
  /** How the value cell is read: the lenient parser of docs/scoring.md §2 unless given (template sheets). */
  readonly readValue?: ValueReader;
}

export interface ItemCheck {
  /** The resolved item; null for an unknown or blank id. */
  readonly item: CatalogItem | null;
  /** The value as read; null when the id did not resolve (a value is read by its item's rules). */
  readonly reading: CellReading | null;
  /** Most severe first; empty when everything is fine. */
  readonly issues: Issue[];
}

/**
 * What KPI.CHECK and the template's status column report for one row (docs/scoring.md §3, §7):
 * UNKNOWN_ID; then MISSING, NOT_NUMERIC, CELL_ERROR or OUT_OF_RANGE for the value; then, when a
 * value is there, STALE, FUTURE_YEAR (and NOT_NUMERIC for an unreadable year) and LOW_QUALITY. It
 * takes no target, so it never reports NO_TARGET. Year and quality say nothing when the value is
 * missing: there is no datum for them to describe.
 *
 * @example checkItem({ id: "EC: ICT: ICT: 1C", value: "97 %" }).issues // []
 * @example checkItem({ id: "EC: ICT: ICT: 1C", value: 140 }).issues[0].code === "OUT_OF_RANGE"
 * @throws RangeError when staleAfterYears is not a whole number ≥ 0 (a caller's mistake, not data)
 */
export function checkItem(input: ItemCheckInput): ItemCheck {
  const staleAfterYears = input.staleAfterYears ?? DEFAULT_STALE_AFTER_YEARS;
  if (!Number.isInteger(staleAfterYears) || staleAfterYears < 0) {
    throw new RangeError(`staleAfterYears must be a whole number ≥ 0, got ${staleAfterYears}`);
  }
  const idText = typeof input.id === "string" ? input.id.trim() : String(input.id ?? "");
  if (idText === "") {
    return {
      item: null,
      reading: null,
      issues: [makeIssue("UNKNOWN_ID", "", { raw: "", reason: "blank" })],
    };
  }
  const item = findItem(idText);
  if (!item)
    return {
      item: null,
      reading: null,
      issues: [makeIssue("UNKNOWN_ID", idText, { raw: idText })],
    };

  const reading = (input.readValue ?? parseCellValue)(input.value, item);
  if (reading.kind === "missing") {
    return { item, reading, issues: [makeIssue("MISSING", item.id, { item: item.id })] };
  }
  const issues: Issue[] = [];
  const valueIssue =
    reading.kind === "invalid"
      ? makeIssue(reading.code, item.id, reading.params)
      : checkRange(item, reading.value);
  if (valueIssue) issues.push(valueIssue);
  // Without either year cell (KPI.CHECK on a value alone) checkYears has nothing to say.
  if (!isAbsent(input.year) || !isAbsent(input.reportingYear)) {
    issues.push(...checkYears(item, input.year, input.reportingYear, staleAfterYears));
  }
  if (isLowQuality(input.quality)) {
    const quality = String(input.quality).trim();
    issues.push(makeIssue("LOW_QUALITY", item.id, { item: item.id, quality }));
  }
  // `issues` is ours: sort it in place (stable, like sortBySeverity) instead of sorting a copy.
  return { item, reading, issues: issues.length > 1 ? issues.sort(compareSeverity) : issues };
}
