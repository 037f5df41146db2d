/**
 * Folds an item id or code to the key used for lenient matching (docs/scoring.md §1): case and white space
 * around `:` and `/` do not matter, inner runs of white space count as one.
 *
 * @example normalizeId(" sc: eh: ed:1c ") === "SC:EH:ED:1C"
 * @example normalizeId("EN: EN: AQ: 1C / pm2.5") === "EN:EN:AQ:1C/PM2.5"
 */
export function normalizeId(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/\s*([:/])\s*/g, "$1")
    .replace(/\s+/g, " ");
}
