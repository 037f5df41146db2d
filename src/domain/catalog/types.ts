/** How an item's value relates to its target (docs/scoring.md §4). `none` is never scored. */
export type Direction = "higher" | "lower" | "band" | "yesno" | "none";

/** U4SSC distinguishes core KPIs (every city) from advanced ones. */
export type ItemType = "core" | "advanced";

/** A default target, shipped only where a citable international reference exists. */
export interface DefaultTarget {
  readonly target: number;
  /** Worst goalpost (0-score point) for the goalpost method, where the reference gives one. */
  readonly worst: number | null;
  readonly unit: string;
  readonly basis: string;
  readonly source: string;
  readonly confidence: "high" | "medium" | "low";
  readonly notes: string;
}

/** One scored item: a KPI, or one data point of a KPI that has several. */
export interface CatalogItem {
  /** Official code, plus `/KEY` for a data point: `EN: EN: AQ: 1C/PM2.5`. */
  readonly id: string;
  /** The KPI's code without the data-point key. */
  readonly code: string;
  readonly point: string | null;
  readonly dimension: string;
  readonly subdimension: string;
  readonly category: string;
  readonly name: string;
  readonly pointName: string | null;
  readonly unit: string;
  readonly type: ItemType;
  readonly direction: Direction;
  /** Hard bounds; null = unbounded on that side. */
  readonly min: number | null;
  readonly max: number | null;
  readonly sdgGoals: readonly number[];
  readonly sdgTargets: readonly string[];
  /** Other codes seen in use for this item (they resolve to it). */
  readonly aliases: readonly string[];
  /** Open doubts and what was checked first-hand. */
  readonly notes: string;
  readonly defaultTarget: DefaultTarget | null;
  /** Why there is no default target, where there is none. */
  readonly targetNotes: string;
}

export interface CatalogData {
  readonly provenance: {
    readonly items: string;
    readonly targets: string;
    readonly translations: string;
  };
  readonly items: readonly CatalogItem[];
}

/**
 * The UNOFFICIAL French and Russian texts (translations.json, built from data/catalog/translations.csv and
 * area-translations.csv): per item id, and the names of dimensions, sub-dimensions and categories.
 */
export interface TranslationData {
  readonly provenance: string;
  readonly items: Readonly<Record<string, Readonly<Record<TranslatedLang, ItemTranslation>>>>;
  readonly areas: readonly AreaTranslation[];
}

/** Languages with working translations of the catalog (U4SSC publishes English only). */
export type TranslatedLang = "fr" | "ru";

/** An item's texts in one language: an UNOFFICIAL working translation of the official English. */
export interface ItemTranslation {
  readonly name: string;
  /** Null for an item that is not a data point. */
  readonly pointName: string | null;
  readonly unit: string;
  /** The default target's basis; null where the item has no default target. */
  readonly basis: string | null;
}

export interface AreaTranslation {
  readonly level: "dimension" | "subdimension" | "category";
  /** The official English name, as in the catalog's hierarchy fields. */
  readonly name: string;
  readonly fr: string;
  readonly ru: string;
}
