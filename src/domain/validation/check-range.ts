import type { CatalogItem } from "../catalog";
import { isYesNoItem } from "../parse";
import { makeIssue } from "./issue";
import type { Issue, IssueParams } from "./issue";
import type { IssueField } from "./issue-reasons";

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
  const where: IssueParams = field ? { item: item.id, value, field } : { item: item.id, value };
  if (isYesNoItem(item)) {
    return value === 0 || value === 1
      ? null
      : makeIssue("OUT_OF_RANGE", item.id, { ...where, reason: "yesNo" });
  }
  const { min, max } = item;
  const below = min !== null && value < min;
  const above = max !== null && value > max;
  if (!below && !above) return null;
  if (min !== null && max !== null) {
    return makeIssue("OUT_OF_RANGE", item.id, { ...where, reason: "between", min, max });
  }
  return below
    ? makeIssue("OUT_OF_RANGE", item.id, { ...where, reason: "belowMin", min: min as number })
    : makeIssue("OUT_OF_RANGE", item.id, { ...where, reason: "aboveMax", max: max as number });
}
