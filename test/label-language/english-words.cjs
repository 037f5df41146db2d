"use strict";
// English left in a French or Russian template (docs/template.md, "Label language"): the one detector the unit test
// (src/domain/template/label-language.test.ts, the plan and the .xlsx writer) and the e2e test
// (test/e2e/label-language.mjs, the preview after Insert) share. Plain CommonJS so both can load it.
//
// What counts as English:
// - in a Russian text, any word of three Latin letters or more that is not neutral;
// - in a French text, any word of ENGLISH_ONLY: the words of the English template and of the catalog's official
//   English, less the words French spells the same way (dimension, source, population, …), plus English function
//   words. Accented French words never match (the words are compared whole, accents included).
// Neutral: names of the product, sheets, functions, organisations and programmes, acronyms and symbols, and the check
// codes that the template's check columns show in every language (MISSING, NO_TARGET…: codes, like SUMIFS, not
// words; the Status column says them in the label language).

/** Product, sheet, function and organisation names, acronyms and symbols: the same in every language. */
const NEUTRAL =
  /^(KPI|KPI\.[A-Z]+|KPI4SSC|U4SSC|Wi-Fi|NR|SDG|SDSN|SDR|ITU|UMC|EU|WHO|AQG|OECD|ICNIRP|UWWTD|RED|III|JRC|COINr|UN|Habitat|Data|Summary|Lists|KpiData|SCORE|BAND|COVERAGE|CHECK|POINTS|INFO|ALL|ICT|GDP|EEC|CO2e|Art|p\.e|Tech|Envoy|Kunming|Montreal|Excel|LibreOffice|SUMIFS|COUNTIFS|Gini|kWh|EMF|GHG|MMR|PSN|WSP|FTE|Wh|PM10|PM2\.5)$/;

/** The codes of the template's check columns (value check, target check): shown as written in every language. */
const CHECK_CODES = new Set([
  "OK",
  "MISSING",
  "NOT_NUMERIC",
  "CELL_ERROR",
  "OUT_OF_RANGE",
  "NO_TARGET",
]);

/** U4SSC's publications, cited by their titles as published (in English only). */
const TITLES =
  /Collection Methodology for Key Performance Indicators for Smart Sustainable Cities|Verification Manual/g;

/** The six U4SSC data-quality choices: official English (the LOW_QUALITY rule reads these words). */
const DATA_QUALITY_WORDS = [
  "Based on accurate measurements",
  "Extrapolated based on survey of inhabitants",
  "Extrapolated based on higher-level data",
  "Estimation based on certain assumptions",
  "Personal estimation",
  "Unknown methodology, not traceable",
];

/**
 * Columns of the data sheet that hold U4SSC's official English, from the first data row: id, dimension,
 * sub-dimension, category, KPI, data point, unit (A–G) and SDG (I). The unit test checks them against the layout.
 */
const OFFICIAL_DATA_COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "I"];
const DATA_FIRST_ROW = 5;
/** The Summary's area codes and names (B, C) from its first area row: the official hierarchy. */
const OFFICIAL_SUMMARY_COLUMNS = ["B", "C"];
const SUMMARY_FIRST_ROW = 7;

// English words that French never spells the same way. Built from the English template's texts and the catalog's
// official English (names, units, target bases, hierarchy), less French homographs, plus function words.
const ENGLISH_ONLY = new Set(
  `of to is by no yes the and for with from not your you our own set that this these they their its itself
  access accessibility accurate achieve add adequate adult adults advanced affordability against aged agglomerations
  all allowed alone amended annex annual antenna any applies approach area areas assumptions audited authorized
  availability average band based basic basis beds below benchmark better between bicycle bicycles biodiversity
  births blank blue broadband building buildings burnt capabilities capita carbon care category cell cells child
  children choice choose cities citizens city classroom collected column columns compliance compliant computed
  conducted connected connectivity consumed consumption contextualise control convenience convert core council counts
  coverage covered cultural customer customers cycling datasets day deaths decade default degree degrees delivered
  demand designated development disaster discharge does downs drinking drop dump duration dynamic each earnings
  economic economy edit education election electricity electronic electronically eligible emergency emission
  emissions employment endorsed energy enrolled enrollment enter enterprises environment environmental equal
  equitable equity errors exists expectancy expenditure exposed exposure extrapolated facilities
  fatalities female fire firefighters fixed flags floor flow food formulas framework free frequency freshwater gender
  general gets given goalpost government granted green gross guidance guidelines handled have headers headline health
  heritage higher highest holders hospital hotspots hourly household households housing how implies inadequate
  incinerated income indicator indicators inferred informal inhabitants insufficient insurance integrated
  inventoried item items keep key landfill landfilled lanes last least leave left level levels life
  limits listed literacy live living loss losses low lower lowest male managed management mandatory manual mean
  measurements median medium metering meters method methodology missing modern monitored monitoring more mortality
  name natural needed network new noise none now number obtained officers official one only open other out outage
  over passenger paths pay peak pedestrian penetration per percentage period personal physicians populated poverty
  practice prefilled preparing primary prioritization private procurement productivity protected publish published
  quality read reaffirmed real receiving recommendation recommended recreational recycled recycling reduction
  reference refers regular related renewable reported reporting residential resilience resilient response right risk
  road rule safely safety sanitation say scale school schools scored secondary sector security see settlement
  settlements share shared sheet shows sized slums small smart society solid space spaces spent spreadsheet stale
  status stored storm streets student students subscriptions substantial sum supplied supplies supply survey
  sustainability sustainable system systems target targets tertiary text threshold time too tourism traceable
  traffic transportation travel treatment trips typed unemployment unit universal unknown update upgrade urban use
  used value values vehicle vehicles verification verified voting walking was waste wastewater water where which who
  why wireless within without work worst year years youth`.split(/\s+/)
);

/** Words of a text: letters and digits, joined by "." "_" or "-" (KPI.SCORE, NO_TARGET, Wi-Fi). */
const tokens = (text) =>
  text.replace(TITLES, " ").match(/[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*/gu) ?? [];

/** The parts of a token worth judging: the token, or its hyphen- or dot-joined parts when it is not neutral. */
function parts(token) {
  if (NEUTRAL.test(token) || CHECK_CODES.has(token)) return [];
  return token.split(/[-.]/).filter((part) => part !== "" && !NEUTRAL.test(part));
}

/**
 * The English words of a text in a French ("fr") or Russian ("ru") template; [] when there is none.
 *
 * @example englishWords("Pas de cible par défaut : fixez la vôtre", "fr") // []
 * @example englishWords("No default target: set your own", "fr") // ["No", "default", "target", "set", "your", "own"]
 * @example englishWords("Цель по умолчанию (default)", "ru") // ["default"]
 */
function englishWords(text, lang) {
  if (typeof text !== "string") return [];
  const words = tokens(text).flatMap(parts);
  if (lang === "ru") return words.filter((word) => /[A-Za-z]{3,}/.test(word));
  return words.filter((word) => ENGLISH_ONLY.has(word.toLowerCase()));
}

/**
 * True for a cell that holds U4SSC's official English and is left out of the check: the data sheet's reference
 * columns A–G and I from row 5, the Summary's area codes and names (B, C) from row 7, the Lists sheet's data-quality
 * choices.
 *
 * @example isOfficialEnglishCell("KPI Data", "E5", "Household Internet Access") === true
 */
function isOfficialEnglishCell(sheet, address, text) {
  const column = /^[A-Z]+/.exec(address)?.[0] ?? "";
  const row = Number(/\d+$/.exec(address)?.[0]);
  if (sheet === "KPI Data") return row >= DATA_FIRST_ROW && OFFICIAL_DATA_COLUMNS.includes(column);
  if (sheet === "KPI Summary")
    return row >= SUMMARY_FIRST_ROW && OFFICIAL_SUMMARY_COLUMNS.includes(column);
  return sheet === "KPI Lists" && DATA_QUALITY_WORDS.includes(text);
}

/**
 * Every English word in `cells` (`[sheet, address, text]`) outside the official-English cells, as "sheet!A1: word".
 *
 * @example strayEnglish([["KPI Data", "Q5", "No default target"]], "fr") // ["KPI Data!Q5: No", …]
 */
function strayEnglish(cells, lang) {
  return cells
    .filter(([sheet, address, text]) => !isOfficialEnglishCell(sheet, address, text))
    .flatMap(([sheet, address, text]) =>
      englishWords(text, lang).map((word) => `${sheet}!${address}: ${word}`)
    );
}

module.exports = {
  CHECK_CODES,
  DATA_QUALITY_WORDS,
  OFFICIAL_DATA_COLUMNS,
  englishWords,
  isOfficialEnglishCell,
  strayEnglish,
};
