import { ITEMS } from "../catalog";
import type { CatalogItem } from "../catalog";
import type { TemplateOptions } from "../workbook/workbook-port";
import { planDataSheet } from "./data-sheet";
import { labelsFor } from "./labels";
import { hasTranslationColumns, templateColumns } from "./layout";
import { planListsSheet } from "./lists-sheet";
import { dataSheetOwnership, listsOwnership, plannedOwnership } from "./ownership";
import type { TemplatePlan } from "./plan-types";
import { planSummarySheet } from "./summary-sheet";

/** The catalog items of a scope, in catalog order: every item, or the core KPIs' items only. */
export function itemsInScope(scope: TemplateOptions["scope"]): CatalogItem[] {
  return ITEMS.filter((item) => scope === "all" || item.type === "core");
}

/** Whether an item counts as having a target when its Target cell is left as planned (default, or blank). */
export function hasDefaultTarget(item: CatalogItem): boolean {
  return item.direction !== "none" && item.defaultTarget !== null;
}

/**
 * The whole template for a fresh insert: one row per item of the scope in catalog order, with the defaults in Target
 * and Target basis, the Summary with the options' city and year, and the Lists sheet.
 *
 * @example planTemplate({ city: "Ålesund", reportingYear: 2024, scope: "core", lang: "en" }).ids.length === 67
 */
export function planTemplate(options: TemplateOptions): TemplatePlan {
  const labels = labelsFor(options.lang);
  const items = itemsInScope(options.scope);
  const summary = planSummarySheet({
    options,
    labels,
    dataRows: items.length,
    write: { city: true, year: true },
  });
  return {
    options,
    sheets: [
      planDataSheet({ labels, rows: items, existingRows: 0, lang: options.lang }),
      summary,
      planListsSheet(labels),
    ],
    ids: items.map((item) => item.id),
    ownership: [
      dataSheetOwnership(items, 0, templateColumns(hasTranslationColumns(options.lang))),
      plannedOwnership(summary, true),
      listsOwnership(true),
    ],
  };
}
