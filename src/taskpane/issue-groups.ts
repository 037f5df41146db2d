import { AREA_TREE, findItem } from "../domain/catalog";
import type { SeverityCounts } from "../domain/messages/ui";
import { sortBySeverity, type Issue } from "../domain/validation/issue";

/** Issues of one area (a dimension's sub-dimension), or of the whole sheet when `area` is null. */
export interface IssueGroupData {
  /** Stable key: "sheet", or "dimension › sub-dimension". */
  readonly key: string;
  readonly area: { readonly dimension: string; readonly subdimension: string } | null;
  /** Most severe first, then in sheet order. */
  readonly issues: readonly Issue[];
  readonly counts: SeverityCounts;
}

/**
 * Counts issues per severity.
 *
 * @example countBySeverity([]) // { error: 0, warning: 0, info: 0 }
 */
export function countBySeverity(issues: readonly Issue[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** Sub-dimension keys in the official order (AREA_TREE), so groups read like the template. */
const AREA_ORDER: readonly string[] = AREA_TREE.children.flatMap((dimension) =>
  dimension.children.map((sub) => `${dimension.name} › ${sub.name}`)
);

/**
 * Groups issues by the catalog hierarchy of their item (dimension → sub-dimension). Sheet-level issues and those
 * whose id is not in the catalog (UNKNOWN_ID) form one group of their own, listed first. Empty groups are left out.
 *
 * @example groupIssuesByArea(issues).map((g) => g.key) // ["sheet", "Economy › ICT", …]
 */
export function groupIssuesByArea(issues: readonly Issue[]): IssueGroupData[] {
  const buckets = new Map<string, { area: IssueGroupData["area"]; issues: Issue[] }>();
  for (const issue of issues) {
    const item = issue.itemId === "" ? undefined : findItem(issue.itemId);
    const area = item ? { dimension: item.dimension, subdimension: item.subdimension } : null;
    const key = area ? `${area.dimension} › ${area.subdimension}` : "sheet";
    const bucket = buckets.get(key);
    if (bucket) bucket.issues.push(issue);
    else buckets.set(key, { area, issues: [issue] });
  }
  const rank = (key: string) => (key === "sheet" ? -1 : AREA_ORDER.indexOf(key));
  return [...buckets.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, bucket]) => {
      const inSheetOrder = [...bucket.issues].sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
      return {
        key,
        area: bucket.area,
        issues: sortBySeverity(inSheetOrder),
        counts: countBySeverity(bucket.issues),
      };
    });
}
