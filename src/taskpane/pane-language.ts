import { createContext, useContext } from "react";
import { uiText, type UiStrings } from "../domain/messages/ui";
import type { Lang } from "../domain/workbook/workbook-port";

/** The pane's languages, in the picker's order, with each one's own name (shown the same in every language). */
export const PANE_LANGS: readonly Lang[] = ["en", "fr", "ru"];
export const LANG_AUTONYMS: Readonly<Record<Lang, string>> = {
  en: "English",
  fr: "Français",
  ru: "Русский",
};

/** The language the pane currently speaks; App provides it, components read it with {@link usePaneText}. */
export const PaneLangContext = createContext<Lang>("en");

/**
 * The pane's language and its texts, for components.
 *
 * @example const { lang, t } = usePaneText(); <h2>{t.checkHeading}</h2>
 */
export function usePaneText(): { readonly lang: Lang; readonly t: UiStrings } {
  const lang = useContext(PaneLangContext);
  return { lang, t: uiText(lang) };
}
