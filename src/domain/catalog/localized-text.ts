import { CATALOG } from "./catalog";
import type { AreaTranslation, CatalogItem, TranslatedLang } from "./types";

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
  /** True for French and Russian: a working translation, never to be presented as U4SSC's wording. */
  readonly unofficial: boolean;
}

const display = (name: string, pointName: string | null) =>
  pointName ? `${name} — ${pointName}` : name;

/**
 * An item's name, data-point name, unit and target basis in `lang` (docs/scoring.md §8): the official English for
 * `en`, the UNOFFICIAL working translation of data/catalog/translations.csv for `fr` and `ru`.
 *
 * @example localizedItemText(itemById("EC: ICT: ICT: 1C"), "fr").name === "Accès des ménages à Internet"
 * @example localizedItemText(itemById("EC: ICT: ICT: 1C"), "en").unofficial === false
 */
export function localizedItemText(item: CatalogItem, lang: CatalogLang): LocalizedItemText {
  if (lang === "en") {
    const basis = item.defaultTarget ? item.defaultTarget.basis : null;
    const { name, pointName, unit } = item;
    return {
      name,
      pointName,
      displayName: display(name, pointName),
      unit,
      basis,
      unofficial: false,
    };
  }
  const tr = item.translations[lang];
  return {
    name: tr.name,
    pointName: tr.pointName,
    displayName: display(tr.name, tr.pointName),
    unit: tr.unit,
    basis: tr.basis,
    unofficial: true,
  };
}

const areaKey = (level: string, name: string) => `${level}|${name}`;
const AREA_NAMES = new Map<string, AreaTranslation>(
  CATALOG.areaTranslations.map((area) => [areaKey(area.level, area.name), area])
);

/**
 * The name of a dimension, sub-dimension or category in `lang`: official English, or the UNOFFICIAL translation
 * (the English name where none is listed, so nothing is ever blank).
 *
 * @example localizedAreaName("subdimension", "Energy", "ru") === "Энергетика"
 */
export function localizedAreaName(
  level: AreaTranslation["level"],
  name: string,
  lang: CatalogLang
): string {
  if (lang === "en") return name;
  return AREA_NAMES.get(areaKey(level, name))?.[lang] ?? name;
}
