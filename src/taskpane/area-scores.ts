import { AREA_TREE, type AreaNode } from "../domain/catalog";
import {
  areaCoverage,
  DEFAULT_MIN_COVERAGE,
  scoreArea,
  type AreaCoverage,
  type AreaRowsInput,
  type AreaScore,
  type Scored,
} from "../domain/scoring";
import { areaArgument } from "../domain/template/summary-areas";
import { templateAreaRows } from "../domain/template/template-area-rows";
import type { SheetRow } from "../domain/workbook/workbook-port";

/** One area of "scores at a glance" and its U4SSC score, or why it has none. */
export interface AreaScoreLine {
  /** The catalog's name of the area (as on the Summary sheet). */
  readonly name: string;
  readonly result: Scored<AreaScore>;
}

export interface DimensionScores {
  readonly dimension: AreaScoreLine;
  readonly subdimensions: readonly AreaScoreLine[];
}

/**
 * Dimension and sub-dimension scores from the rows the pane read, by the same domain code, with the strict template
 * reading the Summary sheet's formulas implement (docs/template.md), so both show the same numbers. In the
 * catalog's order.
 *
 * @example scoreAreasFromRows(snapshot.rows)[0].dimension // { name: "Economy", result: { ok: true, … } }
 */
export function scoreAreasFromRows(
  rows: readonly SheetRow[],
  minCoverage: number = DEFAULT_MIN_COVERAGE
): DimensionScores[] {
  const columns = templateAreaRows(rows);
  return AREA_TREE.children.map((dimension) => ({
    dimension: scoreLine(dimension, columns, minCoverage),
    subdimensions: dimension.children.map((node) => scoreLine(node, columns, minCoverage)),
  }));
}

type Columns = Omit<AreaRowsInput, "area">;

function scoreLine(node: AreaNode, columns: Columns, minCoverage: number): AreaScoreLine {
  const area = areaArgument(node);
  return { name: node.name, result: scoreArea({ area, ...columns, method: "u4ssc", minCoverage }) };
}

/**
 * Coverage of the whole template (area `ALL`) over the rows the pane read: n items scored of the N that have a
 * target, by the same code as KPI.COVERAGE (docs/scoring.md §5). Fails as KPI.COVERAGE does (an unknown id, a
 * duplicate, nothing eligible).
 *
 * @example overallCoverage(snapshot.rows) // { ok: true, value: { n: 12, N: 52, coverage: 0.23 } }
 */
export function overallCoverage(rows: readonly SheetRow[]): Scored<AreaCoverage> {
  return areaCoverage({ area: "ALL", ...templateAreaRows(rows) });
}
