/**
 * Folds an item id or code to the key used for lenient matching (docs/scoring.md §1): case and white space
 * around `:` and `/` do not matter, inner runs of white space count as one.
 *
 * Two passes, each linear in the text: runs of white space become one space, then one space on either side of a
 * separator goes. The single pattern `\s*([:/])\s*` did the same but retried a run of spaces from each of its
 * positions: quadratic, seconds for one 32 767-character cell (docs/data-safety.md, "Reading values").
 *
 * @example normalizeId(" sc: eh: ed:1c ") === "SC:EH:ED:1C"
 * @example normalizeId("EN: EN: AQ: 1C / pm2.5") === "EN:EN:AQ:1C/PM2.5"
 */
export function normalizeId(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/\s+/g, " ")
    .replace(/ ?([:/]) ?/g, "$1");
}
