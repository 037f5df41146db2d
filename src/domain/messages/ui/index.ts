import type { Lang } from "../../workbook/workbook-port";
import { en } from "./en";
import { fr } from "./fr";
import { ru } from "./ru";
import type { UiStrings } from "./types";

export type { SeverityCounts, UiStrings } from "./types";

const TEXTS: Readonly<Record<Lang, UiStrings>> = { en, fr, ru };

/**
 * The task pane's texts in one language.
 *
 * @example uiText("fr").insertTemplate === "Insérer le modèle"
 */
export function uiText(lang: Lang): UiStrings {
  return TEXTS[lang];
}
