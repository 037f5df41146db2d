/*
 * The KPI.* custom functions (docs/scoring.md §7). Each is a thin shell: it converts Excel's arguments, calls
 * src/domain, and turns a failure into the Excel error users expect (#N/A or #VALUE!, or the cell's own error);
 * SCORE, POINTS, COVERAGE and CHECK do it in kpi-values.ts.
 * custom-functions-metadata builds functions.json and the CustomFunctions.associate calls from these JSDoc blocks:
 * the ids (SCORE, POINTS, …) and parameter names are frozen once shipped. Types are `unknown` (metadata "any"),
 * since Excel may pass text, numbers, booleans or errors; `unknown[][]` marks the range arguments. Each function's
 * description stays on one line: the metadata copies it verbatim, and a line break would show in Excel's help.
 * The build adds error arguments, help links and the French and Russian metadata (scripts/functions-metadata.js).
 * Functions whose value, target, id or year arguments may hold an empty cell that Excel desktop passes as 0 ask for
 * the argument addresses (`@requiresParameterAddresses`, docs/excel-hosts.md "Empty cells"). Microsoft allows that
 * only with a `matrix` result (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#options), so these
 * four hand their one value over as a 1×1 array (one-cell.ts), which Excel shows as a plain value; the value itself
 * is computed in kpi-values.ts, at once or — only when a 0 must be checked — as a promise (blank-arguments.ts). The
 * generator reads their return type (an array or a promise of one) as a scalar "any"; the build declares the
 * `matrix` result of every function asking for addresses (scripts/functions-metadata.js).
 */
import { bandLabel } from "../domain/messages";
import { bandFromScore, lookUpItem } from "../domain/scoring";
import { displayLanguage } from "./display-language";
import { throwFailure, valueOrThrow } from "./excel-errors";
import { itemInfo } from "./item-info";
import * as kpi from "./kpi-values";
import { asOneCell } from "./one-cell";
import type { OneCell } from "./one-cell";

/**
 * Score 0–100 of a U4SSC KPI item against its target, or of an area (dimension, sub-dimension, category, code prefix or ALL) from aligned ranges. Lower-is-better items use target/value: our choice, U4SSC does not publish it.
 * @customfunction SCORE
 * @param id Item ID ("EC: ICT: ICT: 1C"), or with ids an area ("Education", "EC: ICT", "ALL").
 * @param value The item's value, or the area's values aligned with ids. An empty cell or NR means not reported.
 * @param [ids] Item IDs aligned with value, to score an area. Rows of other areas and blank ids are ignored.
 * @param [targets] Targets overriding the defaults: one cell for an item, aligned with ids for an area. Blank = default target.
 * @param [method] "u4ssc" (points, default), "mean" (tree mean: a missing item counts as its siblings' mean) or "goalposts".
 * @param [min_coverage] Minimum share 0–1 of eligible items scored for an area score (default 2/3; 0 as U4SSC).
 * @param invocation Where Excel found the arguments (to tell an empty cell from 0).
 * @requiresParameterAddresses
 * @returns The score, 0–100 (one cell).
 * @example =KPI.SCORE("EC: ICT: ICT: 1C", 97) → 97; =KPI.SCORE("Education", D2:D5, A2:A5, E2:E5) → 56.25
 */
export function score(
  id: unknown,
  value: unknown[][],
  ids?: unknown[][],
  targets?: unknown[][],
  method?: unknown,
  min_coverage?: unknown,
  invocation?: CustomFunctions.Invocation
): OneCell<number> | Promise<OneCell<number>> {
  return asOneCell(kpi.score(id, value, ids, targets, method, min_coverage, invocation));
}

/**
 * U4SSC points 1–4 of an item: under 33% of target 1, 33–66% 2, 66–95% 3, 95% or more 4. Lower-is-better items use target/value: our choice, U4SSC does not publish it.
 * @customfunction POINTS
 * @param id Item ID, e.g. "EN: EN: AQ: 1C/PM2.5".
 * @param value The item's value. An empty cell or NR means not reported.
 * @param [target] Target overriding the item's default target; blank = default target.
 * @param invocation Where Excel found the arguments (to tell an empty cell from 0).
 * @requiresParameterAddresses
 * @returns Points, 1 to 4 (one cell).
 * @example =KPI.POINTS("EC: ICT: ICT: 1C", 70) → 3
 */
export function points(
  id: unknown,
  value: unknown,
  target?: unknown,
  invocation?: CustomFunctions.Invocation
): OneCell<number> | Promise<OneCell<number>> {
  return asOneCell(kpi.points(id, value, target, invocation));
}

/**
 * Band label of a 0–100 score, indicator or area: "0–33% of target", "33–66% of target", "66–95% of target" or "95%+ of target", in Office's display language.
 * @customfunction BAND
 * @param score A score from 0 to 100, such as a KPI.SCORE result.
 * @returns The band's label.
 * @example =KPI.BAND(56.25) → "33–66% of target"
 */
export function band(score: unknown): string {
  const lang = displayLanguage();
  const cell = kpi.cellOf(score, lang);
  if (cell === null || cell === "") throwFailure({ code: "MISSING", params: {} }, lang);
  if (typeof cell !== "number" || !(cell >= 0 && cell <= 100)) {
    throwFailure(
      { code: "BAD_ARGUMENT", params: { argument: "score", raw: String(cell), allowed: "0–100" } },
      lang
    );
  }
  return bandLabel(bandFromScore(cell), lang);
}

/**
 * Share 0–1 of an area's eligible items (listed in ids, with a target) that are scored: value present, readable and within bounds; or, with result, the count n of scored or N of eligible items. Reported even below the minimum coverage of KPI.SCORE.
 * @customfunction COVERAGE
 * @param area Area: a dimension, sub-dimension or category name, a code prefix ("EC: ICT") or "ALL".
 * @param values Values aligned with ids. An empty cell or NR means not reported.
 * @param ids Item IDs aligned with values. Rows of other areas and blank ids are ignored.
 * @param [targets] Targets aligned with ids, overriding the defaults; a blank cell means the default target.
 * @param [result] "fraction" (default, n/N), "scored" (n, items scored) or "eligible" (N, items with a target).
 * @param invocation Where Excel found the arguments (to tell an empty cell from 0).
 * @requiresParameterAddresses
 * @returns The coverage, 0 to 1, or a count of items (one cell).
 * @example =KPI.COVERAGE("Education", D2:D5, A2:A5) → 0.75; =KPI.COVERAGE("Education", D2:D5, A2:A5, , "eligible") → 4
 */
export function coverage(
  area: unknown,
  values: unknown[][],
  ids: unknown[][],
  targets?: unknown[][],
  result?: unknown,
  invocation?: CustomFunctions.Invocation
): OneCell<number> | Promise<OneCell<number>> {
  return asOneCell(kpi.coverage(area, values, ids, targets, result, invocation));
}

/**
 * "OK", or the flags about an item's value, most severe first and joined by "; ": unknown id, missing, not numeric, cell error, out of range, stale, future year, low quality. Takes no target.
 * @customfunction CHECK
 * @param id Item ID, e.g. "SC: SH: SA: 5A".
 * @param value The item's value as entered. An empty cell or NR means not reported.
 * @param [year] Data year, for the stale and future-year checks.
 * @param [quality] Data-quality choice of the U4SSC template, for the low-quality check.
 * @param [reporting_year] Reporting year, for the stale and future-year checks.
 * @param invocation Where Excel found the arguments (to tell an empty cell from 0).
 * @requiresParameterAddresses
 * @returns "OK" or the messages of the flags (one cell).
 * @example =KPI.CHECK("SC: SH: SA: 5A", "12.67 Minutes") → a message asking for the number alone
 */
export function check(
  id: unknown,
  value: unknown,
  year?: unknown,
  quality?: unknown,
  reporting_year?: unknown,
  invocation?: CustomFunctions.Invocation
): OneCell<string> | Promise<OneCell<string>> {
  return asOneCell(kpi.check(id, value, year, quality, reporting_year, invocation));
}

/**
 * A catalog field of an item: name, unit, type, direction, dimension, subdimension, category, sdg, min, max, target, basis or source. #N/A where the item has none (no bound, no default target).
 * @customfunction INFO
 * @param id Item ID, e.g. "EN: EN: AQ: 1C/PM2.5".
 * @param field Field name: name, unit, type, direction, dimension, subdimension, category, sdg, min, max, target, basis, source.
 * @returns The field's value, text or number.
 * @example =KPI.INFO("EN: EN: AQ: 1C/PM2.5", "target") → 5
 */
export function info(id: unknown, field: unknown): string | number {
  const lang = displayLanguage();
  const item = lookUpItem(kpi.cellOf(id, lang));
  if ("severity" in item) throwFailure(item, lang);
  const value = valueOrThrow(itemInfo(item, String(kpi.cellOf(field, lang) ?? "")), lang);
  if (value === null) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
  return value;
}
