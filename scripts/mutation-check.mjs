// The three mistakes of issue 9 that once passed every suite, applied one at a time to a temporary copy of the
// project: each must be caught by both judges of the adapters, run separately, both on the one simulation of Excel
// (src/preview/excel-api, built for tests by simulation.fixture.ts; no other fake is left) — the src/excel suites
// (without the slow ownership property) and src/preview/host/adapters-on-simulation.test.ts alone.
// `npm run mutation`; exits non-zero when a mutation survives either, or a pattern is no longer found (then update
// the mutation with the code).
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const MUTATIONS = [
  {
    name: "a write queued after Update's last sync (a fourth round trip in Excel)",
    file: "src/excel/update-template.ts",
    apply: (text) => {
      const at = text.lastIndexOf("await context.sync();");
      if (at < 0) return null;
      const end = at + "await context.sync();".length;
      const write = '\n  context.workbook.worksheets.getItem("KPI Data").getRange("A1").select();';
      return text.slice(0, end) + write + text.slice(end);
    },
  },
  {
    name: "the load() before reading the used range removed",
    file: "src/excel/read-kpi-sheet.ts",
    // Whatever properties it names: the mutation removes the statement `used.load(…);`.
    apply: (text) => {
      const pattern = /^[ \t]*used\.load\([^)]*\);[ \t]*\n/m;
      return pattern.test(text) ? text.replace(pattern, "") : null;
    },
  },
  {
    name: "isNullObject read before the first sync",
    file: "src/excel/excel-workbook-port.ts",
    apply: (text) => {
      const pattern = /await context\.sync\(\);\s*return !data\.isNullObject;/;
      if (!pattern.test(text)) return null;
      return text.replace(
        pattern,
        "const missing = data.isNullObject;\n        await context.sync();\n        return !missing;"
      );
    },
  },
];

function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), "kpi4ssc-mutation-"));
  for (const entry of [
    "src",
    "test",
    "jest.config.js",
    "tsconfig.json",
    "tsconfig.jest.json",
    "package.json",
  ])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return dir;
}

const JUDGES = {
  "src/excel suites on the simulation": [
    "src/excel",
    "--testPathIgnorePatterns",
    "/node_modules/",
    "\\.properties\\.test\\.ts$",
  ],
  "preview adapters on the simulation": ["src/preview/host/adapters-on-simulation.test.ts"],
};

function jestFails(dir, args) {
  return spawnSync("npx", ["jest", "--ci", ...args], { cwd: dir, encoding: "utf8" }).status !== 0;
}

// The unmutated copy must pass, or a "caught" below would mean nothing.
const baseline = copyProject();
try {
  for (const [judge, paths] of Object.entries(JUDGES)) {
    if (jestFails(baseline, paths)) {
      console.log(`The unmutated copy fails the ${judge} (${paths.join(" ")}): fix that first.`);
      process.exit(1);
    }
  }
  console.log("baseline  both judges pass unmutated");
} finally {
  rmSync(baseline, { recursive: true, force: true });
}

let survived = 0;
for (const mutation of MUTATIONS) {
  const dir = copyProject();
  try {
    const path = join(dir, mutation.file);
    const mutated = mutation.apply(readFileSync(path, "utf8"));
    if (mutated === null) {
      console.log(`PATTERN GONE  ${mutation.name} (${mutation.file})`);
      survived += 1;
      continue;
    }
    writeFileSync(path, mutated);
    for (const [judge, paths] of Object.entries(JUDGES)) {
      const caught = jestFails(dir, paths);
      console.log(`${caught ? "caught  " : "SURVIVED"}  ${mutation.name} — ${judge}`);
      if (!caught) survived += 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(survived === 0 ? "Every mutation was caught." : `${survived} mutation(s) not caught.`);
process.exit(survived === 0 ? 0 : 1);
