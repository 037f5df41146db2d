import { ITEMS, findItem, localizedItemText, normalizeId } from "../catalog";
import type { CatalogItem } from "../catalog";
import type { Lang } from "./message-keys";

/**
 * The item an issue names, with the words that show it: an item id gives "id name"; a KPI code
 * whose data points are the items (the sum rules of docs/scoring.md §3 name the KPI) gives "code
 * KPI name". In French and Russian the name and unit are the catalog's UNOFFICIAL working
 * translations (docs/scoring.md §8); the id stays the official code. Unknown text is shown as it
 * is, with no unit.
 *
 * @example describeItem("EC: ICT: ICT: 1C").label === "EC: ICT: ICT: 1C Household Internet Access"
 * @example describeItem("EC: I: T: 4A").label === "EC: I: T: 4A Transportation Mode Share"
 * @example describeItem("SC: SH: SA: 5A", "ru").unit === "минуты"
 */
export function describeItem(
  id: string,
  lang: Lang = "en"
): { readonly label: string; readonly unit: string } {
  const item = findItem(id);
  if (item) {
    const text = localizedItemText(item, lang);
    return { label: `${item.id} ${text.displayName}`, unit: text.unit };
  }
  const point = firstPointOf(id);
  if (point) {
    const text = localizedItemText(point, lang);
    return { label: `${point.code} ${text.name}`, unit: text.unit };
  }
  return { label: id, unit: "" };
}

function firstPointOf(code: string): CatalogItem | undefined {
  const key = normalizeId(code);
  return ITEMS.find((item) => normalizeId(item.code) === key);
}
