import type { Severity } from "../validation/issue";
import { MESSAGE_TABLES } from "./message-tables";
import type { Lang } from "./message-keys";

/**
 * The label of a band (points 1–4, docs/scoring.md §4).
 *
 * @example bandLabel(4, "en") === "95%+ of target"
 */
export function bandLabel(band: 1 | 2 | 3 | 4, lang: Lang): string {
  return MESSAGE_TABLES[lang].bands[band - 1];
}

/**
 * The label of an area score's band (docs/scoring.md §5): a share of the maximum points, never "% of target".
 *
 * @example areaBandLabel(2, "en") === "33–66% of max. points"
 */
export function areaBandLabel(band: 1 | 2 | 3 | 4, lang: Lang): string {
  return MESSAGE_TABLES[lang].areaBands[band - 1];
}

/**
 * The label of a severity, for lists and headings.
 *
 * @example severityLabel("warning", "fr") === "Avertissement"
 */
export function severityLabel(severity: Severity, lang: Lang): string {
  return MESSAGE_TABLES[lang].severities[severity];
}
