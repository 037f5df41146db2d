import { FormulaError, Value, formatGeneralNumber, roundHalfAway } from "../formula";
import { notSimulated } from "./not-simulated";

/** The number formats the preview draws: General, Text (@), and fixed decimals, grouped or as a percentage. */
const FIXED = /^(#,##)?0(?:\.(0+))?(%?)$/;

/**
 * Throws when the preview cannot draw a number format (it never guesses one).
 *
 * @example
 * assertSimulatedNumberFormat("0.0"); // fine
 * assertSimulatedNumberFormat("yyyy-mm-dd"); // throws "Preview does not simulate number format yyyy-mm-dd"
 */
export function assertSimulatedNumberFormat(format: string): void {
  if (format !== "General" && format !== "@" && !FIXED.test(format)) {
    throw notSimulated(`number format ${format}`);
  }
}

/**
 * A value as the cell shows it (`range.text`): numbers through the cell's number format, logicals as TRUE/FALSE,
 * errors as their code.
 *
 * @example
 * displayText(0.456, "0.0%"); // "45.6%"
 * displayText(1234.5, "#,##0"); // "1,235"
 */
export function displayText(value: Value, format: string): string {
  if (value === null) return "";
  if (value instanceof FormulaError) return value.code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fixed = FIXED.exec(format);
  if (!fixed) return formatGeneralNumber(value);
  const [, grouping, zeros = "", percent] = fixed;
  const digits = zeros.length;
  const scaled = roundHalfAway(percent ? value * 100 : value, digits);
  const text = Math.abs(scaled).toFixed(digits);
  const [whole, fraction] = text.split(".");
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${scaled < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}${percent}`;
}
