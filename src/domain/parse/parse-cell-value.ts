import { isPercentItem } from "../catalog";
import type { CatalogItem } from "../catalog";
import type { IssueParams } from "../validation/issue";
import type { NotNumericReason } from "../validation/issue-reasons";
import type { RawCell } from "../workbook/workbook-port";
import { isExcelErrorText } from "./excel-error-text";
import { isMissingText } from "./missing-text";
import { parseNumberText } from "./number-text";
import { readYesNoWord } from "./yes-no-text";

export type { RawCell } from "../workbook/workbook-port";

/**
 * What one cell holds once read. `invalid` carries the flag and its language-free params: always
 * `item` (the item's id) and `raw` (the cell as text), plus `reason` for the sub-cases of
 * NOT_NUMERIC and, for an ambiguous number, `thousands`, `decimal` and `separator`.
 */
export type CellReading =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "missing" }
  | {
      readonly kind: "invalid";
      readonly code: "NOT_NUMERIC" | "CELL_ERROR";
      readonly params: IssueParams;
    };

/** Yes/no items take Yes/No words and booleans (docs/scoring.md §2). */
export function isYesNoItem(item: CatalogItem): boolean {
  return item.direction === "yesno";
}

/**
 * Reads a raw cell as a value of `item`, exactly as docs/scoring.md §2 says. Never throws, never
 * rewrites the cell.
 *
 * @example parseCellValue("97.00 %", itemById("EC: ICT: ICT: 1C")) // { kind: "number", value: 97 }
 * @example parseCellValue("Not Reported", item) // { kind: "missing" }
 * @example parseCellValue("12.67 Minutes", itemById("SC: SH: SA: 5A"))
 * // { kind: "invalid", code: "NOT_NUMERIC", params: { item, raw, reason: "unitWords" } }
 */
export function parseCellValue(raw: RawCell, item: CatalogItem): CellReading {
  if (raw === null || raw === undefined) return { kind: "missing" };
  if (typeof raw === "boolean") {
    return isYesNoItem(item)
      ? { kind: "number", value: raw ? 1 : 0 }
      : notNumeric(item, raw ? "TRUE" : "FALSE", "yesNoWord");
  }
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { kind: "number", value: raw }
      : notNumeric(item, String(raw), "nonFinite");
  }
  return parseText(raw.trim(), item);
}

function parseText(text: string, item: CatalogItem): CellReading {
  // No missing marker, Excel error (#…) or yes/no word starts with a digit: skip the word lists.
  if (!startsWithDigit(text)) {
    const word = readWord(text, item);
    if (word) return word;
  }
  const reading = parseNumberText(text);
  switch (reading.kind) {
    case "number":
      if (reading.percent && !isPercentItem(item)) return notNumeric(item, text, "percentSign");
      return { kind: "number", value: reading.value };
    case "ambiguous": {
      const { thousands, decimal, separator } = reading;
      const params = {
        item: item.id,
        raw: text,
        reason: "ambiguous",
        thousands,
        decimal,
        separator,
      };
      return { kind: "invalid", code: "NOT_NUMERIC", params };
    }
    case "unitWords":
    case "nonFinite":
      return notNumeric(item, text, reading.kind);
    case "text":
      return isYesNoItem(item) ? notNumeric(item, text, "notYesNo") : notNumeric(item, text);
  }
}

// Length first: charCodeAt past the end (the empty cell "") sends V8 back to the interpreter.
const startsWithDigit = (text: string): boolean =>
  text.length > 0 && text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;

/** The reading of a missing marker, an Excel error or a yes/no word; null for any other text. */
function readWord(text: string, item: CatalogItem): CellReading | null {
  if (isMissingText(text)) return { kind: "missing" };
  if (isExcelErrorText(text)) {
    return { kind: "invalid", code: "CELL_ERROR", params: { item: item.id, raw: text } };
  }
  const yesNo = readYesNoWord(text);
  if (yesNo === null) return null;
  return isYesNoItem(item) ? { kind: "number", value: yesNo } : notNumeric(item, text, "yesNoWord");
}

// Literal params, not `{ ...params, ...extra }`: object spread on these small objects was among
// the top entries of the benchmark's profile.
function notNumeric(item: CatalogItem, raw: string, reason?: NotNumericReason): CellReading {
  const params: IssueParams =
    reason === undefined ? { item: item.id, raw } : { item: item.id, raw, reason };
  return { kind: "invalid", code: "NOT_NUMERIC", params };
}
