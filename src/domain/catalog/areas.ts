import { ITEMS } from "./catalog";
import { normalizeId } from "./normalize-id";
import type { CatalogItem } from "./types";

/** Levels of the official tree: ALL → 3 dimensions → 7 sub-dimensions → 27 category nodes. */
export type AreaLevel = "all" | "dimension" | "subdimension" | "category";

export interface AreaNode {
  readonly level: AreaLevel;
  /** Name as the catalog's hierarchy fields give it (`ALL` for the root). */
  readonly name: string;
  /** Code prefix shared by the node's items (`EC`, `EC: ICT`, `EC: ICT: WS`); the most common one for a category node. */
  readonly code: string;
  /** Canonical ids of the items below this node, in catalog order. */
  readonly itemIds: readonly string[];
  readonly children: readonly AreaNode[];
}

/** What an area argument names: a label, the items it covers, and the tree nodes (pruned to those items). */
export interface ResolvedArea {
  readonly label: string;
  readonly kind: AreaLevel | "categoryName" | "prefix";
  readonly itemIds: ReadonlySet<string>;
  /** Nodes to aggregate for the mean method: one node, or several (a category name across sub-dimensions). */
  readonly nodes: readonly AreaNode[];
}

const segments = (code: string) => code.split(":").map((part) => part.trim());
const prefixOf = (item: CatalogItem, depth: number) =>
  segments(item.code).slice(0, depth).join(": ");

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function groupBy<K>(
  items: readonly CatalogItem[],
  key: (item: CatalogItem) => K
): Map<K, CatalogItem[]> {
  const groups = new Map<K, CatalogItem[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function buildNode(level: AreaLevel, name: string, depth: number, items: CatalogItem[]): AreaNode {
  const childLevel: Record<AreaLevel, AreaLevel | null> = {
    all: "dimension",
    dimension: "subdimension",
    subdimension: "category",
    category: null,
  };
  const next = childLevel[level];
  const field =
    next === "dimension" ? "dimension" : next === "subdimension" ? "subdimension" : "category";
  const children = next
    ? [...groupBy(items, (item) => item[field]).entries()].map(([childName, childItems]) =>
        buildNode(next, childName, depth + 1, childItems)
      )
    : [];
  return {
    level,
    name,
    code: level === "all" ? "ALL" : mostCommon(items.map((item) => prefixOf(item, depth))),
    itemIds: items.map((item) => item.id),
    children,
  };
}

/** The official area tree built from the catalog's hierarchy fields. */
export const AREA_TREE: AreaNode = buildNode("all", "ALL", 0, [...ITEMS]);

/** Every node of the tree, depth first, root included. */
export function allAreaNodes(root: AreaNode = AREA_TREE): AreaNode[] {
  return [root, ...root.children.flatMap((child) => allAreaNodes(child))];
}

function prune(node: AreaNode, keep: ReadonlySet<string>): AreaNode | null {
  const itemIds = node.itemIds.filter((id) => keep.has(id));
  if (itemIds.length === 0) return null;
  const children = node.children
    .map((child) => prune(child, keep))
    .filter((child): child is AreaNode => child !== null);
  return { ...node, itemIds, children };
}

/** The deepest node that still holds every kept item, pruned to them. */
function smallestCover(keep: ReadonlySet<string>): AreaNode {
  let node = prune(AREA_TREE, keep) as AreaNode;
  while (node.children.length === 1) node = node.children[0];
  return node;
}

const fold = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

function byName(level: AreaLevel, name: string): AreaNode[] {
  return allAreaNodes().filter((node) => node.level === level && fold(node.name) === name);
}

function resolved(label: string, kind: ResolvedArea["kind"], nodes: AreaNode[]): ResolvedArea {
  return { label, kind, nodes, itemIds: new Set(nodes.flatMap((node) => node.itemIds)) };
}

/**
 * Resolves an area argument (docs/scoring.md §1): `ALL`; a dimension, sub-dimension or category name (matched
 * case-insensitively, the higher level winning); or a code prefix on whole segments (`EC: ICT: WS`). Undefined
 * for anything else.
 *
 * @example resolveArea("Water and Sanitation")?.nodes.length === 3
 * @example resolveArea("EC: I")?.label === "EC: I"  (Infrastructure, not ICT)
 */
export function resolveArea(text: string): ResolvedArea | undefined {
  // Memoised: the Summary, the pane and the command line resolve the same few dozen area arguments for every sheet
  // they score, and a code prefix costs a pass over the catalog. Results are read-only; the cache is bounded because
  // KPI.SCORE's area argument is whatever a user typed.
  if (resolvedAreas.has(text)) return resolvedAreas.get(text);
  const result = resolveAreaUncached(text);
  if (resolvedAreas.size < MAX_CACHED_AREAS) resolvedAreas.set(text, result);
  return result;
}

const MAX_CACHED_AREAS = 1000;
const resolvedAreas = new Map<string, ResolvedArea | undefined>();

function resolveAreaUncached(text: string): ResolvedArea | undefined {
  const name = fold(text);
  if (name === "") return undefined;
  if (name === "all") return resolved("ALL", "all", [AREA_TREE]);
  for (const level of ["dimension", "subdimension"] as const) {
    const nodes = byName(level, name);
    if (nodes.length > 0) return resolved(nodes[0].name, level, nodes);
  }
  const categories = byName("category", name);
  if (categories.length > 0) return resolved(categories[0].name, "categoryName", categories);
  const prefix = normalizeId(text);
  const keep = new Set(
    ITEMS.filter((item) => {
      const code = normalizeId(item.code);
      return code === prefix || code.startsWith(prefix + ":");
    }).map((item) => item.id)
  );
  if (keep.size === 0) return undefined;
  const cover = smallestCover(keep);
  return {
    label: text
      .trim()
      .replace(/\s*:\s*/g, ": ")
      .toUpperCase(),
    kind: "prefix",
    itemIds: keep,
    nodes: [cover],
  };
}
