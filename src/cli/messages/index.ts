import type { Lang } from "../../domain/workbook/workbook-port";
import { EN } from "./en";
import { FR } from "./fr";
import { RU } from "./ru";
import type { CliStrings } from "./types";

export type { CliStrings, Counts } from "./types";

/** The command line's texts in a language. @example cliText("fr").needOut === "--out est obligatoire." */
export function cliText(lang: Lang): CliStrings {
  return { en: EN, fr: FR, ru: RU }[lang];
}
