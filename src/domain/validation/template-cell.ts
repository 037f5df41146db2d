import { isPercentItem } from "../catalog";
import type { CatalogItem } from "../catalog";
import { isExcelErrorText, isYesNoItem, parseNumberText } from "../parse";
import type { CellReading } from "../parse";
import type { RawCell } from "../workbook/workbook-port";
import type { IssueParams } from "./issue";
import type { NotNumericReason } from "./issue-reasons";
import type { ValueReader } from "./value-reader";
import { checkRange } from "./check-range";

/**
 * The strict reading of a template cell (docs/template.md, "What a cell may hold"). The template's own formulas
 * (Status, Score, Points, conditional formats) can only do what Excel's built-ins do, so the pane's Check and the
 * command-line check read template sheets this way too, and every host gives one verdict per cell. Analysts' own
 * sheets keep the lenient reading of docs/scoring.md §2 through the KPI.* functions.
 */

/** "Not reported" words, compared as Excel's `=` does after TRIM: any case (formulas.ts writes the same list). */
export const TEMPLATE_MISSING_WORDS = [
  "NR",
  "N/A",
  "-",
  "–",
  "—",
  "NOT REPORTED",
  "NOT AVAILABLE",
  "NOT VERIFIED",
] as const;

/** Yes/no words a yes/no cell takes, in the template's three languages (formulas.ts writes the same lists). */
export const TEMPLATE_YES_WORDS = ["YES", "OUI", "ДА"] as const;
export const TEMPLATE_NO_WORDS = ["NO", "NON", "НЕТ"] as const;

/**
 * Excel's TRIM: removes ASCII spaces at both ends and folds inner runs of spaces to one; tabs and no-break
 * spaces stay (https://learn.microsoft.com/office/vba/api/excel.worksheetfunction.trim: TRIM removes the ASCII
 * space, value 32, only).
 *
 * @example excelTrim("  Not   reported ") === "Not reported"
 */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

const upper = (text: string) => excelTrim(text).toUpperCase();
const MISSING: ReadonlySet<string> = new Set(["", ...TEMPLATE_MISSING_WORDS]);
const YES: ReadonlySet<string> = new Set(TEMPLATE_YES_WORDS);
const NO: ReadonlySet<string> = new Set(TEMPLATE_NO_WORDS);

/** A cell of a template sheet: what Excel stores, and whether its number format shows a percentage. */
export interface TemplateCell {
  readonly raw: RawCell;
  /** The cell's number format contains `%` (a value typed `21%` is stored as 0.21 and shown as 21%). */
  readonly percentFormat?: boolean;
}

/**
 * Reads one template Value or Target cell of `item` (docs/template.md): blank or a "not reported" word is missing;
 * a number is itself, or × 100 in a percent-formatted cell of a percentage item (what the cell shows is what is
 * scored); TRUE/FALSE, 1/0 and the yes/no words are 1/0 for yes/no items only; any other text is NOT_NUMERIC, a
 * text that reads as a number with reason `textNumber` and the number in `params.number` (convert it, don't guess
 * silently); an Excel error is CELL_ERROR. Range checks are the caller's (checkRange).
 *
 * @example readTemplateCell({ raw: 0.21, percentFormat: true }, povertyRate) // { kind: "number", value: 21 }
 * @example readTemplateCell({ raw: "12,5" }, item).kind === "invalid" // reason textNumber, number 12.5
 */
export function readTemplateCell(cell: TemplateCell, item: CatalogItem): CellReading {
  const { raw } = cell;
  if (raw === null || raw === undefined) return { kind: "missing" };
  if (typeof raw === "boolean") {
    return isYesNoItem(item)
      ? { kind: "number", value: raw ? 1 : 0 }
      : notNumeric(item, raw ? "TRUE" : "FALSE", "yesNoWord");
  }
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return notNumeric(item, String(raw), "nonFinite");
    if (!cell.percentFormat) return { kind: "number", value: raw };
    const shown = raw * 100;
    return isPercentItem(item)
      ? { kind: "number", value: shown }
      : notNumeric(item, `${shown}%`, "percentSign");
  }
  return readText(raw, item);
}

function readText(text: string, item: CatalogItem): CellReading {
  const word = upper(text);
  if (MISSING.has(word)) return { kind: "missing" };
  if (isExcelErrorText(word)) {
    return { kind: "invalid", code: "CELL_ERROR", params: { item: item.id, raw: excelTrim(text) } };
  }
  const yesNo = YES.has(word) ? 1 : NO.has(word) ? 0 : null;
  if (yesNo !== null) {
    return isYesNoItem(item)
      ? { kind: "number", value: yesNo }
      : notNumeric(item, excelTrim(text), "yesNoWord");
  }
  return textNotNumeric(excelTrim(text), item);
}

/** Why a text is not a value, for the message: a text number to convert, a yes/no answer expected, units… */
function textNotNumeric(text: string, item: CatalogItem): CellReading {
  const reading = parseNumberText(text.trim());
  if (reading.kind === "number" && !(reading.percent && !isPercentItem(item))) {
    const params: IssueParams = {
      item: item.id,
      raw: text,
      reason: "textNumber",
      number: reading.value,
    };
    return { kind: "invalid", code: "NOT_NUMERIC", params };
  }
  if (isYesNoItem(item)) return notNumeric(item, text, "notYesNo");
  if (reading.kind === "number") return notNumeric(item, text, "percentSign");
  if (reading.kind === "ambiguous") {
    const { thousands, decimal, separator } = reading;
    const params = { item: item.id, raw: text, reason: "ambiguous", thousands, decimal, separator };
    return { kind: "invalid", code: "NOT_NUMERIC", params };
  }
  if (reading.kind === "unitWords" || reading.kind === "nonFinite") {
    return notNumeric(item, text, reading.kind);
  }
  return notNumeric(item, text);
}

function notNumeric(item: CatalogItem, raw: string, reason?: NotNumericReason): CellReading {
  const params: IssueParams =
    reason === undefined ? { item: item.id, raw } : { item: item.id, raw, reason };
  return { kind: "invalid", code: "NOT_NUMERIC", params };
}

/**
 * A {@link ValueReader} for template cells whose number format is (or is not) a percentage.
 *
 * @example checkTarget(item, 0.8, templateReader(true)) // reads the target as 80
 */
export function templateReader(percentFormat?: boolean): ValueReader {
  return (raw, item) => readTemplateCell({ raw, percentFormat }, item);
}

/** The one verdict on a template Value or Target cell: OK, MISSING or the flag that stops it being scored. */
export type CellVerdict = "OK" | "MISSING" | "NOT_NUMERIC" | "CELL_ERROR" | "OUT_OF_RANGE";

/**
 * The verdict on one Value cell, as its colour, the row's Status and the Check all give it (docs/template.md): the
 * strict reading, then the item's bounds. The template's "Value check" column computes the same.
 *
 * @example templateCellVerdict({ raw: "12,5" }, item) === "NOT_NUMERIC"
 * @example templateCellVerdict({ raw: 1.5, percentFormat: true }, povertyRate) === "OUT_OF_RANGE" // 150 %
 */
export function templateCellVerdict(cell: TemplateCell, item: CatalogItem): CellVerdict {
  const reading = readTemplateCell(cell, item);
  if (reading.kind === "missing") return "MISSING";
  if (reading.kind === "invalid") return reading.code;
  return checkRange(item, reading.value) ? "OUT_OF_RANGE" : "OK";
}

/**
 * True when an Excel number format shows its number as a percentage: a `%` outside quoted text and not escaped
 * (`0%`, `0.00%`; not `0" %"` or `0\%`). Excel's CELL("format") answers "P…" for the same formats.
 *
 * @example isPercentNumberFormat("0.0%") === true
 * @example isPercentNumberFormat('0" %"') === false
 */
export function isPercentNumberFormat(format: unknown): boolean {
  return typeof format === "string" && /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}
