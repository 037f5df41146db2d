import { EN } from "./en";
import { FR } from "./fr";
import { RU } from "./ru";
import type { Lang, MessageTable } from "./message-keys";

/** The table of each language. */
export const MESSAGE_TABLES: Readonly<Record<Lang, MessageTable>> = { en: EN, fr: FR, ru: RU };
