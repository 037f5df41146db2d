import { itemDisplayName } from "../domain/catalog";
import type { CatalogItem } from "../domain/catalog";
import { makeIssue } from "../domain/validation";
import type { Scored } from "../domain/scoring";
import { failed, scored } from "../domain/scoring";

/** A catalog field's value; `null` when the item has none (unbounded, or no default target). */
type FieldValue = string | number | null;

const FIELDS: Readonly<Record<string, (item: CatalogItem) => FieldValue>> = {
  name: (item) => itemDisplayName(item),
  unit: (item) => item.unit,
  type: (item) => item.type,
  direction: (item) => item.direction,
  dimension: (item) => item.dimension,
  subdimension: (item) => item.subdimension,
  category: (item) => item.category,
  sdg: (item) => sdgText(item),
  min: (item) => item.min,
  max: (item) => item.max,
  target: (item) => item.defaultTarget?.target ?? null,
  basis: (item) => item.defaultTarget?.basis ?? null,
  source: (item) => item.defaultTarget?.source ?? null,
};

/** The fields KPI.INFO knows, in the order its help lists them. */
export const INFO_FIELDS: readonly string[] = Object.keys(FIELDS);

const TARGET_FIELDS: ReadonlySet<string> = new Set(["target", "basis", "source"]);

/** SDG goals, then the indicator targets in brackets: "SDG 17 (17.6.2, 17.8.1)". */
function sdgText(item: CatalogItem): string {
  const goals = `SDG ${item.sdgGoals.join(", ")}`;
  return item.sdgTargets.length > 0 ? `${goals} (${item.sdgTargets.join(", ")})` : goals;
}

/**
 * One catalog field of an item (KPI.INFO), by name in any case. BAD_ARGUMENT listing the valid names for an
 * unknown field; NO_TARGET for target, basis or source of an item without a default target; `null` for a bound
 * the item does not have (min or max), which the function turns into a plain #N/A.
 *
 * @example itemInfo(itemById("EC: ICT: ICT: 1C"), "Target") // ok 100
 */
export function itemInfo(item: CatalogItem, field: string): Scored<FieldValue> {
  const name = field.trim().toLowerCase();
  const read = Object.prototype.hasOwnProperty.call(FIELDS, name) ? FIELDS[name] : undefined;
  if (!read) {
    return failed("BAD_ARGUMENT", {
      argument: "field",
      raw: field,
      allowed: INFO_FIELDS.join(", "),
    });
  }
  const value = read(item);
  if (value === null && TARGET_FIELDS.has(name)) {
    return { ok: false, failure: makeIssue("NO_TARGET", item.id, { item: item.id }) };
  }
  return scored(value);
}
