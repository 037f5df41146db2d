import { MESSAGE_TABLES } from "../messages";
import type { RowFlagCode } from "../messages/message-keys";
import { lookUpItem, readItemValue, resolveTarget, scoreValue } from "../scoring";
import type { Points } from "../scoring";
import { templateReader, validateRows } from "../validation";
import type { KpiRow } from "../validation";
import type { Lang } from "../workbook/workbook-port";

/**
 * The order in which a row's Status names its flags: errors, then warnings, then notes (docs/template.md). Each flag
 * appears once even when two cells raise it (a value and a target that are both not numbers).
 */
export const ROW_FLAG_ORDER: readonly RowFlagCode[] = [
  "CELL_ERROR",
  "NOT_NUMERIC",
  "OUT_OF_RANGE",
  "FUTURE_YEAR",
  "STALE",
  "LOW_QUALITY",
  "NO_TARGET",
  "MISSING",
];

const ROW_FLAGS: ReadonlySet<string> = new Set(ROW_FLAG_ORDER);

/**
 * The flags of one template row, as the pane's Check finds them with the template reading (validateRows with
 * `cells: "template"`), in Status order; sheet-level flags (DUPLICATE, INCONSISTENT, FRACTION_SCALE) are left out.
 *
 * @example rowFlagCodes({ id: "EC: ICT: ICT: 1C", value: "12,5" }, null) // ["NOT_NUMERIC"]
 */
export function rowFlagCodes(row: KpiRow, reportingYear: number | null): RowFlagCode[] {
  const codes = new Set(
    validateRows([row], { reportingYear, cells: "template" }).map((issue) => issue.code as string)
  );
  return ROW_FLAG_ORDER.filter((code) => codes.has(code) && ROW_FLAGS.has(code));
}

/**
 * What the Status column shows for these flags in `lang`: their names joined by ", ", or OK.
 *
 * @example statusText(["STALE", "NO_TARGET"], "en") === "Stale, No target"
 */
export function statusText(codes: readonly RowFlagCode[], lang: Lang): string {
  const table = MESSAGE_TABLES[lang];
  return codes.length === 0 ? table.statusOk : codes.map((c) => table.flagNames[c]).join(", ");
}

/**
 * Score and points of one template row (the Score and Points columns), or null where they stay empty: the value
 * or the target is missing, unusable or absent. Same arithmetic as scoreItem, with the template reading.
 *
 * @example scoreTemplateRow({ id: "EC: ICT: ICT: 1C", value: 0.45, valuePercent: true }) // score 45, points 2
 */
export function scoreTemplateRow(row: KpiRow): { score: number; points: Points } | null {
  const item = lookUpItem(row.id);
  if ("severity" in item) return null;
  const value = readItemValue(item, row.value, templateReader(row.valuePercent));
  if (typeof value !== "number") return null;
  const target = resolveTarget(item, row.target ?? null, templateReader(row.targetPercent));
  if (!target.ok) return null;
  const scored = scoreValue(item, value, target.value, "u4ssc");
  return scored.ok ? { score: scored.value.score, points: scored.value.points } : null;
}
