// Benchmark of the scoring engine: `npm run bench`. Not a test: it prints a table, marks each missed goal with
// MISSED, and exits non-zero only when something crashes. It compiles bench/ and the src/ files they import to
// CommonJS in a temporary folder with the TypeScript API (transpile only; `npm run typecheck` checks the types).
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { createRequire } from "node:module";
import process from "node:process";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const ts = require("typescript");

function* sources(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if ((name.endsWith(".ts") && !name.endsWith(".test.ts")) || name.endsWith(".json"))
      yield path;
  }
}

function compile(outDir) {
  const options = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    resolveJsonModule: true,
  };
  for (const folder of [
    "bench",
    "src/domain",
    "src/functions",
    "src/xlsx",
    "src/cli",
    "src/taskpane",
    "src/excel",
  ]) {
    for (const file of sources(join(root, folder))) {
      const target = join(outDir, relative(root, file));
      mkdirSync(dirname(target), { recursive: true });
      if (file.endsWith(".json")) {
        cpSync(file, target);
        continue;
      }
      const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
        compilerOptions: options,
        fileName: file,
      });
      writeFileSync(target.replace(/\.ts$/, ".js"), outputText);
    }
  }
}

function format(result) {
  const value =
    result.unit === "values/s"
      ? `${(result.value / 1e6).toFixed(2)} M values/s`
      : `${result.value < 1 ? result.value.toFixed(3) : result.value.toFixed(1)} ms/call`;
  const goal =
    result.unit === "values/s"
      ? `≥ ${(result.goal / 1e6).toFixed(0)} M values/s`
      : `< ${result.goal} ms`;
  const met = result.unit === "values/s" ? result.value >= result.goal : result.value < result.goal;
  return [result.name, value, goal, met ? "ok" : "MISSED"];
}

// Inside the checkout (.cache/ is git-ignored) so the compiled batch benchmark finds exceljs in node_modules.
mkdirSync(join(root, ".cache"), { recursive: true });
const outDir = mkdtempSync(join(root, ".cache", "bench-"));
try {
  compile(outDir);
  const { runBench } = require(join(outDir, "bench", "scoring-bench.js"));
  const { runBlankBench } = require(join(outDir, "bench", "blank-cells-bench.js"));
  const results = [...runBench(), ...(await runBlankBench())];
  const rows = [["measurement", "result", "goal", ""], ...results.map(format)];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}; values/s per second of CPU time`
  );
  for (const row of rows)
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c]))
        .join("  ")
        .trimEnd()
    );
  // The batch line (issue 11): kpi4ssc check / merge on 200 filled workbooks against exceljs alone reading them.
  const { runBatchBench } = require(join(outDir, "bench", "batch-bench.js"));
  const count = Number(process.env.KPI4SSC_BENCH_FILES ?? 200);
  for (const line of await runBatchBench(count)) {
    rows.push([line.name, line.result, line.goal, line.met ? "ok" : "MISSED"]);
    console.log([line.name, line.result, line.goal, line.met ? "ok" : "MISSED"].join("  "));
  }
  // The 50 MB line (issue 11): check on one large workbook, in a fresh process for its peak RSS.
  const { runLargeFileBench } = require(join(outDir, "bench", "large-file-bench.js"));
  const reader = join(outDir, "src", "xlsx", "read-template-file.js");
  for (const line of await runLargeFileBench(reader)) {
    rows.push([line.name, line.result, line.goal, line.met ? "ok" : "MISSED"]);
    console.log([line.name, line.result, line.goal, line.met ? "ok" : "MISSED"].join("  "));
  }
  const missed = rows.filter((r) => r[3] === "MISSED").length;
  console.log(missed === 0 ? "All goals met." : `MISSED: ${missed} goal(s) not met (see above).`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
