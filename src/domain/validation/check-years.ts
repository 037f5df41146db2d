import type { CatalogItem } from "../catalog";
import { YEAR_MAX, YEAR_MIN, parseYear } from "../parse";
import type { RawCell } from "../workbook/workbook-port";
import { makeIssue } from "./issue";
import type { Issue } from "./issue";
import type { IssueField } from "./issue-reasons";

/** Years before the reporting year after which data count as stale (docs/scoring.md §3). */
export const DEFAULT_STALE_AFTER_YEARS = 3;

/**
 * The year flags of one item: NOT_NUMERIC (field `year` or `reportingYear`) for a year that cannot
 * be read, STALE when the data year is before reporting year − staleAfterYears, FUTURE_YEAR when it
 * is after the reporting year; the last two only when both years are known.
 *
 * An unreadable year is an error, like every NOT_NUMERIC (one code, one severity): it may hide a
 * FUTURE_YEAR, which is an error too.
 *
 * @example checkYears(item, 2018, 2025, 3)[0].code === "STALE" // 2018 < 2025 − 3
 */
export function checkYears(
  item: CatalogItem,
  year: RawCell,
  reportingYear: RawCell,
  staleAfterYears: number
): Issue[] {
  const data = readYear(item, year, "year");
  const reporting = readYear(item, reportingYear, "reportingYear");
  const issues = [data, reporting].filter(isIssue);
  if (typeof data !== "number" || typeof reporting !== "number") return issues;
  const oldestYear = reporting - staleAfterYears;
  if (data > reporting) {
    const params = { item: item.id, year: data, reportingYear: reporting };
    issues.push(makeIssue("FUTURE_YEAR", item.id, params));
  } else if (data < oldestYear) {
    const params = { item: item.id, year: data, reportingYear: reporting, oldestYear };
    issues.push(makeIssue("STALE", item.id, params));
  }
  return issues;
}

function isIssue(year: number | null | Issue): year is Issue {
  return typeof year === "object" && year !== null;
}

/** The year, null when not given, or the NOT_NUMERIC issue when unreadable. */
function readYear(item: CatalogItem, raw: RawCell, field: IssueField): number | null | Issue {
  const reading = parseYear(raw);
  if (reading.kind === "number") return reading.value;
  if (reading.kind === "missing") return null;
  const params = { ...reading.params, item: item.id, field, min: YEAR_MIN, max: YEAR_MAX };
  return makeIssue("NOT_NUMERIC", item.id, params);
}
