/**
 * Benchmark of `kpi4ssc check` and `merge` on a batch of filled workbooks (run by scripts/bench.mjs; not a test):
 * the time to check (and to merge) N files against the time exceljs alone needs to read them, and the process's
 * memory as the batch goes on (files are read one at a time, so it should stay flat).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Buffer } from "node:buffer";
import process from "node:process";
import ExcelJS from "exceljs";
import { ITEMS } from "../src/domain/catalog";
import { planTemplate } from "../src/domain/template";
import type { TemplateOptions } from "../src/domain/workbook/workbook-port";
import { reportFile } from "../src/cli/file-report";
import { panelRows } from "../src/cli/merge-rows";
import { cliText } from "../src/cli/messages";
import { readTemplateFile } from "../src/xlsx/read-template-file";
import { writeTemplateWorkbook } from "../src/xlsx/write-template";

export interface BatchBenchLine {
  readonly name: string;
  readonly result: string;
  readonly goal: string;
  readonly met: boolean;
}

const VARIANTS = 8;

/** A filled workbook: every item's value cell holds a number within its bounds, NR, or a text with unit words. */
async function filledBytes(variant: number): Promise<Buffer> {
  const options: TemplateOptions = {
    city: `City ${variant}`,
    reportingYear: 2024,
    scope: "all",
    lang: (["en", "fr", "ru"] as const)[variant % 3],
  };
  const workbook = writeTemplateWorkbook(planTemplate(options));
  const data = workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet;
  ITEMS.forEach((item, i) => {
    const kind = (i * 7 + variant) % 10;
    const number =
      item.max !== null ? ((item.min ?? 0) + item.max) / 2 : (item.min ?? 0) + 10 + variant;
    data.getCell(`K${5 + i}`).value = kind === 0 ? "NR" : kind === 1 ? `${number} units` : number;
    data.getCell(`L${5 + i}`).value = 2020 + (i % 5);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Step = (file: string) => Promise<void>;

/**
 * Runs every step on each file in turn (exceljs alone, check, merge, on file 1, then file 2…), so a machine whose
 * load changes during the run slows all of them alike; returns each step's total time and the RSS after each file.
 */
async function interleaved(files: readonly string[], steps: readonly Step[]) {
  const ms = steps.map(() => 0);
  const rss: number[] = [];
  for (const file of files) {
    for (const [i, step] of steps.entries()) {
      const start = process.hrtime.bigint();
      await step(file);
      ms[i] += Number(process.hrtime.bigint() - start) / 1e6;
    }
    rss.push(process.memoryUsage().rss);
  }
  return { ms, rss };
}

/**
 * Checks and merges `count` filled workbooks one at a time, and reads the same files with exceljs alone.
 *
 * @example const lines = await runBatchBench(200)
 */
export async function runBatchBench(count = 200): Promise<BatchBenchLine[]> {
  const dir = mkdtempSync(join(tmpdir(), "kpi4ssc-batch-"));
  try {
    const variants = await Promise.all(Array.from({ length: VARIANTS }, (_, v) => filledBytes(v)));
    const files = Array.from({ length: count }, (_, i) => {
      const path = join(dir, `city-${i}.xlsx`);
      writeFileSync(path, variants[i % VARIANTS]);
      return path;
    });
    const text = cliText("en");
    const exceljsAlone = async (file: string) => {
      await new ExcelJS.Workbook().xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    };
    const check = async (file: string) => {
      const read = await readTemplateFile(file);
      if (!read.ok) throw new Error(`${file}: ${read.code}`);
      reportFile(file, read.value, null, "en", text);
    };
    let panel = 0;
    const merge = async (file: string) => {
      const read = await readTemplateFile(file);
      if (!read.ok) throw new Error(`${file}: ${read.code}`);
      panel += panelRows(reportFile(file, read.value, null, "en", text)).length;
    };
    await interleaved(files.slice(0, 10), [exceljsAlone, check, merge]); // warm-up
    const { ms, rss } = await interleaved(files, [exceljsAlone, check, merge]);
    const [baseline, checked, merged] = ms;
    const quarter = Math.floor(count / 4);
    const peak = (values: number[]) => Math.max(...values) / 2 ** 20;
    const early = peak(rss.slice(0, quarter));
    const late = peak(rss.slice(-quarter));
    const ratio = (ms: number) => ms / baseline;
    return [
      {
        name: `exceljs alone reads ${count} filled workbooks`,
        result: `${(baseline / count).toFixed(1)} ms/file`,
        goal: "(baseline)",
        met: true,
      },
      {
        name: `kpi4ssc check, ${count} workbooks`,
        result: `${(checked / count).toFixed(1)} ms/file = ${ratio(checked).toFixed(2)}× exceljs`,
        goal: "≤ 1.3× exceljs",
        met: ratio(checked) <= 1.3,
      },
      {
        name: `kpi4ssc merge, ${count} workbooks (${panel} rows)`,
        result: `${(merged / count).toFixed(1)} ms/file = ${ratio(merged).toFixed(2)}× exceljs`,
        goal: "≤ 1.3× exceljs",
        met: ratio(merged) <= 1.3,
      },
      {
        name: "check + merge: peak RSS, last quarter vs first quarter",
        result: `${late.toFixed(0)} MiB vs ${early.toFixed(0)} MiB`,
        goal: "flat (≤ 1.25×)",
        met: late <= early * 1.25,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
