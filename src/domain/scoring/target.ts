import type { CatalogItem } from "../catalog";
import { parseCellValue } from "../parse";
import { checkTarget, makeIssue } from "../validation";
import type { Issue, ValueReader } from "../validation";
import type { RawCell } from "../workbook/workbook-port";

/** The target an item is scored against, and where it comes from (docs/scoring.md §6). */
export interface ResolvedTarget {
  readonly target: number;
  /** Worst goalpost W from the catalog (the goalpost method's 0 point); null where the reference gives none. */
  readonly worst: number | null;
  readonly targetSource: "explicit" | "default";
  /** The default target's basis; null for an explicit target, whose basis the workbook records beside it. */
  readonly basis: string | null;
  readonly source: string | null;
}

export type TargetResolution =
  | { readonly ok: true; readonly value: ResolvedTarget }
  | { readonly ok: false; readonly issue: Issue };

/**
 * Resolves the target of an item: an explicit target (a number, or text read like a value, so `80 %` works for a
 * percentage item) always wins; a blank one falls back to the catalog's default target. Fails with NO_TARGET for
 * direction `none` or when there is neither, and with NOT_NUMERIC / CELL_ERROR / OUT_OF_RANGE (`field: "target"`)
 * for an explicit target that is not usable — the same flags the template's status column shows.
 *
 * @example resolveTarget(itemById("EC: ICT: ICT: 1C"), null) // default 100, basis "ITU UMC 2030 target …"
 * @example resolveTarget(itemById("EC: ICT: ICT: 1C"), "80 %") // explicit 80
 */
export function resolveTarget(
  item: CatalogItem,
  explicit: RawCell,
  read: ValueReader = parseCellValue
): TargetResolution {
  // Most calls give no target cell at all: go straight to the default (what checkTarget and
  // parseCellValue would conclude for null, without their intermediate objects).
  if (explicit === null || explicit === undefined) return defaultTarget(item);
  const issues = checkTarget(item, explicit, read);
  if (issues.length > 0) return { ok: false, issue: issues[0] };
  const reading = read(explicit, item);
  const fallback = item.defaultTarget;
  if (reading.kind === "number") {
    const worst = fallback ? fallback.worst : null;
    const value: ResolvedTarget = {
      target: reading.value,
      worst,
      targetSource: "explicit",
      basis: null,
      source: null,
    };
    return { ok: true, value };
  }
  return defaultTarget(item);
}

/** The catalog's default target; NO_TARGET (reason `noDirection` for direction `none`) without one. */
function defaultTarget(item: CatalogItem): TargetResolution {
  if (item.direction === "none") {
    const params = { item: item.id, reason: "noDirection" };
    return { ok: false, issue: makeIssue("NO_TARGET", item.id, params) };
  }
  const fallback = item.defaultTarget;
  if (!fallback) return { ok: false, issue: makeIssue("NO_TARGET", item.id, { item: item.id }) };
  return {
    ok: true,
    value: {
      target: fallback.target,
      worst: fallback.worst,
      targetSource: "default",
      basis: fallback.basis,
      source: fallback.source,
    },
  };
}
