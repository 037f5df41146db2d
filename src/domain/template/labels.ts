import type { Direction } from "../catalog";
import type { Lang } from "../workbook/workbook-port";
import type { DataColumnKey } from "./layout";
import { EN_LABELS } from "./labels.en";
import { FR_LABELS } from "./labels.fr";
import { RU_LABELS } from "./labels.ru";
import type { StructureProblem } from "./structure-problem";

/**
 * Every word the template writes. Item names, units and hierarchy names stay in official English in the reference
 * columns (the U4SSC publishes them in English only, and they are what cities report against); everything else
 * follows the chosen label language, including the target bases and, in French and Russian, the translation columns
 * AI–AJ (the catalog's unofficial translations, marked as such: docs/template.md, "Translation columns").
 */
export interface TemplateLabels {
  /** The label language: picks the texts of the translation columns and target bases (localizedItemText). */
  readonly lang: Lang;
  readonly dataTitle: string;
  readonly dataIntro: string;
  readonly headers: Readonly<Record<DataColumnKey, string>>;
  readonly typeCore: string;
  readonly typeAdvanced: string;
  readonly yes: string;
  readonly no: string;
  /**
   * The words of the Direction column (the formulas compare with them, so a template scores in its own language):
   * docs/template.md, "Formulas".
   */
  readonly directions: Readonly<Record<Direction, string>>;
  /** "Allowed values" cell for an unbounded numeric item. */
  readonly anyNumber: string;
  /** Beside a unit in an input message when the catalog's notes say it was not verified. */
  readonly unitNotVerified: string;
  /** Appended to a working translation of catalog text (a target basis): U4SSC publishes English only. */
  readonly unofficialTranslation: string;
  /** Target basis written where the catalog ships no default target. */
  readonly noDefaultTarget: string;
  /** Target basis of an item that has no direction and is never scored. */
  readonly notScored: string;
  readonly summaryTitle: string;
  readonly city: string;
  readonly reportingYear: string;
  readonly summaryIntro: string;
  readonly summaryHeaders: {
    readonly level: string;
    readonly code: string;
    readonly area: string;
    readonly score: string;
    readonly band: string;
    readonly coverage: string;
    readonly scored: string;
    readonly eligible: string;
  };
  readonly levels: {
    readonly dimension: string;
    readonly subdimension: string;
    readonly category: string;
  };
  readonly chartTitle: string;
  readonly methodTitle: string;
  readonly methodLines: readonly string[];
  readonly listsTitle: string;
  readonly listsNote: string;
  readonly qualityHeader: string;
  readonly yesNoHeader: string;
  /** Input messages (title ≤ 32 characters, message ≤ 255: Excel's limits). */
  readonly prompts: {
    readonly valueTitle: string;
    readonly value: (unit: string, allowed: string) => string;
    readonly yesNo: string;
    readonly yearTitle: string;
    readonly year: (min: number, max: number) => string;
    readonly qualityTitle: string;
    readonly quality: string;
    readonly targetTitle: string;
    readonly target: (unit: string) => string;
  };
  readonly errors: {
    readonly title: string;
    readonly value: (allowed: string) => string;
    readonly year: (min: number, max: number) => string;
    readonly quality: string;
    readonly target: (allowed: string) => string;
    /** Yes/no value cells: names the words of the label language. */
    readonly yesNo: string;
  };
  readonly problem: (problem: StructureProblem) => string;
}

export const LABELS: Readonly<Record<Lang, TemplateLabels>> = {
  en: EN_LABELS,
  fr: FR_LABELS,
  ru: RU_LABELS,
};

/** The label table of a language. @example labelsFor("fr").headers.value === "Valeur" */
export function labelsFor(lang: Lang): TemplateLabels {
  return LABELS[lang];
}

/** A structure problem in words. @example describeStructureProblem({ code: "NO_ID", row: 9 }, "en") */
export function describeStructureProblem(problem: StructureProblem, lang: Lang): string {
  return LABELS[lang].problem(problem);
}
