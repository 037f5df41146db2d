import { resolve } from "node:path";
import { parse, yearOption } from "./args";
import { cityColumn, compareTable } from "./compare-table";
import type { CityColumn } from "./compare-table";
import { compareWorkbook } from "./compare-workbook";
import { EXIT, UsageError } from "./context";
import type { CliContext, ExitCode } from "./context";
import { writeNewFile } from "./output-file";
import { readBatch } from "./read-batch";
import { DEFAULT_OUTLIER_Z } from "./robust-z";

/**
 * `kpi4ssc compare FILE… --out comparison.xlsx [--outlier-z Z]`: cities as columns (values, scores, area scores
 * with n/N and ranks, robust-z outliers). Files are read one at a time and only their values and scores are kept.
 * Exit 1 when any file has errors or cannot be read.
 *
 * @example await compareCommand(["a.xlsx", "b.xlsx", "c.xlsx", "--out", "comparison.xlsx"], context)
 */
export async function compareCommand(
  args: readonly string[],
  context: CliContext
): Promise<ExitCode> {
  const { io, text } = context;
  const { values, positionals: files } = parse(
    args,
    {
      out: { type: "string" },
      "outlier-z": { type: "string" },
      "reporting-year": { type: "string" },
    },
    "compare",
    text
  );
  if (values.help) return (io.stdout(text.help.compare), EXIT.ok);
  if (files.length === 0) throw new UsageError(text.needFiles);
  if (!values.out) throw new UsageError(text.needOut);
  if (!/\.xlsx$/i.test(values.out))
    throw new UsageError(text.badArguments("--out must end in .xlsx", "compare"));
  const z = values["outlier-z"] === undefined ? DEFAULT_OUTLIER_Z : Number(values["outlier-z"]);
  if (!Number.isFinite(z) || z <= 0)
    throw new UsageError(text.badNumber("--outlier-z", String(values["outlier-z"])));
  const fallbackYear = yearOption(values["reporting-year"], text) ?? null;

  const columns: CityColumn[] = [];
  let [errors, failed] = [0, 0];
  for await (const item of readBatch(files, fallbackYear, context)) {
    if (!item.ok) {
      failed += 1;
      io.stderr(text.fileFailed(item.file, item.message));
      continue;
    }
    errors += item.report.counts.error;
    columns.push(cityColumn(item.report));
  }
  if (columns.length === 0) return (io.stderr(text.noReadableInput), EXIT.cannotRun);
  const out = resolve(io.cwd, values.out);
  const workbook = compareWorkbook(compareTable(columns, z), text);
  await writeNewFile(out, Buffer.from(await workbook.xlsx.writeBuffer()), text);
  io.stderr(text.wrote(out, columns.length));
  return errors > 0 || failed > 0 ? EXIT.errorsFound : EXIT.ok;
}
