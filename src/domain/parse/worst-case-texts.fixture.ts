/**
 * Texts of Excel's largest cell (32 767 characters, the limit Microsoft documents for a cell's contents) built to
 * make a backtracking regular expression retry: long runs of spaces, digits and groups that almost match and fail
 * at the last character. Shared by the linear-time test (test/hostile/linear-time.test.ts) and `npm run bench`.
 */
import { isMissingText } from "./missing-text";
import { isExcelErrorText } from "./excel-error-text";
import { parseNumberText } from "./number-text";
import { parseCellValue } from "./parse-cell-value";
import { parseYear } from "./parse-year";
import { readYesNoWord } from "./yes-no-text";
import { decimalValue } from "./decimal-value";
import { findItem, itemById, normalizeId, resolveArea } from "../catalog";
import { isLowQuality } from "../validation/data-quality";
import { foldHeader } from "../template/header-names";

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** A text of exactly `length` characters: `head`, then `fill` repeated, then `tail`. */
export function filled(head: string, fill: string, tail: string, length: number): string {
  const middle = Math.max(0, length - head.length - tail.length);
  return head + fill.repeat(Math.ceil(middle / fill.length)).slice(0, middle) + tail;
}

/** The worst-case texts of a given length (names say what each one attacks). */
export function worstCaseTexts(length: number): ReadonlyArray<readonly [string, string]> {
  return [
    ["1, spaces, x%", filled("1", " ", "x%", length)],
    ["1, spaces, %", filled("1", " ", "%", length)],
    ["spaces only", filled("", " ", "", length)],
    ["no-break spaces, x", filled("1", "\u00a0", "x", length)],
    ["newlines", filled("1", "\n", "2", length)],
    ["digits, x", filled("1", "1", "x", length)],
    ["digits, e, x", filled("1", "1", "ex", length)],
    ["space groups, x", filled("1", " 234", "x", length)],
    ["comma groups, dot, x", filled("1", ",234", ".x", length)],
    ["dots", filled("1", ".", "", length)],
    ["id, spaces, colon", filled("EC", " ", ":x", length)],
    ["id, spaces, letter", filled("EC", " ", "x", length)],
    ["colons and spaces", filled("", ": ", "", length)],
    ["slashes and spaces", filled("", " /", "x", length)],
    ["n/a and spaces", filled("n", " ", "/a", length)],
    ["hashes", filled("#", "#", "!", length)],
    ["minus, spaces", filled("-", " ", "1", length)],
  ];
}

const PERCENT_ITEM = itemById("EC: ICT: ICT: 1C");

/** Every exported parse and normalise function of the domain, as a one-argument call on text. */
export const TEXT_READERS: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ["parseNumberText", parseNumberText],
  ["parseCellValue", (text) => parseCellValue(text, PERCENT_ITEM)],
  ["parseYear", parseYear],
  ["isMissingText", isMissingText],
  ["isExcelErrorText", isExcelErrorText],
  ["readYesNoWord", readYesNoWord],
  ["decimalValue", (text) => decimalValue(text, text)],
  ["normalizeId", normalizeId],
  ["findItem", findItem],
  ["resolveArea", resolveArea],
  ["isLowQuality", isLowQuality],
  ["foldHeader", foldHeader],
];
