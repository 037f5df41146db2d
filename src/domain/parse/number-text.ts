/**
 * Reads a number written as text (docs/scoring.md §2), in the notations statisticians paste from
 * reports: `12.5`, `12,5`, `95 424` (space, no-break, narrow no-break or thin space as thousands
 * separator), `1,234.5`, `1.234,5`, `1'234.5` (Swiss), a leading `+`, `-` or `−` (U+2212), and a
 * trailing `%`.
 *
 * Only those four spaces and the apostrophe group digits: a newline, tab, ideographic space or line
 * separator inside digits is two numbers run together (`"1\n234"` is not 1234), so it is text
 * (docs/data-safety.md, "Reading values"). Every pattern here is anchored and has no two unbounded
 * quantifiers that can match the same character, so a reading costs time linear in the text, also
 * on Excel's 32 767-character cells (the percent sign is stripped by an index scan).
 *
 * Choices where §2 is silent:
 * - One `,` or `.` followed by exactly three digits after 1–3 leading digits (`1,234`, `12.345`) is
 *   ambiguous: the dot is the thousands separator in much of Europe just as the comma is in
 *   English. `0,125` and `1,2345` are not (a thousands group never starts with 0, and has three
 *   digits).
 * - Scientific notation (`1.5e3`, `2,5E-3`) is read: Excel itself accepts it as typed input, and a
 *   mantissa with an exponent cannot hold thousands separators, so its comma is a decimal comma.
 * - A bare leading separator (`.5`, `,5`) is read as 0.5; a trailing one (`12.`) is not a number.
 */
import { decimalValue } from "./decimal-value";

export type NumberTextReading =
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean }
  | {
      readonly kind: "ambiguous";
      readonly thousands: number;
      readonly decimal: number;
      readonly separator: "," | ".";
      readonly percent: boolean;
    }
  /** Starts like a number, goes on with words or `/`: `12.67 Minutes`, `95 424 / 100 000 inh.` */
  | { readonly kind: "unitWords" }
  /** Well-formed but too large for a double (`1e999`). */
  | { readonly kind: "nonFinite" }
  | { readonly kind: "text" };

/** Digits (`45`), or digits with one separator (`45,5`, `.5`, `1,234`): the common forms. */
const PLAIN_OR_ONE_SEPARATOR = /^(\d*)(?:([.,])(\d+))?$/;
/** Any character that none of the other patterns accepts: such a body is not a number. */
const FOREIGN = /[^\d.,\u0020\u00a0\u2009\u202f'\u2019eE+-]/;
const THOUSANDS_LEAD = /^[1-9]\d{0,2}$/;
const SCIENTIFIC = /^(\d+(?:[.,]\d+)?|[.,]\d+)[eE]([+-]?\d+)$/;
/** One pattern per thousands separator, with the decimal marks that may follow it. */
const GROUPED: readonly RegExp[] = [
  /^[1-9]\d{0,2}(?:,\d{3})+(?:\.(\d+))?$/,
  /^[1-9]\d{0,2}(?:\.\d{3})+(?:,(\d+))?$/,
  /^[1-9]\d{0,2}(?:[\u0020\u00a0\u2009\u202f]\d{3})+(?:[.,](\d+))?$/,
  /^[1-9]\d{0,2}(?:['\u2019]\d{3})+(?:[.,](\d+))?$/,
];
const STARTS_LIKE_A_NUMBER = /^[+\-\u2212]?(?:\d|[.,]\d)/;
const HAS_WORDS = /[\p{L}/]/u;

/**
 * Parses trimmed text as a number, or says why it is not one.
 *
 * @example parseNumberText("95 424") // { kind: "number", value: 95424, percent: false }
 * @example parseNumberText("1,234").kind === "ambiguous"
 * @example parseNumberText("12.67 Minutes").kind === "unitWords"
 */
export function parseNumberText(text: string): NumberTextReading {
  const percent = text.endsWith("%");
  const signed = percent ? withoutPercent(text) : text;
  const sign = signed.charAt(0);
  const hasSign = sign === "+" || sign === "-" || sign === "\u2212";
  const negative = sign === "-" || sign === "\u2212";
  const reading = readUnsigned(hasSign ? signed.slice(1) : signed);
  if (reading === null) {
    return STARTS_LIKE_A_NUMBER.test(text) && HAS_WORDS.test(text)
      ? { kind: "unitWords" }
      : { kind: "text" };
  }
  if ("thousands" in reading) {
    return {
      kind: "ambiguous",
      thousands: negative ? -reading.thousands : reading.thousands,
      decimal: negative ? -reading.decimal : reading.decimal,
      separator: reading.separator,
      percent,
    };
  }
  if (!Number.isFinite(reading.value)) return { kind: "nonFinite" };
  return { kind: "number", value: negative ? -reading.value : reading.value, percent };
}

/** The spaces that may separate thousands, or a number from its `%` sign. */
function isGroupSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/**
 * The text before its final `%` and the spaces in front of it: an index scan, since a pattern such
 * as `^(.*?)\s*%$` retries the spaces from every position and is quadratic on a long run of them.
 */
function withoutPercent(text: string): string {
  let end = text.length - 1;
  while (end > 0 && isGroupSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

type Unsigned =
  | { readonly value: number }
  | { readonly thousands: number; readonly decimal: number; readonly separator: "," | "." };

/** The unsigned body as a number (both readings when ambiguous); null when it is not a number. */
function readUnsigned(body: string): Unsigned | null {
  // One pattern for the two commonest forms: each regular expression call costs about as much as
  // the rest of the reading.
  const simple = PLAIN_OR_ONE_SEPARATOR.exec(body);
  if (simple) {
    const [, whole, separator, fraction] = simple;
    if (separator === undefined) return whole === "" ? null : { value: decimalValue(whole, "") };
    const decimal = decimalValue(whole, fraction);
    if (fraction.length === 3 && THOUSANDS_LEAD.test(whole)) {
      return { thousands: Number(whole + fraction), decimal, separator: separator as "," | "." };
    }
    return { value: decimal };
  }
  if (FOREIGN.test(body)) return null; // words, units, `/`: one scan instead of five failed patterns
  for (const grouped of GROUPED) {
    const match = grouped.exec(body);
    if (match) {
      const fraction = match[1];
      if (fraction === undefined) return { value: decimalValue(body, "") };
      return { value: decimalValue(body.slice(0, -fraction.length - 1), fraction) };
    }
  }
  const scientific = SCIENTIFIC.exec(body);
  if (scientific) return { value: Number(`${scientific[1].replace(",", ".")}e${scientific[2]}`) };
  return null;
}
