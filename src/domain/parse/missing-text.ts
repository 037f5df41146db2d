import { foldWhiteSpace } from "./white-space";

/**
 * Texts that mean "no value" (docs/scoring.md §2): `NR` is the U4SSC template's default, the
 * reports print the long forms. Matched in any case, trimmed, with inner white space folded. The en
 * dash `–` is accepted beside `-` and `—` because word processors turn a typed hyphen into it when
 * tables are pasted.
 */
const MISSING_TEXTS: ReadonlySet<string> = new Set([
  "",
  "nr",
  "n/a",
  "-",
  "–",
  "—",
  "not reported",
  "not available",
  "not verified",
]);

const LONGEST_MARKER = Math.max(...[...MISSING_TEXTS].map((marker) => marker.length));

/**
 * True when the text stands for a value that was not given.
 *
 * @example isMissingText("  Not Reported ") === true
 * @example isMissingText("#N/A") === false // an Excel error, not a blank
 */
export function isMissingText(text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (MISSING_TEXTS.has(lower)) return true;
  // Folding white space changes nothing in a text without any, nor in one of the markers above. The fold stops
  // past the longest marker, so a 32 767-character cell costs one short scan (docs/data-safety.md).
  if (!/\s/.test(lower)) return false;
  const folded = foldWhiteSpace(lower, LONGEST_MARKER);
  return folded !== null && MISSING_TEXTS.has(folded);
}
