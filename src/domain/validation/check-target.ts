import type { CatalogItem } from "../catalog";
import { parseCellValue } from "../parse";
import type { RawCell } from "../workbook/workbook-port";
import { checkRange } from "./check-range";
import { makeIssue } from "./issue";
import type { ValueReader } from "./value-reader";
import type { Issue } from "./issue";

/**
 * The target flags of one row (docs/scoring.md §3, §6): NO_TARGET when the item has direction
 * `none` (reason `noDirection`: never scored, a target would not help) or when the target cell is
 * blank and the catalog has no default target; NOT_NUMERIC, CELL_ERROR or OUT_OF_RANGE with `field:
 * "target"` when the cell holds something that is not a usable target. The target cell is read with
 * the item's own rules (a `%` sign for a percentage item).
 *
 * @example checkTarget(itemById("EC: ICT: ICT: 2C"), null)[0].code === "NO_TARGET" // no default
 * @example checkTarget(itemById("EC: ICT: ICT: 1C"), null) // [] — the default target (100) applies
 */
export function checkTarget(
  item: CatalogItem,
  raw: RawCell,
  read: ValueReader = parseCellValue
): Issue[] {
  if (item.direction === "none") {
    return [makeIssue("NO_TARGET", item.id, { item: item.id, reason: "noDirection" })];
  }
  const reading = read(raw, item);
  if (reading.kind === "missing") {
    return item.defaultTarget ? [] : [makeIssue("NO_TARGET", item.id, { item: item.id })];
  }
  if (reading.kind === "invalid") {
    return [makeIssue(reading.code, item.id, { ...reading.params, field: "target" })];
  }
  const outOfRange = checkRange(item, reading.value, "target");
  return outOfRange ? [outOfRange] : [];
}
