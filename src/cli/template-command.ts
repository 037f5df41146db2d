import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { itemsInScope } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { templateXlsxBuffer } from "../xlsx/write-template";
import { langOption, parse, yearOption } from "./args";
import { readCitiesCsv } from "./cities-list";
import type { CityRow } from "./cities-list";
import { EXIT, UsageError } from "./context";
import type { CliContext, ExitCode } from "./context";
import { fileSlug, writeNewFile } from "./output-file";

/** The Summary's City cell for a row: "City, Country" when a country is given (merge reads the country back). */
export function cityLabel(row: Pick<CityRow, "city" | "country">): string {
  return row.country === "" ? row.city : `${row.city}, ${row.country}`;
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  );
}

/**
 * `kpi4ssc template`: one workbook (`--out FILE.xlsx`), or one per row of `--cities` into `--out DIR`. Every row
 * of the cities list is checked before anything is written; an existing file is never overwritten.
 *
 * @example await templateCommand(["--out", "t.xlsx", "--lang", "fr", "--city", "Bizerte", "--year", "2024"], context)
 */
export async function templateCommand(
  args: readonly string[],
  context: CliContext
): Promise<ExitCode> {
  const { text, io } = context;
  const { values, positionals } = parse(
    args,
    {
      out: { type: "string" },
      core: { type: "boolean" },
      city: { type: "string" },
      year: { type: "string" },
      cities: { type: "string" },
    },
    "template",
    text
  );
  if (values.help) return (io.stdout(text.help.template), EXIT.ok);
  if (positionals.length > 0)
    throw new UsageError(text.badArguments(`unexpected "${positionals[0]}"`, "template"));
  if (!values.out) throw new UsageError(text.needOut);
  const out = resolve(io.cwd, values.out);
  const scope: TemplateOptions["scope"] = values.core ? "core" : "all";
  const lang = langOption(values.lang, text) ?? context.lang;
  const reportingYear = yearOption(values.year, text) ?? null;

  if (!values.cities) {
    const target = (await isDirectory(out))
      ? join(out, `${fileSlug(values.city || "kpi-template")}.xlsx`)
      : out;
    const options: TemplateOptions = { city: values.city ?? "", reportingYear, scope, lang };
    await writeNewFile(target, await templateXlsxBuffer(options), text);
    io.stderr(text.wrote(target, itemsInScope(scope).length));
    return EXIT.ok;
  }
  const citiesPath = resolve(io.cwd, values.cities);
  const csv = await readFile(citiesPath, "utf8").catch((error: Error) => {
    throw new UsageError(text.cannotRead(citiesPath, error.message));
  });
  const { rows, problems } = readCitiesCsv(csv, values.cities, { reportingYear, lang }, text);
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  const used = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const base = fileSlug(row.city);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    const target = join(out, `${name}.xlsx`);
    io.stderr(text.progress(i + 1, rows.length, target));
    const options: TemplateOptions = {
      city: cityLabel(row),
      reportingYear: row.reportingYear,
      scope,
      lang: row.lang,
    };
    await writeNewFile(target, await templateXlsxBuffer(options), text);
  }
  io.stderr(text.wroteFiles(out, rows.length));
  return EXIT.ok;
}
