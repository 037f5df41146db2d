import { meanOverNodes, u4sscPercent } from "./aggregate";
import type { AreaRowsInput } from "./area-rows";
import { readAreaRows } from "./area-rows";
import { bandFromScore } from "./bands";
import type { Points } from "./bands";
import { failed } from "./scoring-result";
import type { Scored, ScoringMethod } from "./scoring-result";

/** JRC / COINr practice: below 2/3 of the eligible items scored, an area score says more about gaps than data. */
export const DEFAULT_MIN_COVERAGE = 2 / 3;

// Coverage is a ratio of small counts: forgive the last bit of a minimum such as 2/3 typed as 0.666666666666667.
const COVERAGE_TOLERANCE = 1e-9;

export interface AreaScoreInput extends AreaRowsInput {
  /** `u4ssc` (default): Σ points / 4n; `mean`: tree mean of indicator scores; `goalposts`: tree mean of goalpost scores. */
  readonly method?: ScoringMethod;
  /** 0–1, default 2/3; 0 reproduces U4SSC, which applies no coverage rule. */
  readonly minCoverage?: number;
}

export interface AreaCoverage {
  /** Eligible items that are scored. */
  readonly n: number;
  /** Eligible items: those of the area listed in `ids` that have a target. */
  readonly N: number;
  /** n / N, 0–1. */
  readonly coverage: number;
}

export interface AreaScore extends AreaCoverage {
  /** The area as resolved (`Education`, `EC: ICT`, `ALL`). */
  readonly label: string;
  /** 0–100. */
  readonly score: number;
  readonly band: Points;
}

/**
 * KPI.COVERAGE: the fraction of the area's eligible items that are scored (see readAreaRows for what counts).
 * Fails like the area score does on the rows (UNKNOWN_AREA, UNKNOWN_ID, DUPLICATE, …) and with NO_SCORABLE_ITEMS
 * when nothing is eligible, but never for low coverage: that is what it reports.
 *
 * @example areaCoverage({ area: "Education", ids: ["SC: EH: ED: 1C", "SC: EH: ED: 2C"], values: [45, "NR"] }) // 0.5
 */
export function areaCoverage(
  input: AreaRowsInput,
  method: ScoringMethod = "u4ssc"
): Scored<AreaCoverage> {
  const reading = readAreaRows(input, method);
  if (!reading.ok) return reading;
  const { area, eligible, scores } = reading.value;
  if (eligible === 0) return failed("NO_SCORABLE_ITEMS", { area: area.label });
  return { ok: true, value: { n: scores.length, N: eligible, coverage: scores.length / eligible } };
}

/**
 * KPI.SCORE on an area (docs/scoring.md §5): the U4SSC points percentage (default), or the equal-weight tree
 * mean of indicator (`mean`) or goalpost (`goalposts`) scores, with its band, n / N and coverage. Fails with
 * NO_SCORABLE_ITEMS when no item is eligible, with INSUFFICIENT_COVERAGE (`scored`, `eligible`) when coverage is
 * below the minimum or nothing is scored, with BAD_ARGUMENT for a minimum outside 0–1, and as areaCoverage does.
 *
 * @example scoreArea({ area: "Education", ids, values, targets, minCoverage: 0 }) // points 1, 3, 4, 1 → 56.25
 */
export function scoreArea(input: AreaScoreInput): Scored<AreaScore> {
  const method = input.method ?? "u4ssc";
  const minCoverage = input.minCoverage ?? DEFAULT_MIN_COVERAGE;
  if (!(minCoverage >= 0 && minCoverage <= 1)) {
    return failed("BAD_ARGUMENT", {
      argument: "min_coverage",
      raw: String(minCoverage),
      allowed: "0–1",
    });
  }
  const reading = readAreaRows(input, method);
  if (!reading.ok) return reading;
  const { area, eligible, scores } = reading.value;
  if (eligible === 0) return failed("NO_SCORABLE_ITEMS", { area: area.label });
  const coverage = scores.length / eligible;
  const insufficient = { scored: scores.length, eligible };
  if (coverage + COVERAGE_TOLERANCE < minCoverage)
    return failed("INSUFFICIENT_COVERAGE", insufficient);
  const score =
    method === "u4ssc"
      ? u4sscPercent(scores.map((s) => s.points))
      : meanOverNodes(area.nodes, new Map(scores.map((s) => [s.item.id, s.score])));
  if (score === null) return failed("INSUFFICIENT_COVERAGE", insufficient);
  return {
    ok: true,
    value: {
      label: area.label,
      score,
      band: bandFromScore(score),
      n: scores.length,
      N: eligible,
      coverage,
    },
  };
}
