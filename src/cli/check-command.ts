import { parse, yearOption } from "./args";
import { CSV_HEADER, fileCsvRows, fileJson, fileText } from "./check-output";
import { csvField } from "./csv";
import { EXIT, UsageError } from "./context";
import type { CliContext, ExitCode } from "./context";
import { readBatch } from "./read-batch";

/**
 * `kpi4ssc check FILE… [--json | --csv] [--reporting-year YYYY]`: the pane's Check on each returned workbook, one
 * file at a time, streamed to stdout (JSON is written file by file too). Exit 0 when no file has an error, 1 when
 * one has or cannot be read, 2 when none could be read.
 *
 * @example await checkCommand(["returned/bizerte.xlsx", "--json"], context)
 */
export async function checkCommand(
  args: readonly string[],
  context: CliContext
): Promise<ExitCode> {
  const { io, text } = context;
  const { values, positionals: files } = parse(
    args,
    { json: { type: "boolean" }, csv: { type: "boolean" }, "reporting-year": { type: "string" } },
    "check",
    text
  );
  if (values.help) return (io.stdout(text.help.check), EXIT.ok);
  if (files.length === 0) throw new UsageError(text.needFiles);
  if (values.json && values.csv)
    throw new UsageError(text.badArguments("--json or --csv, not both", "check"));
  const fallbackYear = yearOption(values["reporting-year"], text) ?? null;
  const totals = { error: 0, warning: 0, note: 0 };
  let [readable, failed] = [0, 0];

  if (values.json) io.stdout('{"files":[');
  if (values.csv) io.stdout(CSV_HEADER.map(csvField).join(","));
  for await (const item of readBatch(files, fallbackYear, context)) {
    if (values.json)
      io.stdout(`${readable + failed > 0 ? "," : ""}${JSON.stringify(fileJson(item))}`);
    else if (values.csv) fileCsvRows(item).forEach((row) => io.stdout(row));
    if (!item.ok) {
      failed += 1;
      if (!values.json && !values.csv) io.stdout(text.fileFailed(item.file, item.message));
      else io.stderr(text.fileFailed(item.file, item.message));
      continue;
    }
    readable += 1;
    for (const key of ["error", "warning", "note"] as const) totals[key] += item.report.counts[key];
    if (!values.json && !values.csv)
      io.stdout([...fileText(item.report, text, context.lang), ""].join("\n"));
  }
  if (values.json) io.stdout("]}");
  io.stderr(text.totals(readable + failed, failed, totals));
  if (readable === 0) return (io.stderr(text.noReadableInput), EXIT.cannotRun);
  return totals.error > 0 || failed > 0 ? EXIT.errorsFound : EXIT.ok;
}
