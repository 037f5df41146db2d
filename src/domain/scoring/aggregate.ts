import type { AreaNode } from "../catalog";
import type { Points } from "./bands";

/**
 * U4SSC area % = Σ points / (4 × n) × 100 over the n scored items (docs/scoring.md §5). Null when n = 0.
 *
 * @example u4sscPercent([1, 3, 4, 1]) === 56.25
 */
export function u4sscPercent(points: readonly Points[]): number | null {
  if (points.length === 0) return null;
  let sum = 0;
  for (const p of points) sum += p;
  return (sum / (4 * points.length)) * 100;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function nodeMean(node: AreaNode, scores: ReadonlyMap<string, number>): number | null {
  const parts: number[] = [];
  if (node.children.length === 0) {
    for (const id of node.itemIds) {
      const score = scores.get(id);
      if (score !== undefined) parts.push(score);
    }
  } else {
    for (const child of node.children) {
      const m = nodeMean(child, scores);
      if (m !== null) parts.push(m);
    }
  }
  return mean(parts);
}

/**
 * Equal-weight mean up the tree (docs/scoring.md §5, SDSN / COINr style): indicator scores within each category
 * node, then category nodes within a sub-dimension, sub-dimensions within a dimension, dimensions for ALL; for
 * several nodes (a category name across sub-dimensions) the mean of the node means. A child with nothing scored
 * is skipped and the weights renormalise, which implicitly gives a missing item the mean of its siblings.
 * Null when nothing under the nodes is scored.
 *
 * @param scores indicator scores (0–100) by canonical item id; ids outside the nodes are ignored.
 * @example meanOverNodes(resolveArea("Education")!.nodes, new Map([["SC: EH: ED: 1C", 50]])) === 50
 */
export function meanOverNodes(
  nodes: readonly AreaNode[],
  scores: ReadonlyMap<string, number>
): number | null {
  const parts: number[] = [];
  for (const node of nodes) {
    const m = nodeMean(node, scores);
    if (m !== null) parts.push(m);
  }
  return mean(parts);
}
