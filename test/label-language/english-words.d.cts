// Types of english-words.cjs (the English-word detector the unit and e2e label-language tests share).

/** The codes of the template's check columns, shown as written in every language (neutral, not words). */
export declare const CHECK_CODES: ReadonlySet<string>;
/** The six U4SSC data-quality choices (official English). */
export declare const DATA_QUALITY_WORDS: readonly string[];
/** Data-sheet columns holding U4SSC's official English from row 5 (A–G, I). */
export declare const OFFICIAL_DATA_COLUMNS: readonly string[];

/** The English words of a text in a French or Russian template; [] when there is none. */
export declare function englishWords(text: unknown, lang: "fr" | "ru"): string[];

/** True for a cell holding U4SSC's official English (left out of the check). */
export declare function isOfficialEnglishCell(
  sheet: string,
  address: string,
  text: string
): boolean;

/** Every English word in `cells` outside the official-English cells, as "sheet!A1: word". */
export declare function strayEnglish(
  cells: readonly (readonly [sheet: string, address: string, text: string])[],
  lang: "fr" | "ru"
): string[];
