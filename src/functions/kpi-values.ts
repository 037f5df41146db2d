/*
 * What KPI.SCORE, KPI.POINTS, KPI.COVERAGE and KPI.CHECK compute, one value per call (docs/scoring.md §7): each
 * converts Excel's arguments, calls src/domain, and turns a failure into the Excel error users expect (#N/A or
 * #VALUE!, or the cell's own error). functions.ts registers them with Excel and hands each value over as a 1×1 array,
 * since their metadata declares a matrix result (docs/excel-hosts.md "Empty cells"); the tests of the scoring rules
 * call these.
 * A 0 in a value, target, id or year argument may be an empty cell that Excel desktop passes as 0: the arguments'
 * addresses (`invocation`) tell, and the answer comes at once or — only when a 0 must be checked — as a promise
 * (blank-arguments.ts).
 */
import { checkItem } from "../domain/validation";
import { formatIssue } from "../domain/messages";
import { areaCoverage, scoreItem } from "../domain/scoring";
import { heldError, readCoverageResult, readMethod } from "./argument-readers";
import { areaRows } from "./area-arguments";
import { displayLanguage } from "./display-language";
import { isOmitted, toRawCell } from "./excel-arguments";
import { passOnError, valueOrThrow } from "./excel-errors";
import { officeEmptyCellHost } from "../excel/empty-cells";
import { withBlanksRestored } from "./blank-arguments";
import { scoreCall } from "./score-call";
import type { Lang } from "../domain/messages";
import type { RawCell } from "../domain/workbook/workbook-port";

/** The argument names of a function, in order, as its messages name them. */
const SCORE_ARGS = ["id", "value", "ids", "targets", "method", "min_coverage"];
const POINTS_ARGS = ["id", "value", "target"];
const COVERAGE_ARGS = ["area", "values", "ids", "targets", "result"];
const CHECK_ARGS = ["id", "value", "year", "quality", "reporting_year"];

/** A scalar argument as a cell; an Excel error it holds is passed on. */
export function cellOf(arg: unknown, lang: Lang): RawCell {
  const error = heldError(arg);
  if (error) throw passOnError(error, {}, lang);
  return toRawCell(arg);
}

/**
 * KPI.SCORE's value: the 0–100 score of an item, or of an area from aligned ranges (functions.ts has the help).
 *
 * @example score("EC: ICT: ICT: 1C", [[97]]) // 97
 */
export function score(
  id: unknown,
  value: unknown[][],
  ids?: unknown[][],
  targets?: unknown[][],
  method?: unknown,
  min_coverage?: unknown,
  invocation?: CustomFunctions.Invocation
): number | Promise<number> {
  const lang = displayLanguage();
  const args = [id, value, ids, targets, method, min_coverage];
  const host = officeEmptyCellHost();
  return withBlanksRestored(args, [1, 2, 3], SCORE_ARGS, invocation, host, lang, (restored) => {
    const scoringMethod = valueOrThrow(readMethod(method), lang);
    const call = {
      id: cellOf(id, lang),
      value: restored[1],
      ids: restored[2],
      targets: restored[3],
      method: scoringMethod,
      minCoverage: min_coverage,
    };
    return scoreCall(call, lang);
  });
}

/**
 * KPI.POINTS's value: the U4SSC points 1–4 of an item.
 *
 * @example points("EC: ICT: ICT: 1C", 70) // 3
 */
export function points(
  id: unknown,
  value: unknown,
  target?: unknown,
  invocation?: CustomFunctions.Invocation
): number | Promise<number> {
  const lang = displayLanguage();
  const host = officeEmptyCellHost();
  const args = [id, value, target];
  return withBlanksRestored(args, [1, 2], POINTS_ARGS, invocation, host, lang, (restored) => {
    const explicit = isOmitted(restored[2]) ? null : cellOf(restored[2], lang);
    const input = { id: cellOf(id, lang), value: toRawCell(restored[1]), target: explicit };
    return valueOrThrow(scoreItem(input), lang).points;
  });
}

/**
 * KPI.COVERAGE's value: the share 0–1 of an area's eligible items that are scored, or the count n or N.
 *
 * @example coverage("Education", values, ids) // 0.75
 */
export function coverage(
  area: unknown,
  values: unknown[][],
  ids: unknown[][],
  targets?: unknown[][],
  result?: unknown,
  invocation?: CustomFunctions.Invocation
): number | Promise<number> {
  const lang = displayLanguage();
  const host = officeEmptyCellHost();
  const args = [area, values, ids, targets, result];
  return withBlanksRestored(args, [1, 2, 3], COVERAGE_ARGS, invocation, host, lang, (restored) => {
    const wanted = valueOrThrow(readCoverageResult(result), lang);
    const [, vals, idCells, targetCells] = restored;
    const rows = valueOrThrow(
      areaRows(cellOf(area, lang), idCells, vals, "values", targetCells),
      lang
    );
    const counted = areaCoverage(rows);
    // An area with no eligible item has no share, but its counts are a plain 0 of 0.
    if (wanted !== "fraction" && !counted.ok && counted.failure.code === "NO_SCORABLE_ITEMS")
      return 0;
    const { n, N, coverage: share } = valueOrThrow(counted, lang);
    return wanted === "scored" ? n : wanted === "eligible" ? N : share;
  });
}

/**
 * KPI.CHECK's value: "OK" or the flags about an item's value, most severe first, joined by "; ".
 *
 * @example check("SC: SH: SA: 5A", "12.67 Minutes") // a message asking for the number alone
 */
export function check(
  id: unknown,
  value: unknown,
  year?: unknown,
  quality?: unknown,
  reporting_year?: unknown,
  invocation?: CustomFunctions.Invocation
): string | Promise<string> {
  const lang = displayLanguage();
  const host = officeEmptyCellHost();
  const args = [id, value, year, quality, reporting_year];
  return withBlanksRestored(args, [1, 2, 3, 4], CHECK_ARGS, invocation, host, lang, (restored) => {
    const input = {
      id: cellOf(id, lang),
      value: toRawCell(restored[1]),
      year: toRawCell(restored[2]),
      quality: toRawCell(restored[3]),
      reportingYear: toRawCell(restored[4]),
    };
    const { issues } = checkItem(input);
    return issues.length === 0 ? "OK" : issues.map((issue) => formatIssue(issue, lang)).join("; ");
  });
}
