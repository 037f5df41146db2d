import { isWhiteSpace } from "../parse/white-space";

const COLON = 0x3a;
const SLASH = 0x2f;
const SPACE = 0x20;
/** Texts up to this length take the pattern path. */
const SHORT = 256;

/** Code units to a string, in chunks (an argument list has a length limit). */
function fromCodes(codes: Uint16Array, length: number): string {
  let text = "";
  for (let at = 0; at < length; at += 8192) {
    text += String.fromCharCode(...codes.subarray(at, Math.min(length, at + 8192)));
  }
  return text;
}

/**
 * Folds an item id or code to the key used for lenient matching (docs/scoring.md §1): case and white space
 * around `:` and `/` do not matter, inner runs of white space count as one.
 *
 * Linear in the text: runs of white space become one space, then one space on either side of a separator goes
 * (two patterns without adjacent unbounded quantifiers for short texts, one index scan into a buffer for long ones,
 * which is faster there). The former pattern `\s*([:/])\s*` retried a run of spaces from each of its positions:
 * quadratic, seconds for one 32 767-character cell (docs/data-safety.md, "Reading values").
 *
 * @example normalizeId(" sc: eh: ed:1c ") === "SC:EH:ED:1C"
 * @example normalizeId("EN: EN: AQ: 1C / pm2.5") === "EN:EN:AQ:1C/PM2.5"
 */
export function normalizeId(text: string): string {
  // Short texts (every real id) through two linear patterns, which allocate less than the scan below.
  if (text.length <= SHORT) {
    return text
      .trim()
      .toUpperCase()
      .replace(/\s+/g, " ")
      .replace(/ ?([:/]) ?/g, "$1");
  }
  const out = new Uint16Array(text.length);
  let length = 0;
  let spaceBefore = false; // white space since the last character kept
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      spaceBefore = true;
      continue;
    }
    const separator = code === COLON || code === SLASH;
    const previous = length > 0 ? out[length - 1] : COLON; // the start acts as a separator: no leading space
    if (spaceBefore && !separator && previous !== COLON && previous !== SLASH)
      out[length++] = SPACE;
    spaceBefore = false;
    out[length++] = code;
  }
  return fromCodes(out, length).toUpperCase();
}

/**
 * True when the text has more than `limit` characters other than white space: it cannot name anything shorter, so
 * a lookup can stop after one cheap scan instead of folding a 32 767-character cell.
 *
 * @example longerThan("EC:  ICT", 5) === true
 */
export function longerThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpace(text.charCodeAt(i)) && ++count > limit) return true;
  }
  return false;
}
