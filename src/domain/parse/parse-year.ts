import type { RawCell } from "../workbook/workbook-port";
import type { CellReading } from "./parse-cell-value";
import { isMissingText } from "./missing-text";

/** The years a year cell may hold: U4SSC data are recent; others are typos or date serials. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/**
 * Reads a year cell: a whole number from 1900 to 2100 (as a number or as digits), missing when
 * blank or a "not reported" marker, and otherwise NOT_NUMERIC with params `{ raw, reason: "year",
 * field: "year" }` (the caller adds `item` and may change `field`). An Excel error in a year cell
 * is NOT_NUMERIC too: the year cannot be used.
 *
 * @example parseYear(2021) // { kind: "number", value: 2021 }
 * @example parseYear(" 2019 ") // { kind: "number", value: 2019 }
 * @example parseYear(44197).kind === "invalid" // a date serial, not a year
 */
export function parseYear(raw: RawCell): CellReading {
  if (raw === null || raw === undefined) return { kind: "missing" };
  if (typeof raw === "string" && isMissingText(raw)) return { kind: "missing" };
  const text = typeof raw === "string" ? raw.trim() : String(raw);
  const value = typeof raw === "number" ? raw : /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) {
    return { kind: "number", value };
  }
  const shown = typeof raw === "boolean" ? text.toUpperCase() : text;
  return {
    kind: "invalid",
    code: "NOT_NUMERIC",
    params: { raw: shown, reason: "year", field: "year" },
  };
}
