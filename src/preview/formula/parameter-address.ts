import { columnLetters } from "./a1";

/**
 * What `CustomFunctions.Invocation.parameterAddresses` holds for one argument, as Excel writes it
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options#detect-the-address-of-a-parameter):
 * `SheetName!RelativeCellAddress`, e.g. `Costs!D8` — the sheet always named, no `$` marks. The sheet name is put
 * in single quotes when it holds a space or one of `~ \` ! @ # $ % ^ & ( ) - _ = + { } | ; : , ' < . >`, an
 * apostrophe doubled (`'Bob''s Region'!F6`): the note on that page, added after office-js-docs-pr #4050 reported
 * `'Something&Something'!A1`.
 *
 * Not documented, decided here (docs/excel-hosts.md, "Empty cells"): a range is `K5:K116` (a whole column `K:K`);
 * an argument that is not a plain reference (typed, computed, omitted) gets "" — the array still has one entry
 * per parameter. src/functions/blank-arguments.ts treats "" and a missing entry alike: no cell to read.
 */

/** A rectangle of one sheet, 0-based, as a reference argument names it; `columns` for a whole-column reference. */
export interface ReferencedArea {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly columns?: boolean;
}

/** The characters that make Excel quote a sheet name in a parameter address (Microsoft's list, plus a space). */
const QUOTED = /[\s~`!@#$%^&()\-_=+{}|;:,'<.>]/;

/**
 * A sheet name as a parameter address starts.
 *
 * @example parameterSheetName("KPI Data") === "'KPI Data'"
 * @example parameterSheetName("Costs") === "Costs"
 */
export function parameterSheetName(name: string): string {
  return QUOTED.test(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/**
 * The address Excel gives a custom function for a reference argument.
 *
 * @example parameterAddress({ sheet: "KPI Data", top: 4, left: 10, bottom: 115, right: 10 }) === "'KPI Data'!K5:K116"
 * @example parameterAddress({ sheet: "Costs", top: 7, left: 3, bottom: 7, right: 3 }) === "Costs!D8"
 */
export function parameterAddress(area: ReferencedArea): string {
  const sheet = parameterSheetName(area.sheet);
  const [left, right] = [columnLetters(area.left), columnLetters(area.right)];
  if (area.columns) return `${sheet}!${left}:${right}`;
  const start = `${left}${area.top + 1}`;
  const end = `${right}${area.bottom + 1}`;
  return `${sheet}!${start === end ? start : `${start}:${end}`}`;
}
