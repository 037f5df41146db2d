import { ITEMS, findItem, itemDisplayName, normalizeId } from "../catalog";
import type { CatalogItem } from "../catalog";

/**
 * The item an issue names, with the words that show it: an item id gives "id name"; a KPI code
 * whose data points are the items (the sum rules of docs/scoring.md §3 name the KPI) gives "code
 * KPI name". Unknown text is shown as it is, with no unit.
 *
 * @example describeItem("EC: ICT: ICT: 1C").label === "EC: ICT: ICT: 1C Household Internet Access"
 * @example describeItem("EC: I: T: 4A").label === "EC: I: T: 4A Transportation Mode Share"
 */
export function describeItem(id: string): { readonly label: string; readonly unit: string } {
  const item = findItem(id);
  if (item) return { label: `${item.id} ${itemDisplayName(item)}`, unit: item.unit };
  const point = firstPointOf(id);
  if (point) return { label: `${point.code} ${point.name}`, unit: point.unit };
  return { label: id, unit: "" };
}

function firstPointOf(code: string): CatalogItem | undefined {
  const key = normalizeId(code);
  return ITEMS.find((item) => normalizeId(item.code) === key);
}
