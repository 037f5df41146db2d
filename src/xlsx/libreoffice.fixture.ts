import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"];

/**
 * Test fixture: the LibreOffice binary, or null. Outside CI a missing soffice skips the LibreOffice tests with a
 * printed reason; in CI (`process.env.CI` set) its absence is an error, so the proof cannot silently vanish.
 */
export function findSoffice(): string | null {
  const found = SOFFICE.find((path) => existsSync(path)) ?? null;
  if (!found && process.env.CI)
    throw new Error("CI: LibreOffice (soffice) is required and missing");
  if (!found)
    console.log(
      "LibreOffice tests skipped: soffice not found (apt-get install libreoffice-calc-nogui)"
    );
  return found;
}

/**
 * Test fixture: opens `file` in LibreOffice Calc headless and saves it again as `format` (xlsx by default) in a fresh
 * folder; returns the new file's path. A private user profile lets tests run beside other LibreOffice processes.
 */
export function convertWithLibreOffice(soffice: string, file: string, format = "xlsx"): string {
  const outDir = mkdtempSync(join(tmpdir(), "kpi4ssc-lo-"));
  const profile = `file://${mkdtempSync(join(tmpdir(), "kpi4ssc-lo-profile-"))}`;
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${format}`));
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}
