import catalogJson from "./catalog.json";
import { longerThan, normalizeId } from "./normalize-id";
import type { CatalogData, CatalogItem } from "./types";

/** The catalog as generated from data/catalog/*.csv by scripts/build-catalog.mjs (validated by zod in tests). */
export const CATALOG: CatalogData = catalogJson as CatalogData;

/** Every item in the official order (dimension, sub-dimension, category, code). */
export const ITEMS: readonly CatalogItem[] = CATALOG.items;

// Canonical ids (as the template writes them) resolve without normalising: the hot path of every scoring call.
const byCanonicalId = new Map<string, CatalogItem>(ITEMS.map((item) => [item.id, item]));
const byKey = new Map<string, CatalogItem>();
for (const item of ITEMS) byKey.set(normalizeId(item.id), item);
for (const item of ITEMS) {
  for (const alias of item.aliases) {
    const key = normalizeId(alias);
    if (!byKey.has(key)) byKey.set(key, item);
  }
}

/** No id or alias has more characters than this, white space aside. */
export const LONGEST_KEY = Math.max(...[...byKey.keys()].map((key) => key.length));

/**
 * Finds an item by its id, matched leniently (case, spaces around `:` and `/`), or by one of its aliases.
 *
 * @example findItem("ec:ict:ict:1c")?.name === "Household Internet Access"
 * @example findItem("SC: EH: H: 6A")?.id === "SC: EH: ED: 5A"
 */
export function findItem(id: string): CatalogItem | undefined {
  const canonical = byCanonicalId.get(id);
  if (canonical || longerThan(id, LONGEST_KEY)) return canonical;
  return byKey.get(normalizeId(id));
}

/** The item whose canonical id is exactly `id`; throws for an id not in the catalog (a programming error). */
export function itemById(id: string): CatalogItem {
  const item = byKey.get(normalizeId(id));
  if (!item) throw new Error(`no catalog item ${id}`);
  return item;
}

/** True when the item's unit is a percentage (a `%` sign is accepted only for these, docs/scoring.md §2). */
export function isPercentItem(item: CatalogItem): boolean {
  return /^percentage/i.test(item.unit);
}

/** "KPI name — data-point name" for a data point, the KPI name otherwise. */
export function itemDisplayName(item: CatalogItem): string {
  return item.pointName ? `${item.name} — ${item.pointName}` : item.name;
}
