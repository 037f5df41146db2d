// The three mistakes of issue 9 that once passed every suite, applied one at a time to a temporary copy of the
// project: each must be caught by both judges of the adapters, run separately — the src/excel suites (the strict
// fake, fake-excel.fixture.ts, and the preview's simulation in port-on-simulation.test.ts) and the simulation alone
// (src/preview/host/adapters-on-simulation.test.ts). `npm run mutation`; exits non-zero when a mutation survives
// either, or a pattern is no longer found (then update the mutation with the code).
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
    apply: (text) =>
      text.includes('used.load("values, address");')
        ? text.replace('used.load("values, address");', "")
        : null,
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
  "src/excel suites (strict fake and simulation)": ["src/excel"],
  "preview simulation": ["src/preview/host/adapters-on-simulation.test.ts"],
};

function jestFails(dir, paths) {
  return spawnSync("npx", ["jest", "--ci", ...paths], { cwd: dir, encoding: "utf8" }).status !== 0;
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
