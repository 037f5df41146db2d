import type { CatalogItem } from "../catalog";
import { isYesNoItem } from "../parse";
import { makeIssue } from "./issue";
import type { Issue } from "./issue";
import type { IssueField, OutOfRangeReason } from "./issue-reasons";

/**
 * OUT_OF_RANGE when a number is outside the item's hard bounds (`min`/`max` in the catalog,
 * docs/scoring.md §3). A yes/no item also needs exactly 1 or 0: its bounds 0–1 would let 0.5
 * through, which answers nothing. `field` says which cell the number came from (the value unless
 * stated).
 *
 * @example checkRange(itemById("EC: ICT: ICT: 1C"), 140)?.params.reason === "between"
 * @example checkRange(itemById("EC: ICT: ICT: 1C"), 97) === null
 */
export function checkRange(item: CatalogItem, value: number, field?: IssueField): Issue | null {
  // Every scored value passes here: a value within bounds allocates nothing.
  if (isYesNoItem(item)) {
    return value === 0 || value === 1 ? null : outOfRange(item, value, field, "yesNo");
  }
  const { min, max } = item;
  const below = min !== null && value < min;
  const above = max !== null && value > max;
  if (!below && !above) return null;
  if (min !== null && max !== null) return outOfRange(item, value, field, "between");
  return outOfRange(item, value, field, below ? "belowMin" : "aboveMax");
}

/** The issue, its params in the order item, value, field, reason, min, max (the bounds the reason names). */
function outOfRange(
  item: CatalogItem,
  value: number,
  field: IssueField | undefined,
  reason: OutOfRangeReason
): Issue {
  const params: Record<string, string | number> = { item: item.id, value };
  if (field) params.field = field;
  params.reason = reason;
  if (reason === "between" || reason === "belowMin") params.min = item.min as number;
  if (reason === "between" || reason === "aboveMax") params.max = item.max as number;
  return makeIssue("OUT_OF_RANGE", item.id, params);
}
