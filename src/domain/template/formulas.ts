import { absoluteCell, qualified } from "./a1";
import { SUMMARY_SHEET, SUMMARY_YEAR_CELL } from "./layout";

/**
 * Formula text for the template. Only the built-ins AND, OR, NOT, IF, ISBLANK, ISNUMBER, ISTEXT, ISERROR, TRIM, UPPER,
 * LEN and the KPI.* custom functions, with plain A1 references, so the preview's small evaluator computes exactly
 * what Excel does. Text comparisons rely on Excel's `=` being case-insensitive ("nr" = "NR").
 */

/** Texts that mean "not reported" (docs/scoring.md §2), as Excel compares them after TRIM. */
const MISSING_WORDS = ["NR", "N/A", "-", "–", "—", "NOT REPORTED", "NOT AVAILABLE", "NOT VERIFIED"];

/** The reporting-year cell as the data sheet's formulas reference it. */
export const REPORTING_YEAR_REF = qualified(SUMMARY_SHEET, absoluteCell(SUMMARY_YEAR_CELL));

/**
 * A blank cell handed on as "" rather than as itself: Excel desktop passes an empty cell to a custom function as 0
 * and Excel on the web as null (docs/architecture.md), so "" is the one spelling both read as "no value".
 *
 * @example blankAsEmpty("K5") === 'IF(ISBLANK(K5),"",K5)'
 */
export function blankAsEmpty(ref: string): string {
  return `IF(ISBLANK(${ref}),"",${ref})`;
}

/** True when the cell is blank or says "not reported" in any of the spec's words. @example isMissing("K5") */
export function isMissing(ref: string): string {
  return `OR(ISBLANK(${ref}),${MISSING_WORDS.map((word) => `TRIM(${ref})="${word}"`).join(",")})`;
}

/** Numeric bounds of an item as comparisons on `ref` (empty when unbounded). */
function boundTests(ref: string, min: number | null, max: number | null): string[] {
  return [...(min === null ? [] : [`${ref}<${min}`]), ...(max === null ? [] : [`${ref}>${max}`])];
}

/**
 * Data-validation rule of a numeric value cell: blank, NR, or a number within the bounds. NR is the one
 * "not reported" word the template teaches (the reader accepts the others when pasted).
 *
 * @example numericValidation("K5", 0, 100) === "=OR(ISBLANK(K5),TRIM(K5)=\"NR\",AND(ISNUMBER(K5),K5>=0,K5<=100))"
 */
export function numericValidation(ref: string, min: number | null, max: number | null): string {
  const within = [
    `ISNUMBER(${ref})`,
    ...(min === null ? [] : [`${ref}>=${min}`]),
    ...(max === null ? [] : [`${ref}<=${max}`]),
  ];
  return `=OR(ISBLANK(${ref}),TRIM(${ref})="NR",AND(${within.join(",")}))`;
}

/** Conditional-format rule: the value is missing (blank or a "not reported" word). */
export function missingRule(ref: string): string {
  return `=${isMissing(ref)}`;
}

/**
 * Conditional-format rule of a numeric item: the cell holds an Excel error, or text that is not a "not reported"
 * word. IF guards the error, which AND/OR would pass on (and a rule that errs does not fire).
 *
 * @example notNumericRule("K5").startsWith("=IF(ISERROR(K5),TRUE,AND(ISTEXT(K5),NOT(OR(")
 */
export function notNumericRule(ref: string): string {
  return `=IF(ISERROR(${ref}),TRUE,AND(ISTEXT(${ref}),NOT(${isMissing(ref)})))`;
}

/**
 * Conditional-format rule: a number outside the item's bounds; null when the item is unbounded.
 *
 * @example outOfRangeRule("K5", 0, 100) === "=AND(ISNUMBER(K5),OR(K5<0,K5>100))"
 */
export function outOfRangeRule(ref: string, min: number | null, max: number | null): string | null {
  const outside = boundTests(ref, min, max);
  return outside.length === 0 ? null : `=AND(ISNUMBER(${ref}),OR(${outside.join(",")}))`;
}

/** Conditional-format rule for a yes/no value: an error, or a number other than 1 and 0 (the list covers text). */
export function invalidYesNoRule(ref: string): string {
  return `=IF(ISERROR(${ref}),TRUE,AND(ISNUMBER(${ref}),${ref}<>0,${ref}<>1))`;
}

/** Data-validation rule of a Target cell: blank or a number. */
export function targetValidation(ref: string): string {
  return `=OR(ISBLANK(${ref}),ISNUMBER(${ref}))`;
}

/** Cell references of one data row, by role. */
export interface RowRefs {
  readonly id: string;
  readonly value: string;
  readonly year: string;
  readonly quality: string;
  readonly target: string;
}

/**
 * Status column: the row's flags from KPI.CHECK (blank inputs handed on as "").
 *
 * @example statusFormula({ id: "A5", value: "K5", year: "L5", quality: "M5", target: "P5" })
 */
export function statusFormula(row: RowRefs): string {
  const args = [row.id, blankAsEmpty(row.value), blankAsEmpty(row.year), blankAsEmpty(row.quality)];
  return `=KPI.CHECK(${args.join(",")},${blankAsEmpty(REPORTING_YEAR_REF)})`;
}

/**
 * Score column. A row without a value shows an empty cell (its Status already says MISSING) instead of #N/A; every
 * other outcome is KPI.SCORE's own, so #N/A "no target: set one" or #VALUE! explain themselves where the user
 * typed something. A blank Target calls the item form without a target (the catalog default) rather than passing
 * the blank, which Excel desktop would hand over as a target of 0.
 */
export function scoreFormula(row: RowRefs): string {
  return (
    `=IF(${isMissing(row.value)},"",IF(ISBLANK(${row.target}),KPI.SCORE(${row.id},${row.value}),` +
    `KPI.SCORE(${row.id},${row.value},,${row.target})))`
  );
}

/** Points column: as the Score column, with KPI.POINTS. */
export function pointsFormula(row: RowRefs): string {
  return (
    `=IF(${isMissing(row.value)},"",IF(ISBLANK(${row.target}),KPI.POINTS(${row.id},${row.value}),` +
    `KPI.POINTS(${row.id},${row.value},${row.target})))`
  );
}
