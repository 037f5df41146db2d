import { foldWhiteSpace } from "../parse/white-space";
import type { Lang } from "../workbook/workbook-port";
import { LABELS } from "./labels";
import type { DataColumnKey } from "./layout";

/** Header text as compared: trimmed, case-folded, inner white space folded; "" past 255 characters. */
export function foldHeader(text: unknown): string {
  // One index scan that stops past 255 characters, longer than any header: such a text names no column
  // (linear on a 32 767-character cell, docs/data-safety.md).
  return typeof text === "string" ? (foldWhiteSpace(text, 255) ?? "").toLowerCase() : "";
}

const LANGS = Object.keys(LABELS) as Lang[];

/** Every header of every label language → its column key and the languages that use that word. */
const BY_TEXT: ReadonlyMap<
  string,
  { readonly key: DataColumnKey; readonly langs: readonly Lang[] }
> = (() => {
  const map = new Map<string, { key: DataColumnKey; langs: Lang[] }>();
  for (const lang of LANGS) {
    for (const [key, text] of Object.entries(LABELS[lang].headers) as [DataColumnKey, string][]) {
      const folded = foldHeader(text);
      const known = map.get(folded);
      if (known && known.key !== key) throw new Error(`header "${text}" names two columns`);
      if (known) known.langs.push(lang);
      else map.set(folded, { key, langs: [lang] });
    }
  }
  return map;
})();

/**
 * The column a header cell names, in any label language, or undefined.
 *
 * @example headerKey("  valeur ") === "value"
 * @example headerKey("Код показателя") === "id"
 */
export function headerKey(text: unknown): DataColumnKey | undefined {
  return BY_TEXT.get(foldHeader(text))?.key;
}

/**
 * The label language a header row is written in: the one most of its cells match (English on a tie), so problems
 * found in a sheet are worded in the sheet's own language.
 *
 * @example headerLanguage(["Identifiant", "Valeur"]) === "fr"
 */
export function headerLanguage(cells: readonly unknown[]): Lang {
  const votes = new Map<Lang, number>(LANGS.map((lang) => [lang, 0]));
  for (const text of cells) {
    for (const lang of BY_TEXT.get(foldHeader(text))?.langs ?? [])
      votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  return LANGS.reduce(
    (best, lang) => ((votes.get(lang) ?? 0) > (votes.get(best) ?? 0) ? lang : best),
    "en"
  );
}
