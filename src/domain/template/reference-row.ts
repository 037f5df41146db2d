import { localizedItemText } from "../catalog";
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
 * core/advanced, SDG, allowed values. Names stay official English (U4SSC publishes no other); see
 * {@link nameInLabelLanguage} for the name in the template's language.
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
 * The KPI name ("KPI — data point") in the template's label language, for a reference column beside the official
 * English: the English name itself in English templates, the catalog's UNOFFICIAL working translation in French and
 * Russian ones (docs/scoring.md §8).
 *
 * @example nameInLabelLanguage(itemById("EC: ICT: ICT: 1C"), FR_LABELS) === "Accès des ménages à Internet"
 */
export function nameInLabelLanguage(item: CatalogItem, labels: TemplateLabels): string {
  return localizedItemText(item, labels.lang).displayName;
}

/**
 * The unit in the template's label language, beside the official English: the English unit in English templates, the
 * catalog's UNOFFICIAL working translation in French and Russian ones (docs/scoring.md §8).
 *
 * @example unitInLabelLanguage(itemById("EC: ICT: ICT: 1C"), EN_LABELS) === itemById("EC: ICT: ICT: 1C").unit
 */
export function unitInLabelLanguage(item: CatalogItem, labels: TemplateLabels): string {
  return localizedItemText(item, labels.lang).unit;
}

/**
 * The default target's basis in the label language: official English in English templates, the UNOFFICIAL working
 * translation, marked as such, in French and Russian ones; null without a default target.
 *
 * @example basisText(itemById("EN: EN: AQ: 1C/PM10"), RU_LABELS) // "Рекомендации ВОЗ … (неофициальный перевод)"
 */
export function basisText(item: CatalogItem, labels: TemplateLabels): string | null {
  const basis = localizedItemText(item, labels.lang).basis;
  if (basis === null) return null;
  return labels.lang === "en" ? basis : `${basis} ${labels.unofficialTranslation}`;
}

/**
 * The input cells of a new row, columns K–Q: Value, Year, Data quality, Source and Notes empty; Target prefilled
 * with the catalog's default and Target basis with its basis (or a word saying there is none), ready for a ministry
 * to contextualise.
 */
export function newInputCells(item: CatalogItem, labels: TemplateLabels): PlanCell[] {
  const target = item.defaultTarget;
  const basis =
    item.direction === "none"
      ? labels.notScored
      : (basisText(item, labels) ?? labels.noDefaultTarget);
  return ["", "", "", "", "", target && item.direction !== "none" ? target.target : "", basis];
}

/**
 * The method's inputs of an item's row, columns U–Y: direction (in the label language), lowest and highest possible
 * value, default target and worst goalpost W ("" where the catalog has none). Visible on purpose: the formulas
 * score with these cells.
 *
 * @example methodCells(itemById("EC: ICT: ICT: 1C"), EN_LABELS) // ["higher", 0, 100, 100, ""]
 */
export function methodCells(item: CatalogItem, labels: TemplateLabels): PlanCell[] {
  const target = item.defaultTarget;
  return [
    labels.directions[item.direction],
    item.min ?? "",
    item.max ?? "",
    target?.target ?? "",
    target?.worst ?? "",
  ];
}
