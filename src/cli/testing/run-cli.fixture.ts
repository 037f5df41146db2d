import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../main";

/** Test fixture: a fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "kpi4ssc-cli-"));
}

/** Test fixture: runs `kpi4ssc …args` in `cwd` with `env`, capturing stdout, stderr and the exit code. */
export async function runCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    cwd,
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
