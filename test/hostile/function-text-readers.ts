/**
 * The custom functions' own readers of text arguments, and each KPI.* function called on one long text, for the
 * linear-time test: a function calls several readers, so a quadratic one anywhere shows up here too.
 */
import {
  readCoverageResult,
  readMethod,
  readMinCoverage,
  heldError,
} from "../../src/functions/argument-readers";
import { band, info } from "../../src/functions/functions";
import { check, coverage, points, score } from "../../src/functions/kpi-values";

/** Calls that may throw a CustomFunctions.Error: only the time counts here. */
function quietly(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return error;
  }
}

export const FUNCTION_TEXT_READERS: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ["readMethod", readMethod],
  ["readMinCoverage", readMinCoverage],
  ["readCoverageResult", readCoverageResult],
  ["heldError", heldError],
  ["KPI.SCORE item value", (text) => quietly(() => score("EC: ICT: ICT: 1C", [[text]]))],
  ["KPI.SCORE id", (text) => quietly(() => score(text, [[1]]))],
  ["KPI.SCORE area", (text) => quietly(() => score(text, [[text]], [[text]], [[text]], text))],
  ["KPI.POINTS", (text) => quietly(() => points(text, text, text))],
  ["KPI.BAND", (text) => quietly(() => band(text))],
  ["KPI.COVERAGE", (text) => quietly(() => coverage(text, [[text]], [[text]], [[text]], text))],
  ["KPI.CHECK", (text) => quietly(() => check("EC: ICT: ICT: 1C", text, text, text, text))],
  ["KPI.INFO", (text) => quietly(() => info(text, text))],
];
