import type { CatalogItem } from "../catalog";
import type { TemplateLabels } from "./labels";
import type { PlanCell } from "./plan-types";

/**
 * "Allowed values" of an item as a short text, from its direction and hard bounds.
 *
 * @example allowedText(household internet access, en) === "0–100"
 */
export function allowedText(item: CatalogItem, labels: TemplateLabels): string {
  if (item.direction === "yesno") return `${labels.yes} / ${labels.no}`;
  if (item.min !== null && item.max !== null) return `${item.min}–${item.max}`;
  if (item.min !== null) return `≥ ${item.min}`;
  if (item.max !== null) return `≤ ${item.max}`;
  return labels.anyNumber;
}

/** SDG goals, with the SDG targets in brackets where the catalog names them. @example "17 (17.6.2, 17.8.1)" */
export function sdgText(item: CatalogItem): string {
  const goals = item.sdgGoals.join(", ");
  return item.sdgTargets.length > 0 ? `${goals} (${item.sdgTargets.join(", ")})` : goals;
}

/**
 * The reference cells of an item's row, columns A–J: id, dimension, sub-dimension, category, KPI, data point, unit,
 * core/advanced, SDG, allowed values. Names stay official English (U4SSC publishes no other).
 *
 * @example referenceCells(itemById("EC: ICT: ICT: 1C"), EN_LABELS)[0] === "EC: ICT: ICT: 1C"
 */
export function referenceCells(item: CatalogItem, labels: TemplateLabels): PlanCell[] {
  return [
    item.id,
    item.dimension,
    item.subdimension,
    item.category,
    item.name,
    item.pointName ?? "",
    item.unit,
    item.type === "core" ? labels.typeCore : labels.typeAdvanced,
    sdgText(item),
    allowedText(item, labels),
  ];
}

/**
 * The input cells of a new row, columns K–Q: Value, Year, Data quality, Source and Notes empty; Target prefilled
 * with the catalog's default and Target basis with its basis (or a word saying there is none), ready for a ministry
 * to contextualise.
 */
export function newInputCells(item: CatalogItem, labels: TemplateLabels): PlanCell[] {
  const target = item.defaultTarget;
  const basis =
    item.direction === "none" ? labels.notScored : (target?.basis ?? labels.noDefaultTarget);
  return ["", "", "", "", "", target && item.direction !== "none" ? target.target : "", basis];
}

/**
 * The method's inputs of an item's row, columns U–Y: direction, lowest and highest possible value, default target
 * and worst goalpost W ("" where the catalog has none). Visible on purpose: the formulas score with these cells.
 *
 * @example methodCells(itemById("EC: ICT: ICT: 1C")) // ["higher", 0, 100, 100, ""]
 */
export function methodCells(item: CatalogItem): PlanCell[] {
  const target = item.defaultTarget;
  return [
    item.direction,
    item.min ?? "",
    item.max ?? "",
    target?.target ?? "",
    target?.worst ?? "",
  ];
}
