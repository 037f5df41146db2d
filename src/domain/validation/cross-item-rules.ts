import { ITEMS } from "../catalog";
import { makeIssue } from "./issue";
import type { Issue } from "./issue";

/** A value usable by the sheet-wide rules: read as a number, in a row with no error. */
export interface UsableValue {
  readonly row: number;
  readonly value: number;
}

/**
 * One item may not exceed another (U4SSC Verification Manual 2022, "data values" notes): households
 * with fixed broadband have Internet access; potable water is a subset of basic water supply.
 */
const AT_MOST_RULES: readonly { readonly item: string; readonly atMost: string }[] = [
  { item: "EC: ICT: ICT: 2C", atMost: "EC: ICT: ICT: 1C" },
  { item: "EC: I: WS: 2C", atMost: "EC: I: WS: 1C" },
];

/** Data points that partition a whole: shares add up to at most 100, plus 0.5 for rounding. */
const SUM_RULES: readonly string[] = ["EC: I: T: 4A", "EN: EN: WA: 1C"];
const SUM_LIMIT = 100.5;

/**
 * INCONSISTENT issues for the cross-item rules of docs/scoring.md §3, from the usable values by
 * canonical item id (items entered twice are left out by the caller: no one can say which value is
 * meant). A sum is taken in catalog order and reported on its first given data point, so the result
 * does not depend on the order of the rows.
 *
 * @example
 * crossItemIssues(new Map([
 *   ["EC: ICT: ICT: 2C", { row: 1, value: 90 }],
 *   ["EC: ICT: ICT: 1C", { row: 0, value: 80 }],
 * ]))
 * // one INCONSISTENT on row 1, params { reason: "atMost", value: 90, otherItem: "EC: ICT: ICT:
 * 1C", otherValue: 80 }
 */
export function crossItemIssues(values: ReadonlyMap<string, UsableValue>): Issue[] {
  const issues: Issue[] = [];
  for (const rule of AT_MOST_RULES) {
    const part = values.get(rule.item);
    const whole = values.get(rule.atMost);
    if (part && whole && part.value > whole.value) {
      const params = {
        item: rule.item,
        reason: "atMost",
        value: part.value,
        otherItem: rule.atMost,
        otherValue: whole.value,
      };
      issues.push(makeIssue("INCONSISTENT", rule.item, params, part.row));
    }
  }
  for (const code of SUM_RULES) {
    const points = ITEMS.filter((item) => item.code === code).flatMap((item) => {
      const given = values.get(item.id);
      return given ? [{ id: item.id, ...given }] : [];
    });
    const total = points.reduce((sum, point) => sum + point.value, 0);
    if (points.length > 0 && total > SUM_LIMIT) {
      const first = points[0];
      issues.push(
        makeIssue("INCONSISTENT", first.id, { item: code, reason: "sum", total }, first.row)
      );
    }
  }
  return issues;
}
