import type { Lang } from "./message-keys";

/**
 * The message language for a BCP 47 tag as Office reports it (`Office.context.displayLanguage`):
 * French and Russian by their primary subtag, English for anything else or nothing.
 *
 * @example resolveLang("fr-FR") === "fr"
 * @example resolveLang("de-DE") === "en"
 */
export function resolveLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "fr" || primary === "ru" ? primary : "en";
}
