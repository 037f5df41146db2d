/** The reporting years the template accepts (a whole number; the U4SSC programme started in 2016). */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export type ReportingYearInput =
  { readonly ok: true; readonly year: number | null } | { readonly ok: false };

/**
 * Reads the reporting-year field: blank means "not known yet" (null); otherwise a whole number from 1990 to 2100,
 * surrounding spaces allowed. Anything else (decimals, words, "2024a", out of range) is refused, never guessed.
 *
 * @example parseReportingYear(" 2024 ") // { ok: true, year: 2024 }
 * @example parseReportingYear("") // { ok: true, year: null }
 * @example parseReportingYear("2024.5") // { ok: false }
 */
export function parseReportingYear(text: string): ReportingYearInput {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, year: null };
  if (!/^\d{4}$/.test(trimmed)) return { ok: false };
  const year = Number(trimmed);
  return year >= YEAR_MIN && year <= YEAR_MAX ? { ok: true, year } : { ok: false };
}
