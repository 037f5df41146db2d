import { relative, resolve } from "node:path";
import { readTemplateFile } from "../xlsx/read-template-file";
import type { ReadFailureCode } from "../xlsx/read-template-file";
import type { CliContext } from "./context";
import { reportFile } from "./file-report";
import type { FileReport } from "./file-report";

/** One input file's outcome: its report, or why it could not be read (one line, already worded). */
export type BatchItem =
  | { readonly ok: true; readonly report: FileReport }
  | {
      readonly ok: false;
      readonly file: string;
      readonly code: ReadFailureCode;
      readonly message: string;
    };

/**
 * Reads the files one at a time (so memory stays flat however many there are), printing progress on stderr, and
 * yields each report or failure as soon as it is ready. A file that cannot be read never stops the batch.
 *
 * @example for await (const item of readBatch(files, 2024, context)) if (item.ok) print(item.report)
 */
export async function* readBatch(
  files: readonly string[],
  fallbackYear: number | null,
  context: CliContext
): AsyncGenerator<BatchItem> {
  const { io, text, lang } = context;
  for (const [i, file] of files.entries()) {
    const shown = relative(io.cwd, resolve(io.cwd, file)) || file;
    if (files.length > 1) io.stderr(text.progress(i + 1, files.length, shown));
    const read = await readTemplateFile(resolve(io.cwd, file));
    if (read.ok)
      yield { ok: true, report: reportFile(shown, read.value, fallbackYear, lang, text) };
    else yield { ok: false, file: shown, code: read.code, message: text.readFailure[read.code] };
  }
}
