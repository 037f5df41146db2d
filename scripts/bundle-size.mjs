#!/usr/bin/env node
// Prints the production bundle sizes (raw and gzip -9) and, with --check, fails when a budget is exceeded.
// Budgets (issue 2): task-pane JS ≤ 150 KiB gzip, functions JS ≤ 40 KiB gzip.
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budgets = { "dist/taskpane.js": 150 * 1024, "dist/functions.js": 40 * 1024 };
let over = false;
for (const [file, budget] of Object.entries(budgets)) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run the production build first`);
    process.exit(1);
  }
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  const ok = gzip <= budget;
  over ||= !ok;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`${file}: ${kib(raw.length)} raw, ${kib(gzip)} gzip -9 (budget ${kib(budget)}) ${ok ? "ok" : "OVER BUDGET"}`);
}
if (over && process.argv.includes("--check")) process.exit(1);
