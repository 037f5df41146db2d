import { readFile, rename } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { readTemplateBytes } from "../xlsx/read-template-file";
import { UPDATE_LIMIT_BYTES, updateWorkbookBytes } from "../xlsx/update-workbook";
import { langOption, parse, yearOption } from "./args";
import { EXIT, UsageError } from "./context";
import type { CliContext, ExitCode } from "./context";
import { writeNewFile } from "./output-file";

const MIB = 1024 * 1024;

/**
 * `kpi4ssc update FILE… (--in-place | --out DIR)`: each workbook brought to the current catalog and template by the
 * pane's own plan (`planUpdate`), writing only the cells it plans. In place, the new file is written beside the old
 * one and then renamed over it, so a failure never leaves half a file. Exit 1 when any file was not updated.
 *
 * @example await updateCommand(["returned/bergen.xlsx", "--out", "updated"], context)
 */
export async function updateCommand(
  args: readonly string[],
  context: CliContext
): Promise<ExitCode> {
  const { io, text } = context;
  const { values, positionals: files } = parse(
    args,
    {
      "in-place": { type: "boolean" },
      out: { type: "string" },
      core: { type: "boolean" },
      year: { type: "string" },
    },
    "update",
    text
  );
  if (values.help) return (io.stdout(text.help.update), EXIT.ok);
  if (files.length === 0) throw new UsageError(text.needFiles);
  if (Boolean(values["in-place"]) === Boolean(values.out)) throw new UsageError(text.outConflict);
  const lang = langOption(values.lang, text) ?? context.lang;
  const year = yearOption(values.year, text) ?? null;
  let updated = 0;
  for (const [i, file] of files.entries()) {
    const path = resolve(io.cwd, file);
    if (files.length > 1) io.stderr(text.progress(i + 1, files.length, file));
    const bytes = await readFile(path).catch(() => null);
    const read = bytes ? await readTemplateBytes(bytes) : null;
    if (!bytes || !read?.ok) {
      io.stderr(
        text.updateRefused(
          file,
          read && !read.ok ? text.readFailure[read.code] : text.readFailure.NOT_FOUND
        )
      );
      continue;
    }
    // Scope: all items unless asked for the core ones; the Summary's city and year are kept when set.
    const result = await updateWorkbookBytes(bytes, {
      city: "",
      reportingYear: year,
      scope: values.core ? "core" : "all",
      lang,
    });
    if (!result.ok) {
      const reason =
        result.code === "TOO_LARGE"
          ? text.updateTooLarge(Math.ceil(Number(result.detail) / MIB), UPDATE_LIMIT_BYTES / MIB)
          : `${result.code}: ${result.detail}`;
      io.stderr(text.updateRefused(file, reason));
      continue;
    }
    if (values["in-place"]) {
      const temporary = join(dirname(path), `.${basename(path)}.kpi4ssc-${process.pid}.tmp`);
      await writeNewFile(temporary, result.bytes, text);
      await rename(temporary, path);
    } else
      await writeNewFile(
        join(resolve(io.cwd, values.out as string), basename(path)),
        result.bytes,
        text
      );
    io.stdout(text.updated(file, result.rows, result.keptInputCells, result.appended));
    updated += 1;
  }
  if (updated === 0) return EXIT.cannotRun;
  return updated === files.length ? EXIT.ok : EXIT.errorsFound;
}
