import { EXCEL_ERROR_TEXTS, YEAR_MAX, YEAR_MIN } from "../parse";
import { TEMPLATE_MISSING_WORDS, TEMPLATE_NO_WORDS, TEMPLATE_YES_WORDS } from "../validation";

/**
 * Building blocks of the template's formulas. Portable by design (docs/template.md, "Formulas"): only built-ins
 * that Excel 2010 and later (Windows, Mac, web) and LibreOffice Calc share, A1 references, no KPI.* function, so
 * the workbook computes wherever it is opened, with or without the add-in. Text comparisons rely on `=` being
 * case-insensitive in both ("nr" = "NR", "да" = "ДА"), and `OR(text={…})` on an array constant rather than
 * MATCH, whose `*` and `?` are wildcards.
 */

/** A formula text literal ("" doubled inside). @example quote('say "hi"') === '"say ""hi"""' */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An array constant of texts. @example wordArray(["NR", "-"]) === '{"NR","-"}' */
export function wordArray(words: readonly string[]): string {
  return `{${words.map(quote).join(",")}}`;
}

/** True when the trimmed text of `ref` is one of `words` (any case). `ref` must hold text (guard with ISTEXT). */
export function trimmedIn(ref: string, words: readonly string[]): string {
  return `OR(TRIM(${ref})=${wordArray(words)})`;
}

/** The "not reported" words and the empty text (docs/template.md). */
export const MISSING_TEXTS = ["", ...TEMPLATE_MISSING_WORDS];

/**
 * True when the cell is blank or says "not reported" (an error or a number is not missing).
 *
 * @example isMissing("K5") starts 'IF(ISBLANK(K5),TRUE,IF(ISTEXT(K5),OR(TRIM(K5)={"","NR",'
 */
export function isMissing(ref: string): string {
  return `IF(ISBLANK(${ref}),TRUE,IF(ISTEXT(${ref}),${trimmedIn(ref, MISSING_TEXTS)},FALSE))`;
}

/**
 * Whether a cell's number format shows a percentage. CELL("format") returns "P0", "P2"… for percent formats in
 * Excel desktop and LibreOffice; Excel for the web does not support this info_type
 * (https://support.microsoft.com/fr-fr/excel/functions/cell-function, English text, note under "format"), so there
 * the error reads as "not a percent format": docs/template.md, "Percent entry", states the consequence.
 */
export function isPercentFormat(ref: string): string {
  return `IFERROR(LEFT(CELL("format",${ref}),1)="P",FALSE)`;
}

/**
 * The strict reading of a Value or Target cell as a number, "" when it holds none (readTemplateCell in
 * src/domain/validation does the same): a number (× 100 in a percent-formatted cell of a percentage item, whose
 * unit in `unit` starts "Percentage"), TRUE/FALSE or a yes/no word for a yes/no item. ISLOGICAL comes before
 * ISNUMBER because LibreOffice stores TRUE as the number 1.
 */
export function readNumber(ref: string, yesNo: string, unit: string): string {
  const yesNoWord =
    `IF(${trimmedIn(ref, TEMPLATE_YES_WORDS)},1,` +
    `IF(${trimmedIn(ref, TEMPLATE_NO_WORDS)},0,""))`;
  return (
    `IF(ISERROR(${ref}),"",IF(ISLOGICAL(${ref}),IF(${yesNo},IF(${ref},1,0),""),` +
    `IF(ISNUMBER(${ref}),IF(${isPercentFormat(ref)},IF(LEFT(${unit},10)="percentage",${ref}*100,""),${ref}),` +
    `IF(ISTEXT(${ref}),IF(${yesNo},${yesNoWord},""),""))))`
  );
}

/** Bounds of a read number: OK or OUT_OF_RANGE (a yes/no item takes exactly 1 or 0). */
function rangeCheck(read: string, yesNo: string, min: string, max: string): string {
  const within =
    `AND(OR(NOT(ISNUMBER(${min})),${read}>=${min}),` + `OR(NOT(ISNUMBER(${max})),${read}<=${max}))`;
  return (
    `IF(${yesNo},IF(OR(${read}=0,${read}=1),"OK","OUT_OF_RANGE"),` +
    `IF(${within},"OK","OUT_OF_RANGE"))`
  );
}

/** The check of a Value or Target cell whose reading is in `read`, as a flag code or OK (docs/template.md). */
export function checkCode(
  ref: string,
  read: string,
  method: { yesNo: string; min: string; max: string }
): string {
  // A text reads as a number only when it is a yes/no word, never a missing word or an error: bounds come first.
  const bounds = rangeCheck(read, method.yesNo, method.min, method.max);
  return (
    `IF(ISERROR(${ref}),"CELL_ERROR",IF(ISBLANK(${ref}),"MISSING",IF(ISNUMBER(${read}),${bounds},` +
    `IF(ISTEXT(${ref}),IF(${trimmedIn(ref, MISSING_TEXTS)},"MISSING",` +
    `IF(${trimmedIn(ref, EXCEL_ERROR_TEXTS)},"CELL_ERROR","NOT_NUMERIC")),"NOT_NUMERIC"))))`
  );
}

/**
 * A year as parseYear reads it: the whole number 1900–2100 (a number, or four digits as text), "" when blank or a
 * "not reported" word, else "NOT_NUMERIC".
 */
export function readYear(ref: string): string {
  const text = `TRIM(${ref})`;
  const digits = `AND(LEN(${text})=4,SUMPRODUCT(--ISNUMBER(--MID(${text},{1,2,3,4},1)))=4)`;
  return (
    `IF(ISBLANK(${ref}),"",IF(ISERROR(${ref}),"NOT_NUMERIC",IF(ISLOGICAL(${ref}),"NOT_NUMERIC",` +
    `IF(ISNUMBER(${ref}),IF(AND(${ref}=INT(${ref}),${ref}>=${YEAR_MIN},${ref}<=${YEAR_MAX}),${ref},"NOT_NUMERIC"),` +
    `IF(${trimmedIn(ref, MISSING_TEXTS)},"",IF(${digits},` +
    `IF(AND(--${text}>=${YEAR_MIN},--${text}<=${YEAR_MAX}),--${text},"NOT_NUMERIC"),"NOT_NUMERIC"))))))`
  );
}

/**
 * Data-validation rule of a Value or Target cell (docs/template.md): blank, a "not reported" word, or a number
 * within the bounds; a yes/no item takes 1 or 0, TRUE or FALSE and the yes/no words of the three languages. A
 * typed text number ("12,5") is refused, as Status flags it. Validation cannot see a number format, so a value
 * typed as a percentage is checked by Status and the conditional formats only (docs/template.md).
 *
 * @example valueValidation("K5", { yesNo: false, min: 0, max: 100 }).length <= 255
 */
export function valueValidation(
  ref: string,
  rule: { yesNo: boolean; min: number | null; max: number | null }
): string {
  // An error (a pasted or computed #DIV/0!) is refused, not passed on: a rule that errs behaves differently by host.
  const guard = (test: string) => `=IF(ISERROR(${ref}),FALSE,${test})`;
  if (rule.yesNo) {
    const words = [...MISSING_TEXTS, ...TEMPLATE_YES_WORDS, ...TEMPLATE_NO_WORDS];
    return guard(
      `OR(ISBLANK(${ref}),ISLOGICAL(${ref}),` +
        `IF(ISTEXT(${ref}),${trimmedIn(ref, words)},OR(${ref}=0,${ref}=1)))`
    );
  }
  const within = [
    `ISNUMBER(${ref})`,
    `NOT(ISLOGICAL(${ref}))`,
    ...(rule.min === null ? [] : [`${ref}>=${rule.min}`]),
    ...(rule.max === null ? [] : [`${ref}<=${rule.max}`]),
  ];
  return guard(
    `OR(ISBLANK(${ref}),IF(ISTEXT(${ref}),${trimmedIn(ref, MISSING_TEXTS)},AND(${within.join(",")})))`
  );
}

/**
 * Conditional-format rules of a Value or Target column, from the row's own check cell (`check`, e.g. "$AA5"), so
 * the colour says exactly what Status says.
 *
 * @example checkRules("$AA5").missing === '=$AA5="MISSING"'
 */
export function checkRules(check: string): { missing: string; invalid: string } {
  return {
    missing: `=${check}="MISSING"`,
    invalid: `=OR(${check}="NOT_NUMERIC",${check}="CELL_ERROR",${check}="OUT_OF_RANGE")`,
  };
}
