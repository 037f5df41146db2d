/**
 * Yes/no words in the template's languages (docs/scoring.md §2 names Yes/No, TRUE/FALSE, Да/Нет,
 * Oui/Non). Excel's boolean names in French and Russian (VRAI/FAUX, ИСТИНА/ЛОЖЬ) are added: a
 * boolean typed as text in a localised Excel arrives as those words.
 */
const YES_NO_WORDS: ReadonlyMap<string, 1 | 0> = new Map<string, 1 | 0>([
  ["yes", 1],
  ["no", 0],
  ["true", 1],
  ["false", 0],
  ["да", 1],
  ["нет", 0],
  ["истина", 1],
  ["ложь", 0],
  ["oui", 1],
  ["non", 0],
  ["vrai", 1],
  ["faux", 0],
]);

/**
 * 1 for a yes word, 0 for a no word, null for any other text (trimmed, any case).
 *
 * @example readYesNoWord(" Да ") === 1
 * @example readYesNoWord("maybe") === null
 */
export function readYesNoWord(text: string): 1 | 0 | null {
  return YES_NO_WORDS.get(text.trim().toLowerCase()) ?? null;
}
