/**
 * Flags as data (docs/scoring.md §3): every check returns `{ code, severity, itemId, params }`; the
 * words live in `domain/messages/`. Params are language-free (numbers, ids, raw cell text) so one
 * issue reads in any language.
 */

/** Every flag a check can raise. */
export type FlagCode =
  | "MISSING"
  | "NOT_NUMERIC"
  | "CELL_ERROR"
  | "OUT_OF_RANGE"
  | "UNKNOWN_ID"
  | "DUPLICATE"
  | "NO_TARGET"
  | "STALE"
  | "FUTURE_YEAR"
  | "LOW_QUALITY"
  | "INCONSISTENT"
  | "FRACTION_SCALE";

/** Errors block scoring of the item; warnings and infos do not. */
export type Severity = "error" | "warning" | "info";

/** The severity of each flag, as docs/scoring.md §3 fixes it. One code always has one severity. */
export const FLAG_SEVERITY: Readonly<Record<FlagCode, Severity>> = {
  MISSING: "info",
  NOT_NUMERIC: "error",
  CELL_ERROR: "error",
  OUT_OF_RANGE: "error",
  UNKNOWN_ID: "error",
  DUPLICATE: "error",
  NO_TARGET: "info",
  STALE: "warning",
  FUTURE_YEAR: "error",
  LOW_QUALITY: "warning",
  INCONSISTENT: "warning",
  FRACTION_SCALE: "warning",
};

/** Language-free details of an issue; the message tables name the placeholders they use. */
export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: FlagCode;
  readonly severity: Severity;
  /** Canonical item id; the raw id text for UNKNOWN_ID; "" for a sheet-level issue. */
  readonly itemId: string;
  readonly params: IssueParams;
  /** 0-based index of the row the issue is about, when the check read a list of rows. */
  readonly row?: number;
}

/**
 * Builds an issue whose severity comes from {@link FLAG_SEVERITY}.
 *
 * @example makeIssue("MISSING", "EC: I: WS: 1C", { item: "EC: I: WS: 1C" }).severity === "info"
 */
export function makeIssue(
  code: FlagCode,
  itemId: string,
  params: IssueParams = {},
  row?: number
): Issue {
  const issue = { code, severity: FLAG_SEVERITY[code], itemId, params };
  return row === undefined ? issue : { ...issue, row };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Orders issues most severe first (error, warning, info). Use it with the (stable)
 * `Array.prototype.sort`, so issues of equal severity keep the order the checks produced them in.
 *
 * @example issues.sort(compareSeverity)
 */
export function compareSeverity(a: Issue, b: Issue): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** A sorted copy, most severe first; the input is left untouched. */
export function sortBySeverity(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(compareSeverity);
}
