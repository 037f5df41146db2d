/**
 * What telling empty cells from 0 costs KPI.SCORE over 112 rows (docs/excel-hosts.md, "Empty cells"): without a 0
 * the function answers at once; with zeros on a desktop host it reads the cells' valueTypes once. The workbook read
 * here is an in-process stand-in answering after one microtask, so the figure is the add-in's own work (finding the
 * zeros, the address, the promise, putting null back); Excel's round trip comes on top and cannot be measured
 * without Excel.
 */
import process from "node:process";
import { ITEMS } from "../src/domain/catalog";
import { score } from "../src/functions/functions";
import type { BenchResult } from "./scoring-bench";

const ROWS = ITEMS.length;

/** Globals as Excel on Windows would give them, with a RequestContext whose ranges are all empty. */
function installDesktop(reads: { count: number }): void {
  class StandInContext {
    workbook = {
      worksheets: {
        getItem: () => ({
          getRange: () => {
            const range = {
              valueTypes: [] as string[][],
              load: () => (
                (range.valueTypes = Array.from({ length: ROWS }, () => ["Empty"])),
                range
              ),
            };
            return range;
          },
        }),
      },
    };
    async sync() {
      reads.count += 1;
    }
  }
  Object.assign(globalThis, {
    Office: { context: { platform: "PC" } },
    Excel: { RequestContext: StandInContext },
  });
}

async function medianMs(runs: number, call: () => unknown): Promise<number> {
  for (let i = 0; i < 50; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await call();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function runBlankBench(): Promise<BenchResult[]> {
  const reads = { count: 0 };
  installDesktop(reads);
  const ids = ITEMS.map((item) => [item.id]);
  const numbers = ITEMS.map((_, i) => [1 + (i % 50)]);
  const zeros = ITEMS.map(() => [0]);
  const invocation = {
    parameterAddresses: ["", "'KPI Data'!K5:K116", "'KPI Data'!A5:A116"],
  } as unknown as CustomFunctions.Invocation;
  const call = (values: unknown[][]) => () =>
    Promise.resolve(score("ALL", values, ids, undefined, "u4ssc", 0, invocation)).catch(() => 0);
  const without = await medianMs(2000, call(numbers));
  const before = reads.count;
  const withZeros = await medianMs(2000, call(zeros));
  if (reads.count - before !== 2050)
    throw new Error("expected one workbook read per call with zeros");
  return [
    {
      name: "KPI.SCORE ALL 112 rows, no 0 (nothing read)",
      value: without,
      unit: "ms/call",
      goal: 1,
    },
    {
      name: "KPI.SCORE ALL 112 rows of blanks as 0 (1 read)",
      value: withZeros,
      unit: "ms/call",
      goal: 1,
    },
  ];
}
