/**
 * The hostile-input corpus against the six KPI.* functions (issue 10): no exception other than an Excel error
 * escapes, no NaN or Infinity comes back, scores stay within 0–100, points within 1–4, coverage within 0–1, and
 * every case gets its expected answer. SCORE, POINTS, COVERAGE and CHECK are taken as their values (kpi-values.ts);
 * functions.ts hands those to Excel as a 1×1 array (tested in src/functions/functions.test.ts).
 */
import {
  ERROR_CODES,
  StandInError,
  installCustomFunctionsStandIn,
} from "../functions/custom-functions-stand-in";
import { band, info } from "../../src/functions/functions";
import { check, coverage, points, score } from "../../src/functions/kpi-values";
import { hostileCorpus } from "./corpus";
import type { HostileCase, KpiFunction } from "./corpus";

beforeAll(installCustomFunctionsStandIn);

const FUNCTIONS: Record<KpiFunction, (...args: never[]) => unknown> = {
  SCORE: score,
  POINTS: points,
  BAND: band,
  COVERAGE: coverage,
  CHECK: check,
  INFO: info,
};

type Outcome =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: string };

/** Calls the function; anything thrown that is not an Excel error fails the case. */
function call(fn: KpiFunction, args: readonly unknown[]): Outcome {
  try {
    return { ok: true, value: (FUNCTIONS[fn] as (...a: unknown[]) => unknown)(...args) };
  } catch (thrown) {
    if (!(thrown instanceof StandInError)) throw thrown;
    return { ok: false, code: thrown.code };
  }
}

const CASES = hostileCorpus();

it("holds at least 300 cases, over all six functions", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(300);
  expect(new Set(CASES.map((c) => c.fn))).toEqual(new Set(Object.keys(FUNCTIONS)));
  expect(new Set(CASES.map((c) => `${c.fn} ${c.name}`)).size).toBe(CASES.length);
});

describe.each(CASES.map((c): [string, HostileCase] => [`${c.fn}: ${c.name}`, c]))("%s", (_, c) => {
  it("answers within bounds, as expected", () => {
    const outcome = call(c.fn, c.args);
    if (outcome.ok) {
      const { value } = outcome;
      expect(["number", "string"]).toContain(typeof value);
      if (typeof value === "number") {
        expect(Number.isFinite(value)).toBe(true);
        if (c.fn === "SCORE") expect(value >= 0 && value <= 100).toBe(true);
        if (c.fn === "POINTS") expect([1, 2, 3, 4]).toContain(value);
        if (c.fn === "COVERAGE") expect(value >= 0).toBe(true);
      }
    } else {
      expect(Object.values(ERROR_CODES)).toContain(outcome.code);
    }
    const { expected } = c;
    if ("error" in expected) expect(outcome).toEqual({ ok: false, code: expected.error });
    else if ("value" in expected) {
      expect(outcome.ok).toBe(true);
      expect((outcome as { value: number }).value).toBeCloseTo(expected.value, 10);
    } else if ("text" in expected) {
      expect(outcome.ok).toBe(true);
      const text = (outcome as { value: unknown }).value;
      if (typeof expected.text === "string") expect(text).toBe(expected.text);
      else expect(text).toMatch(expected.text);
    } else {
      expect(outcome).toEqual(call(c.fn, expected.sameAs));
    }
  });
});
