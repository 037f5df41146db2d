import { allAreaNodes, resolveArea } from "../catalog";
import type { AreaNode } from "../catalog";

/** The Summary's area rows in order: the 3 dimensions, the 7 sub-dimensions, then the 27 category nodes. */
export function summaryAreas(): AreaNode[] {
  const nodes = allAreaNodes();
  return (["dimension", "subdimension", "category"] as const).flatMap((level) =>
    nodes.filter((node) => node.level === level)
  );
}

const sameItems = (ids: ReadonlySet<string> | undefined, node: AreaNode) =>
  ids !== undefined && ids.size === node.itemIds.length && node.itemIds.every((id) => ids.has(id));

/**
 * The area argument that names exactly this node for KPI.SCORE / KPI.COVERAGE: its code prefix where the prefix
 * covers exactly its items, else its name (Education and Health hold an item coded under another prefix), so
 * "Environment" (a dimension and a sub-dimension) and "Water and Sanitation" (three category nodes) are never
 * ambiguous.
 *
 * @example areaArgument(node for EC: ICT) === "EC: ICT"
 * @example areaArgument(node for Health) === "Health"
 */
export function areaArgument(node: AreaNode): string {
  if (sameItems(resolveArea(node.code)?.itemIds, node)) return node.code;
  if (sameItems(resolveArea(node.name)?.itemIds, node)) return node.name;
  throw new Error(`no area argument names exactly the node ${node.code} (${node.name})`);
}
