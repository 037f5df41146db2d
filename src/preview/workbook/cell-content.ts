import { FormulaError, Value, isErrorCode } from "../formula";

/** What a cell holds as entered: nothing, a constant (an error typed as `#N/A` included), or a formula. */
export type CellContent =
  | { readonly kind: "empty" }
  | { readonly kind: "value"; readonly value: Exclude<Value, null> }
  | { readonly kind: "formula"; readonly formula: string };

export const EMPTY: CellContent = { kind: "empty" };

const PLAIN_NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const GROUPED_NUMBER = /^[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;

/**
 * How Excel (en-US) reads what is typed into a cell, or written to `range.values`: `=…` is a formula, numeric text
 * (`12.5`, `1,234`, `45%`) a number, TRUE/FALSE a logical, `#N/A` an error, `'…` forced text; a Text-formatted
 * (`@`) cell keeps everything as typed. Dates are not recognised (the template has no date column): they stay text.
 * `percent` says a `%` was typed, for which Excel also gives the cell a percent format.
 *
 * @example
 * interpretEntry("1,234", "General"); // { content: { kind: "value", value: 1234 }, percent: false }
 * interpretEntry("=A1", "@"); // { content: { kind: "value", value: "=A1" }, percent: false }
 */
export function interpretEntry(
  entry: string | number | boolean | null,
  numberFormat: string
): { content: CellContent; percent: boolean } {
  const plain = (content: CellContent) => ({ content, percent: false });
  if (entry === null || entry === "") return plain(EMPTY);
  if (typeof entry !== "string") return plain({ kind: "value", value: entry });
  if (numberFormat === "@") return plain({ kind: "value", value: entry });
  if (entry.startsWith("'"))
    return plain(entry.length > 1 ? { kind: "value", value: entry.slice(1) } : EMPTY);
  if (entry.startsWith("=") && entry.length > 1) return plain({ kind: "formula", formula: entry });
  const trimmed = entry.trim();
  if (PLAIN_NUMBER.test(trimmed)) return plain({ kind: "value", value: Number(trimmed) });
  if (GROUPED_NUMBER.test(trimmed))
    return plain({ kind: "value", value: Number(trimmed.replace(/,/g, "")) });
  const percent = /^(.*?)\s*%$/.exec(trimmed);
  if (percent && PLAIN_NUMBER.test(percent[1])) {
    return { content: { kind: "value", value: Number(percent[1]) / 100 }, percent: true };
  }
  if (/^(TRUE|FALSE)$/i.test(trimmed))
    return plain({ kind: "value", value: trimmed.toUpperCase() === "TRUE" });
  const upper = trimmed.toUpperCase();
  if (isErrorCode(upper)) return plain({ kind: "value", value: new FormulaError(upper) });
  return plain({ kind: "value", value: entry });
}
