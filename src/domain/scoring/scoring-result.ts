import type { MessageCode } from "../messages";
import type { IssueParams } from "../validation";

/**
 * Why something could not be scored: a flag about one item (an `Issue` is one) or a condition of a whole call
 * (INSUFFICIENT_COVERAGE, NO_SCORABLE_ITEMS, UNKNOWN_AREA, BAD_ARGUMENT, SHAPE_MISMATCH, TOO_LARGE). Language-free:
 * `formatMessage(code, params, lang)` words it.
 */
export interface ScoringFailure {
  readonly code: MessageCode;
  readonly params: IssueParams;
}

/** A score, or why there is none. */
export type Scored<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: ScoringFailure };

export const scored = <T>(value: T): Scored<T> => ({ ok: true, value });

export const failed = <T>(code: MessageCode, params: IssueParams): Scored<T> => ({
  ok: false,
  failure: { code, params },
});

/** Scoring methods (docs/scoring.md §4–5). For one item `mean` is the indicator score, the same as `u4ssc`. */
export type ScoringMethod = "u4ssc" | "mean" | "goalposts";

export const SCORING_METHODS: readonly ScoringMethod[] = ["u4ssc", "mean", "goalposts"];
