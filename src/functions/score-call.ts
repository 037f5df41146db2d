import { findItem, resolveArea } from "../domain/catalog";
import type { Lang } from "../domain/messages";
import { scoreArea, scoreItem } from "../domain/scoring";
import type { ScoringMethod } from "../domain/scoring";
import type { RawCell } from "../domain/workbook/workbook-port";
import { readMinCoverage, singleCell } from "./argument-readers";
import { areaRows } from "./area-arguments";
import { cellCount, isOmitted } from "./excel-arguments";
import { throwFailure, valueOrThrow } from "./excel-errors";

export interface ScoreCall {
  readonly id: RawCell;
  readonly value: unknown;
  readonly ids: unknown;
  readonly targets: unknown;
  readonly method: ScoringMethod;
  readonly minCoverage: unknown;
}

/**
 * KPI.SCORE's two modes: without `ids`, `id` names one item and `value` / `targets` are single cells (indicator
 * score); with `ids`, `id` names an area and the ranges are aligned with `ids` (area score). An area given without
 * ids is a SHAPE_MISMATCH (its values have no ids to go with), which says more than "not a KPI id" would.
 *
 * @example scoreCall({ id: "Education", value: [[45]], ids: [["SC: EH: ED: 1C"]], targets: null, method: "u4ssc", minCoverage: null }, "en")
 */
export function scoreCall(call: ScoreCall, lang: Lang): number {
  const { id, value, ids, targets, method } = call;
  // Read for one item too, where it is not used: a garbage option is refused, never silently ignored.
  const minCoverage = valueOrThrow(readMinCoverage(call.minCoverage), lang);
  if (isOmitted(ids)) {
    const idText = String(id ?? "");
    if (!findItem(idText) && resolveArea(idText)) {
      const params = { argument: "value", cells: cellCount(value), expected: 0 };
      throwFailure({ code: "SHAPE_MISMATCH", params }, lang);
    }
    const cell = valueOrThrow(singleCell(value, "value"), lang);
    const target = isOmitted(targets) ? null : valueOrThrow(singleCell(targets, "targets"), lang);
    return valueOrThrow(scoreItem({ id, value: cell, target, method }), lang).score;
  }
  const rows = valueOrThrow(areaRows(id, ids, value, "value", targets), lang);
  return valueOrThrow(scoreArea({ ...rows, method, minCoverage }), lang).score;
}
