import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { UsageError } from "./context";
import type { CliStrings } from "./messages";

/**
 * Writes a new file, never over an existing one (`wx`): whatever is at the path may be someone's returned
 * workbook. Creates the folder. An existing path or a write failure is a usage error (exit 2) with the path.
 *
 * @example await writeNewFile("out/bizerte.xlsx", bytes, text)
 */
export async function writeNewFile(
  path: string,
  bytes: Buffer | string,
  text: CliStrings
): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: "wx" });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EEXIST") throw new UsageError(text.outExists(path));
    throw new UsageError(text.cannotWrite(path, (error as Error).message));
  }
}

/**
 * A file name from a city name: letters of any script kept, characters no file system accepts and spaces become "-".
 *
 * @example fileSlug("Saint-Étienne / Loire") === "Saint-Étienne-Loire"
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f,;]+/g, " ")
    .trim()
    .replace(/\s+/g, "-")
    .replace(/-{2,}/g, "-");
  return slug === "" || slug === "." || slug === ".." ? "city" : slug.slice(0, 100);
}
