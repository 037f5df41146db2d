export * from "./types";
export { normalizeId } from "./normalize-id";
export { CATALOG, ITEMS, findItem, itemById, isPercentItem, itemDisplayName } from "./catalog";
export { AREA_TREE, allAreaNodes, resolveArea } from "./areas";
export type { AreaLevel, AreaNode, ResolvedArea } from "./areas";
