import type { Lang } from "../../workbook/workbook-port";

/** Word forms keyed by CLDR plural category; `other` is always required, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * Picks the word form for `n` by the language's CLDR plural rules (French treats 0 as singular; Russian has
 * one/few/many), so counts read naturally in every pane language.
 *
 * @example plural("ru", 3, { one: "ошибка", few: "ошибки", many: "ошибок", other: "ошибки" }) === "ошибки"
 */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return forms[rule.select(n)] ?? forms.other;
}
