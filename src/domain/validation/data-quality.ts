import { foldWhiteSpace } from "../parse/white-space";
import type { RawCell } from "../workbook/workbook-port";

/**
 * The data-quality choices of the U4SSC template, in its order (U4SSC KPI data template; see
 * data/catalog provenance). The last two are the ones docs/scoring.md §3 flags as LOW_QUALITY.
 */
export const DATA_QUALITY_CHOICES = [
  { label: "Based on accurate measurements", low: false },
  { label: "Extrapolated based on survey of inhabitants", low: false },
  { label: "Extrapolated based on higher-level data", low: false },
  { label: "Estimation based on certain assumptions", low: false },
  { label: "Personal estimation", low: true },
  { label: "Unknown methodology, not traceable", low: true },
] as const;

/** Trimmed, case-folded, inner white space folded; null past 80 characters (longer than any choice). */
const fold = (text: string): string | null => foldWhiteSpace(text, 80)?.toLowerCase() ?? null;

const LOW_QUALITY_LABELS: ReadonlySet<string> = new Set(
  DATA_QUALITY_CHOICES.filter((choice) => choice.low).map(
    (choice) => fold(choice.label) ?? choice.label
  )
);

/**
 * True when a data-quality cell holds one of the two low-quality choices (trimmed, any case).
 *
 * @example isLowQuality(" personal estimation ") === true
 * @example isLowQuality("Based on accurate measurements") === false
 */
export function isLowQuality(raw: RawCell): boolean {
  const folded = typeof raw === "string" ? fold(raw) : null;
  return folded !== null && LOW_QUALITY_LABELS.has(folded);
}
