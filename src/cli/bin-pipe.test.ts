import { spawn } from "node:child_process";
import { join } from "node:path";
import { runCli, tempDir } from "./testing/run-cli.fixture";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "kpi4ssc.cjs");

/** Runs the real bin with its stdout closed after the first chunk, as `kpi4ssc … | head -c 100` does. */
function runClosingEarly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: "C" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.stdout.once("data", () => child.stdout.destroy());
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

// The bin runs the compiled command line (build/cli, made by `npm install` / `npm ci` through `prepare`).
it("a reader that closes the pipe early stops the command quietly, without a stack trace", async () => {
  const dir = tempDir();
  const file = join(dir, "t.xlsx");
  expect(
    (await runCli(["template", "--out", file, "--city", "Bizerte", "--year", "2024"], dir)).code
  ).toBe(0);
  // 173 notes in JSON: far more than one pipe buffer, so the writes after the close fail with EPIPE.
  const run = await runClosingEarly(["check", file, "--json"]);
  expect(run.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js:\d+/);
  expect(run.code).toBe(0);
}, 60_000);
