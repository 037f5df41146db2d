/**
 * Benchmark of the scoring engine (run by scripts/bench.mjs, which compiles this file and src/ to CommonJS; not a
 * test). Measures what the KPI.* functions and the pane do per value and per area call, on generated workbooks.
 */
import process from "node:process";
import { ITEMS, resolveArea } from "../src/domain/catalog";
import type { CatalogItem } from "../src/domain/catalog";
import { scoreArea, scoreItem } from "../src/domain/scoring";
import type { ScoringMethod } from "../src/domain/scoring";
import { checkItem } from "../src/domain/validation";
import type { RawCell } from "../src/domain/workbook/workbook-port";
import { score } from "../src/functions/functions";
import { readCoverageResult, readMethod, readMinCoverage } from "../src/functions/argument-readers";
import {
  EXCEL_CELL_LIMIT,
  TEXT_READERS,
  worstCaseTexts,
} from "../src/domain/parse/worst-case-texts.fixture";

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: "values/s" | "ms/call";
  /** Goal: at least (values/s) or at most (ms/call). */
  readonly goal: number;
}

/** Small deterministic PRNG (mulberry32), so every run measures the same workload. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Percent texts are how statisticians paste most percentage items (half the catalog); a yes/no
// word is a value for a yes/no item and NOT_NUMERIC for the others.
const TEXT_NUMBERS = ["45,5", "12.5", "95 424", "1,234.5", "0,75", "1 234", "45 %", "97.00 %"];
const MISSING = ["NR", "", "N/A", "Not reported", null];
const BAD_TEXT = [
  "12.67 Minutes",
  "abc",
  "#N/A",
  "#DIV/0!",
  "1,234",
  "yes please",
  "Yes",
  "95 424 / 100 000 inhabitants",
];

/** A valid number for the item: 1 or 0 for yes/no, else within its bounds (up to 1 000 above an open minimum). */
function validNumber(item: CatalogItem, next: () => number): number {
  if (item.direction === "yesno") return next() < 0.5 ? 0 : 1;
  const min = item.min ?? 0;
  const max = item.max ?? min + 1000;
  return Math.round((min + next() * (max - min)) * 100) / 100;
}

/**
 * A number the item rejects (OUT_OF_RANGE): a yes/no answer of 0.5, above an upper bound (a count
 * typed into a percentage item), or below the lower one (every item has one).
 */
function outOfRangeNumber(item: CatalogItem, next: () => number): number {
  if (item.direction === "yesno") return 0.5;
  if (item.max !== null && next() < 0.5) return item.max + 1 + Math.round(next() * 1000);
  return (item.min ?? 0) - 1 - Math.round(next() * 100);
}

/**
 * Values for the items in turn: 35 % valid numbers, 5 % numbers out of range, 20 % text numbers,
 * 20 % missing, 20 % bad text. Far more text than a real sheet holds, so the text paths weigh in.
 */
function valueMix(items: readonly CatalogItem[], count: number, seed: number): RawCell[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const r = next();
    if (r < 0.35) return validNumber(items[i % items.length], next);
    if (r < 0.4) return outOfRangeNumber(items[i % items.length], next);
    if (r < 0.6) return pick(TEXT_NUMBERS);
    if (r < 0.8) return pick(MISSING);
    return pick(BAD_TEXT);
  });
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function msPerCall(runs: number, call: () => unknown): number {
  for (let i = 0; i < Math.min(runs, 50); i++) call(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    call();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/**
 * Values per second of CPU time (user + system of this process, GC threads included): the machine may be busy
 * with other work, which wall-clock time would count against us.
 */
function valuesPerSecond(count: number, perValue: (id: string, value: RawCell) => unknown): number {
  const values = valueMix(ITEMS, count, 1);
  const ids = ITEMS.map((item) => item.id);
  for (let i = 0; i < 20_000; i++) perValue(ids[i % ids.length], values[i]); // warm up
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) perValue(ids[i % ids.length], values[i]);
  const used = process.cpuUsage(start);
  return count / ((used.user + used.system) / 1e6);
}

/** One row per item, values mixed, as KPI.SCORE("ALL", …) gets them. */
function allItemsCall(method: ScoringMethod) {
  const ids = ITEMS.map((item) => item.id);
  const values = valueMix(ITEMS, ids.length, 2);
  return () => scoreArea({ area: "ALL", ids, values, method, minCoverage: 0 });
}

/** A long sheet: 100 000 rows whose ids cycle through the items, scored for a 4-item area (Education). */
function longSheetCall() {
  const education = resolveArea("Education")?.itemIds ?? new Set<string>();
  const others = ITEMS.filter((item) => !education.has(item.id));
  const ids: RawCell[] = Array.from({ length: 100_000 }, (_, i) => others[i % others.length].id);
  [...education].forEach((id, k) => (ids[k * 25_000] = id));
  const values = valueMix(others, ids.length, 3);
  return () => scoreArea({ area: "Education", ids, values, minCoverage: 0 });
}

/** The same 112-row ALL call through the KPI.SCORE custom function (2-D ranges in, a 1×1 array out, as registered). */
function customFunctionCall() {
  const ids = ITEMS.map((item) => [item.id]);
  const values = valueMix(ITEMS, ids.length, 2).map((v) => [v]);
  // No addresses: the values are not cell references, so their zeros are zeros (nothing to read).
  const invocation = { parameterAddresses: ["", "", ""] } as unknown as CustomFunctions.Invocation;
  return () => score("ALL", values, ids, undefined, "u4ssc", 0, invocation);
}

/**
 * The slowest median, over every parse and normalise function and every worst-case text of Excel's 32 767-character
 * cell limit (test/hostile/linear-time.test.ts asserts the same set is linear; this measures how fast).
 */
function worstCase(): { readonly ms: number; readonly what: string } {
  const readers: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
    ...TEXT_READERS,
    ["readMethod", readMethod],
    ["readMinCoverage", readMinCoverage],
    ["readCoverageResult", readCoverageResult],
  ];
  let worst = { ms: 0, what: "" };
  for (const [name, read] of readers) {
    for (const [kind, text] of worstCaseTexts(EXCEL_CELL_LIMIT)) {
      const ms = msPerCall(21, () => read(text));
      if (ms > worst.ms) worst = { ms, what: `${name}, ${kind}` };
    }
  }
  return worst;
}

export function runBench(): BenchResult[] {
  const VALUES = 1_000_000;
  const slowest = worstCase();
  return [
    {
      name: `scoreItem: parse + check + score, ${VALUES.toLocaleString("en")} values`,
      value: valuesPerSecond(VALUES, (id, value) => scoreItem({ id, value })),
      unit: "values/s",
      goal: 1_000_000,
    },
    {
      name: `checkItem (KPI.CHECK), ${VALUES.toLocaleString("en")} values`,
      value: valuesPerSecond(VALUES, (id, value) => checkItem({ id, value })),
      unit: "values/s",
      goal: 1_000_000,
    },
    {
      name: "scoreArea ALL, 112 items, u4ssc (median)",
      value: msPerCall(2000, allItemsCall("u4ssc")),
      unit: "ms/call",
      goal: 1,
    },
    {
      name: "scoreArea ALL, 112 items, mean (median)",
      value: msPerCall(2000, allItemsCall("mean")),
      unit: "ms/call",
      goal: 1,
    },
    {
      name: 'KPI.SCORE("ALL", …) custom function, 112 rows (median)',
      value: msPerCall(2000, customFunctionCall()),
      unit: "ms/call",
      goal: 1,
    },
    {
      name: "scoreArea Education over 100 000 rows (median)",
      value: msPerCall(21, longSheetCall()),
      unit: "ms/call",
      goal: 1000,
    },
    {
      name: `32 767-character worst case (median; slowest: ${slowest.what})`,
      value: slowest.ms,
      unit: "ms/call",
      goal: 5,
    },
  ];
}
