import { extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { parse, yearOption } from "./args";
import { EXIT, UsageError } from "./context";
import type { CliContext, ExitCode } from "./context";
import { toCsv } from "./csv";
import { FILE_COLUMNS, fileRow, PANEL_COLUMNS, panelRows } from "./merge-rows";
import { writeNewFile } from "./output-file";
import { readBatch } from "./read-batch";

type Table = (string | number | boolean | null)[][];

async function xlsxBytes(panel: Table, files: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const add = (name: string, header: readonly string[], rows: Table) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow([...header]).font = { bold: true };
    sheet.addRows(rows);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  };
  add("Panel", PANEL_COLUMNS, panel);
  add("Files", FILE_COLUMNS, files);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * `kpi4ssc merge FILE… --out panel.csv|panel.xlsx`: one tidy long table, one row per city × item, and a per-file
 * summary (the xlsx's second sheet, or `<name>-files.csv` beside the CSV). Files are read one at a time; outputs
 * are never written over an existing file. Exit 1 when any file has errors or cannot be read.
 *
 * @example await mergeCommand(["a.xlsx", "b.xlsx", "--out", "panel.csv"], context)
 */
export async function mergeCommand(
  args: readonly string[],
  context: CliContext
): Promise<ExitCode> {
  const { io, text } = context;
  const { values, positionals: files } = parse(
    args,
    { out: { type: "string" }, "reporting-year": { type: "string" } },
    "merge",
    text
  );
  if (values.help) return (io.stdout(text.help.merge), EXIT.ok);
  if (files.length === 0) throw new UsageError(text.needFiles);
  if (!values.out) throw new UsageError(text.needOut);
  const out = resolve(io.cwd, values.out);
  const format = extname(out).toLowerCase();
  if (format !== ".csv" && format !== ".xlsx")
    throw new UsageError(text.badArguments("--out must end in .csv or .xlsx", "merge"));
  const fallbackYear = yearOption(values["reporting-year"], text) ?? null;

  const panel: Table = [];
  const summary: Table = [];
  let [errors, failed] = [0, 0];
  for await (const item of readBatch(files, fallbackYear, context)) {
    summary.push(fileRow(item));
    if (!item.ok) {
      failed += 1;
      io.stderr(text.fileFailed(item.file, item.message));
      continue;
    }
    errors += item.report.counts.error;
    panel.push(...panelRows(item.report));
  }
  if (failed === files.length) return (io.stderr(text.noReadableInput), EXIT.cannotRun);
  if (format === ".xlsx") await writeNewFile(out, await xlsxBytes(panel, summary), text);
  else {
    const filesPath = out.replace(/\.csv$/i, "-files.csv");
    await writeNewFile(out, toCsv([[...PANEL_COLUMNS], ...panel]), text);
    await writeNewFile(filesPath, toCsv([[...FILE_COLUMNS], ...summary]), text);
  }
  io.stderr(text.wrote(out, panel.length));
  return errors > 0 || failed > 0 ? EXIT.errorsFound : EXIT.ok;
}
