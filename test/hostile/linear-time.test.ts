/**
 * Every parse and normalise function runs in time linear in its text, up to Excel's 32 767-character cell
 * (docs/data-safety.md, "Reading values"). A quadratic pattern costs 0.5–3 s on one such text; a linear one well
 * under a millisecond. The bound is an absolute 50 ms on the fastest of five calls: far above linear even on a
 * loaded 2-core machine, far below quadratic. The speed goal itself (< 5 ms) is measured by `npm run bench`.
 */
import { performance } from "node:perf_hooks";
import { installCustomFunctionsStandIn } from "../functions/custom-functions-stand-in";
import {
  EXCEL_CELL_LIMIT,
  TEXT_READERS,
  worstCaseTexts,
} from "../../src/domain/parse/worst-case-texts.fixture";
import { FUNCTION_TEXT_READERS } from "./function-text-readers";

const BOUND_MS = 50;

beforeAll(installCustomFunctionsStandIn);

function fastestMs(call: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    call();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const readers = [...TEXT_READERS, ...FUNCTION_TEXT_READERS];

describe.each(readers)("%s on 32 767-character worst cases", (_name, read) => {
  it.each(worstCaseTexts(EXCEL_CELL_LIMIT))("%s: fastest of 5 calls under 50 ms", (_case, text) => {
    expect(text).toHaveLength(EXCEL_CELL_LIMIT);
    expect(fastestMs(() => read(text))).toBeLessThan(BOUND_MS);
  });
});

it("catches a quadratic pattern (the one number-text used before)", () => {
  // The check itself can fail: the old percent pattern over the first worst case takes far longer than the bound.
  const quadratic = /^(.*?)\s*%$/s;
  const [, text] = worstCaseTexts(EXCEL_CELL_LIMIT)[0];
  expect(fastestMs(() => quadratic.exec(text), 1)).toBeGreaterThan(BOUND_MS);
});
