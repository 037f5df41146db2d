/** A problem with the template's shape found when reading it back (locate-rows.ts), worded per language. */
export type StructureProblem =
  | { readonly code: "MISSING_COLUMN"; readonly header: string }
  | {
      readonly code: "MOVED_COLUMN";
      readonly header: string;
      readonly expected: string;
      readonly actual: string;
    }
  | { readonly code: "NO_ID"; readonly row: number }
  | { readonly code: "ROWS_MISSING"; readonly ids: readonly string[] }
  | { readonly code: "ROWS_REORDERED" }
  | { readonly code: "NO_SUMMARY" };

/** Shows at most a few ids of a long list, so a message stays readable. */
export function idList(ids: readonly string[], max = 5): string {
  const shown = ids.slice(0, max).join("; ");
  return ids.length > max ? `${shown}; … (+${ids.length - max})` : shown;
}
