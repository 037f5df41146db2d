export * from "./types";
export { normalizeId } from "./normalize-id";
export { CATALOG, ITEMS, findItem, itemById, isPercentItem, itemDisplayName } from "./catalog";
export {
  catalogTranslationsReady,
  installCatalogTranslations,
  loadCatalogTranslations,
  localizedAreaName,
  localizedItemText,
} from "./localized-text";
export type { CatalogLang, LocalizedItemText } from "./localized-text";
export { AREA_TREE, allAreaNodes, resolveArea } from "./areas";
export type { AreaLevel, AreaNode, ResolvedArea } from "./areas";
