import type { AreaLevel } from "../domain/catalog";
import { formatMessage } from "../domain/messages";
import { DEFAULT_MIN_COVERAGE, scoreArea } from "../domain/scoring";
import type { Points } from "../domain/scoring";
import { areaArgument, summaryAreas, templateAreaRows } from "../domain/template";
import type { Lang, SheetRow } from "../domain/workbook/workbook-port";

/** One area of the Summary (3 dimensions, 7 sub-dimensions, 27 categories) as the Summary's formulas score it. */
export interface ReportedArea {
  readonly area: string;
  readonly code: string;
  readonly level: AreaLevel;
  /** 0–100, or null when the area has no score (then `reason` says why). */
  readonly score: number | null;
  readonly band: Points | null;
  readonly n: number | null;
  readonly N: number | null;
  /** Why there is no score (INSUFFICIENT_COVERAGE, NO_SCORABLE_ITEMS, DUPLICATE…), null when scored. */
  readonly failure: string | null;
  readonly reason: string | null;
}

/** The Summary's areas with their area arguments, worked out once (they depend on the catalog only). */
const SUMMARY_AREAS = summaryAreas().map((node) => [node, areaArgument(node)] as const);

/**
 * Every Summary area scored from the rows exactly as the pane's "scores at a glance" and the Summary's formulas
 * do: the same area argument and the same value, id and target columns, U4SSC method, minimum coverage 2/3.
 *
 * @example reportAreas(snapshot.rows, "en")[0] // { area: "Economy", level: "dimension", score: …, n, N }
 */
export function reportAreas(rows: readonly SheetRow[], lang: Lang): ReportedArea[] {
  const columns = templateAreaRows(rows);
  return SUMMARY_AREAS.map(([node, area]) => {
    const result = scoreArea({
      area,
      ...columns,
      method: "u4ssc",
      minCoverage: DEFAULT_MIN_COVERAGE,
    });
    const base = { area: node.name, code: node.code, level: node.level };
    if (result.ok)
      return {
        ...base,
        score: result.value.score,
        band: result.value.band,
        n: result.value.n,
        N: result.value.N,
        failure: null,
        reason: null,
      };
    const { code, params } = result.failure;
    const counted = code === "INSUFFICIENT_COVERAGE";
    const [n, N] = counted ? [Number(params.scored), Number(params.eligible)] : [null, null];
    return {
      ...base,
      score: null,
      band: null,
      n,
      N,
      failure: code,
      reason: formatMessage(code, params, lang),
    };
  });
}
