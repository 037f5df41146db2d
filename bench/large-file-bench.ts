/**
 * Benchmark of `kpi4ssc check` on one 50 MB workbook (run by scripts/bench.mjs; not a test): the template's sheets
 * plus a 400,000-row sheet (src/xlsx/large-workbook.fixture.ts). The read runs in a fresh Node process, so its peak
 * RSS is the reader's own, not this benchmark's (which made the file).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { largeWorkbook } from "../src/xlsx/large-workbook.fixture";
import { templateXlsxBuffer } from "../src/xlsx/write-template";
import type { BatchBenchLine } from "./batch-bench";

const ROWS = 400_000;

/** A child process's report: the read's time, and the process's peak RSS before and after it. */
function readInChild(
  reader: string,
  file: string
): { ms: number; baseMiB: number; peakMiB: number } {
  const script = `
    const { readTemplateFile } = require(${JSON.stringify(reader)});
    const base = process.resourceUsage().maxRSS;
    const start = process.hrtime.bigint();
    readTemplateFile(${JSON.stringify(file)}).then((read) => {
      if (!read.ok) throw new Error(read.code);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      console.log(JSON.stringify({ ms, baseMiB: base / 1024, peakMiB: process.resourceUsage().maxRSS / 1024 }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

/**
 * Makes the 50 MB workbook and checks it in a child process (with `reader`, the compiled
 * src/xlsx/read-template-file.js): time and peak RSS.
 *
 * @example const lines = await runLargeFileBench(join(outDir, "src/xlsx/read-template-file.js"))
 */
export async function runLargeFileBench(reader: string): Promise<BatchBenchLine[]> {
  const dir = mkdtempSync(join(tmpdir(), "kpi4ssc-large-"));
  try {
    const template = await templateXlsxBuffer({
      city: "Karmøy, Norway",
      reportingYear: 2021,
      scope: "all",
      lang: "en",
    });
    const file = join(dir, "large.xlsx");
    writeFileSync(file, await largeWorkbook(template, ROWS));
    const mb = statSync(file).size / 2 ** 20;
    const runs = [1, 2, 3].map(() => readInChild(reader, file));
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const peak = Math.max(...runs.map((r) => r.peakMiB));
    return [
      {
        name: `kpi4ssc check, one ${mb.toFixed(0)} MB workbook (${ROWS.toLocaleString("en")}-row extra sheet)`,
        result: `${best.ms.toFixed(0)} ms (best of 3)`,
        goal: "< 2000 ms",
        met: best.ms < 2000,
      },
      {
        name: "  its peak RSS in a fresh Node process, over Node with the reader (and exceljs) loaded",
        result: `+${(peak - best.baseMiB).toFixed(0)} MiB (${peak.toFixed(0)} − ${best.baseMiB.toFixed(0)} MiB)`,
        goal: "< +64 MiB",
        met: peak - best.baseMiB < 64,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
