import { findItem } from "../catalog";
import type { CatalogItem } from "../catalog";
import { parseCellValue } from "../parse";
import { checkRange, makeIssue } from "../validation";
import type { Issue, IssueParams, ValueReader } from "../validation";
import type { RawCell } from "../workbook/workbook-port";
import { achievementRatio, indicatorScore } from "./achievement-ratio";
import { pointsFromRatio } from "./bands";
import type { Points } from "./bands";
import { goalpostScore } from "./goalposts";
import type { Scored, ScoringMethod } from "./scoring-result";
import { resolveTarget } from "./target";
import type { ResolvedTarget } from "./target";

export interface ItemScoreInput {
  readonly id: RawCell;
  readonly value: RawCell;
  /** Explicit target; blank or absent → the catalog's default target. */
  readonly target?: RawCell;
  /** Default `u4ssc`; `mean` gives the same indicator score for one item. */
  readonly method?: ScoringMethod;
}

export interface ItemScore extends ResolvedTarget {
  readonly item: CatalogItem;
  /** 0–100. */
  readonly score: number;
  readonly points: Points;
  /** Achievement ratio p; for the goalpost method, the goalpost fraction (score / 100). */
  readonly ratio: number;
}

/**
 * Scores a value already read as a number and within bounds against a resolved target (the shared core of
 * {@link scoreItem} and the area scores). Fails with NO_TARGET for direction `none`, and in the goalpost method
 * when the item has no worst goalpost W or W equals the target (no scale between them).
 */
export function scoreValue(
  item: CatalogItem,
  x: number,
  target: ResolvedTarget,
  method: ScoringMethod
): Scored<ItemScore> {
  if (item.direction === "none") return noTarget(item, { item: item.id, reason: "noDirection" });
  if (method === "goalposts") {
    const score = target.worst === null ? null : goalpostScore(x, target.target, target.worst);
    if (score === null) return noTarget(item, { item: item.id });
    return { ok: true, value: itemScore(item, target, score / 100, score) };
  }
  const ratio = achievementRatio(item.direction, x, target.target, target.worst);
  return { ok: true, value: itemScore(item, target, ratio, indicatorScore(ratio)) };
}

// Built field by field: V8 (Node 20) runs `{ ...target, … }` on these mixed null/number fields ~100× slower.
function itemScore(
  item: CatalogItem,
  target: ResolvedTarget,
  ratio: number,
  score: number
): ItemScore {
  return {
    item,
    score,
    points: pointsFromRatio(ratio),
    ratio,
    target: target.target,
    worst: target.worst,
    targetSource: target.targetSource,
    basis: target.basis,
    source: target.source,
  };
}

function noTarget(item: CatalogItem, params: IssueParams): Scored<ItemScore> {
  return { ok: false, failure: makeIssue("NO_TARGET", item.id, params) };
}

/**
 * Reads one item's value the way every score does (docs/scoring.md §4, order of checks): the value's flags
 * MISSING, NOT_NUMERIC, CELL_ERROR, OUT_OF_RANGE, or the number.
 */
export function readItemValue(item: CatalogItem, raw: RawCell, read?: ValueReader): number | Issue {
  // The common cell, a finite number, reads as itself: skip building a reading object for it.
  if (read === undefined && typeof raw === "number" && Number.isFinite(raw)) {
    return checkRange(item, raw) ?? raw;
  }
  const reading = (read ?? parseCellValue)(raw, item);
  if (reading.kind === "missing") return makeIssue("MISSING", item.id, { item: item.id });
  if (reading.kind === "invalid") return makeIssue(reading.code, item.id, reading.params);
  return checkRange(item, reading.value) ?? reading.value;
}

/**
 * The catalog item an id cell names (leniently, docs/scoring.md §1), or UNKNOWN_ID (reason `blank` for an empty
 * cell).
 *
 * @example lookUpItem("ec:ict:ict:1c") // the item EC: ICT: ICT: 1C
 */
export function lookUpItem(id: RawCell): CatalogItem | Issue {
  const idText = typeof id === "string" ? id.trim() : String(id ?? "");
  const item = idText === "" ? undefined : findItem(idText);
  if (item) return item;
  const params: IssueParams = idText === "" ? { raw: "", reason: "blank" } : { raw: idText };
  return makeIssue("UNKNOWN_ID", idText, params);
}

/**
 * The indicator score of one item (KPI.SCORE / KPI.POINTS on an item), checking in the order of docs/scoring.md
 * §4: the id (UNKNOWN_ID), the value (MISSING, NOT_NUMERIC, CELL_ERROR, OUT_OF_RANGE), then the target
 * (NO_TARGET, or the flags of an unusable explicit target).
 *
 * @example scoreItem({ id: "EC: ICT: ICT: 1C", value: 45, target: 90 }) // ok: score 50, points 2
 * @example scoreItem({ id: "EC: ICT: ICT: 2C", value: 45 }) // failure NO_TARGET (no default target)
 */
export function scoreItem(input: ItemScoreInput): Scored<ItemScore> {
  const item = lookUpItem(input.id);
  if ("severity" in item) return { ok: false, failure: item };
  const value = readItemValue(item, input.value);
  if (typeof value !== "number") return { ok: false, failure: value };
  const target = resolveTarget(item, input.target ?? null);
  if (!target.ok) return { ok: false, failure: target.issue };
  return scoreValue(item, value, target.value, input.method ?? "u4ssc");
}
