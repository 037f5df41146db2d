import { itemById } from "../../src/domain/catalog";
import { areaCoverage, readItemValue, scoreArea, scoreItem } from "../../src/domain/scoring";
import type { AreaScoreInput, ItemScoreInput } from "../../src/domain/scoring";

/** Named results of one worked example, as docs/scoring.md prints them (`name = **value**`). */
export type ExampleResults = Readonly<Record<string, number>>;

const EDUCATION = ["SC: EH: ED: 1C", "SC: EH: ED: 2C", "SC: EH: ED: 3C", "SC: EH: ED: 4C"];
const HUNDREDS = [100, 100, 100, 100];

function item(input: ItemScoreInput): ExampleResults {
  const result = scoreItem(input);
  if (!result.ok) throw new Error(`example failed: ${result.failure.code}`);
  const { score, points, ratio } = result.value;
  return { p: ratio, score, points };
}

function area(input: AreaScoreInput): ExampleResults {
  const result = scoreArea(input);
  if (!result.ok) throw new Error(`example failed: ${result.failure.code}`);
  const { score, band, n, N, coverage } = result.value;
  return { "area score": score, band, n, N, coverage };
}

function coverageOnly(input: AreaScoreInput): ExampleResults {
  const cover = areaCoverage(input);
  const strict = scoreArea(input);
  if (!cover.ok || strict.ok) throw new Error("example expected low coverage");
  const lenient = scoreArea({ ...input, minCoverage: 0 });
  if (!lenient.ok) throw new Error("example failed with min_coverage 0");
  return { coverage: cover.value.coverage, "area score at min_coverage 0": lenient.value.score };
}

/**
 * Every worked example of docs/scoring.md, computed with src/domain. The key is the example's marker in the
 * document (`<!-- example: key -->`); the test compares these numbers with the ones printed there.
 */
export const WORKED_EXAMPLES: Readonly<Record<string, () => ExampleResults>> = {
  "read-percent": () => ({ value: readItemValue(itemById("EC: ICT: ICT: 1C"), "45 %") as number }),
  "read-comma": () => ({ value: readItemValue(itemById("EC: P: EM: 1C"), "12,5") as number }),
  higher: () => item({ id: "EC: ICT: ICT: 1C", value: 70 }),
  "higher-cap": () => item({ id: "EC: P: IN: 1C", value: 4.5 }),
  "higher-boundary": () => item({ id: "EC: ICT: ICT: 1C", value: 33 }),
  lower: () => item({ id: "EN: EN: AQ: 1C/PM2.5", value: 10 }),
  "lower-zero-target": () => item({ id: "EN: EN: WA: 1C/OPEN_DUMP", value: 20 }),
  band: () => item({ id: "SC: SH: SI: 1C", value: 1.1 }),
  yesno: () => item({ id: "SC: SH: SA: 3A", value: "Yes" }),
  goalposts: () => item({ id: "EN: EN: AQ: 1C/PM2.5", value: 10, method: "goalposts" }),
  "explicit-target": () => item({ id: "EC: ICT: ICT: 2C", value: 45, target: 60 }),
  "area-education": () =>
    area({ area: "Education", ids: EDUCATION, values: [20, 70, 100, 30], targets: HUNDREDS }),
  "area-education-three": () =>
    area({ area: "Education", ids: EDUCATION, values: [70, 100, 50, "NR"], targets: HUNDREDS }),
  "area-energy": () => {
    const renewables = item({ id: "EN: E: E: 1C", value: 18.19 });
    const energy = area({ area: "Energy", ids: ["EN: E: E: 1C"], values: [18.19] });
    return { p: renewables.p, points: renewables.points, ...energy };
  },
  "area-mean": () =>
    area({
      area: "Education",
      ids: EDUCATION,
      values: [20, 70, 100, 30],
      targets: HUNDREDS,
      method: "mean",
    }),
  "coverage-low": () =>
    coverageOnly({
      area: "Education",
      ids: EDUCATION,
      values: [70, "NR", 50, "NR"],
      targets: HUNDREDS,
    }),
};
