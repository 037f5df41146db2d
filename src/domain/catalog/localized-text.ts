import type { AreaTranslation, CatalogItem, TranslatedLang, TranslationData } from "./types";

/** The languages the add-in speaks; only English is official for the catalog (U4SSC publishes English only). */
export type CatalogLang = "en" | TranslatedLang;

/** An item's texts in one language, and whether they are the official English or an unofficial translation. */
export interface LocalizedItemText {
  readonly name: string;
  readonly pointName: string | null;
  /** "KPI name — data-point name" for a data point, the KPI name otherwise. */
  readonly displayName: string;
  readonly unit: string;
  readonly basis: string | null;
  /** True for a French or Russian text: a working translation, never to be presented as U4SSC's wording. */
  readonly unofficial: boolean;
}

// The translations are not in the catalog every page loads: they arrive once, from loadCatalogTranslations (an
// async chunk in the bundles) or installCatalogTranslations (tests, tools). Until then texts are the English.
let translations: TranslationData | null = null;
let areaNames = new Map<string, AreaTranslation>();
const areaKey = (level: string, name: string) => `${level}|${name}`;

/**
 * Makes the UNOFFICIAL translations available to {@link localizedItemText} and {@link localizedAreaName}.
 *
 * @example installCatalogTranslations(require("./translations.json"))
 */
export function installCatalogTranslations(data: TranslationData | null): void {
  translations = data;
  areaNames = new Map((data?.areas ?? []).map((area) => [areaKey(area.level, area.name), area]));
}

/** True once the translations are installed. */
export function catalogTranslationsReady(): boolean {
  return translations !== null;
}

/**
 * Loads translations.json (a separate chunk, so pages that never need French or Russian names do not carry them)
 * and installs it; resolves at once when already installed.
 *
 * @example await loadCatalogTranslations(); localizedItemText(item, "ru").unofficial === true
 */
export async function loadCatalogTranslations(): Promise<void> {
  if (translations) return;
  const data = await import(/* webpackChunkName: "translations" */ "./translations.json");
  installCatalogTranslations((data.default ?? data) as TranslationData);
}

const display = (name: string, pointName: string | null) =>
  pointName ? `${name} — ${pointName}` : name;

function english(item: CatalogItem): LocalizedItemText {
  const basis = item.defaultTarget ? item.defaultTarget.basis : null;
  const { name, pointName, unit } = item;
  return { name, pointName, displayName: display(name, pointName), unit, basis, unofficial: false };
}

/**
 * An item's name, data-point name, unit and target basis in `lang` (docs/scoring.md §8): the official English for
 * `en`, the UNOFFICIAL working translation of data/catalog/translations.csv for `fr` and `ru` (the English while
 * the translations are not loaded yet, marked official).
 *
 * @example localizedItemText(itemById("EC: ICT: ICT: 1C"), "fr").name === "Accès des ménages à Internet"
 * @example localizedItemText(itemById("EC: ICT: ICT: 1C"), "en").unofficial === false
 */
export function localizedItemText(item: CatalogItem, lang: CatalogLang): LocalizedItemText {
  const tr = lang === "en" ? undefined : translations?.items[item.id]?.[lang];
  if (!tr) return english(item);
  return {
    name: tr.name,
    pointName: tr.pointName,
    displayName: display(tr.name, tr.pointName),
    unit: tr.unit,
    basis: tr.basis,
    unofficial: true,
  };
}

/**
 * The name of a dimension, sub-dimension or category in `lang`: official English, or the UNOFFICIAL translation
 * (the English name where none is known, so nothing is ever blank).
 *
 * @example localizedAreaName("subdimension", "Energy", "ru") === "Энергетика"
 */
export function localizedAreaName(
  level: AreaTranslation["level"],
  name: string,
  lang: CatalogLang
): string {
  if (lang === "en") return name;
  return areaNames.get(areaKey(level, name))?.[lang] ?? name;
}
