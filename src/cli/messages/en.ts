import type { CliStrings } from "./types";

const s = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const EN: CliStrings = {
  usage: `kpi4ssc — U4SSC KPI template workbooks from the command line

Usage: kpi4ssc <command> [options]

Commands:
  template   write the template workbook (one file, or one per city of a CSV)
  check      check returned workbooks: every flag with its cell, then the area scores with n/N
  merge      one tidy long table (CSV or xlsx) of every city × item
  compare    a comparison workbook: cities as columns, scores, ranks, outliers
  update     bring workbooks to the current catalog and template, keeping every input

Options for every command: --lang en|fr|ru (else LC_ALL / LANG), --help
Exit codes: 0 no errors found, 1 errors found, 2 could not run.`,
  help: {
    template: `Usage: kpi4ssc template --out FILE.xlsx [--lang en|fr|ru] [--core] [--city NAME] [--year YYYY]
       kpi4ssc template --out DIR --cities cities.csv [--lang] [--core] [--year YYYY]

Writes the KPI template workbook (KPI Data, KPI Summary, KPI Lists). --core: the 67 core items only.
cities.csv (UTF-8, comma or semicolon): columns city, country, reporting year (or year), language (or lang);
one workbook per row, named after the city. --year and --lang are the defaults for rows that leave them blank.
An existing file is never overwritten.`,
    check: `Usage: kpi4ssc check FILE… [--json | --csv] [--reporting-year YYYY] [--lang en|fr|ru]

Reads returned template workbooks (any label language, moved columns, a renamed sheet, text values, files saved by
Excel, LibreOffice or Google Sheets) and reports every flag with its cell, item id, code, severity and message,
then the dimension and sub-dimension scores with n/N. --reporting-year is used when a Summary has no year.
--json: {"files":[{file, city, reportingYear, counts, issues, areas, …}]}; --csv: one row per flag.
A file that cannot be read gets one line and the run goes on. Exit 1 when any file has an error or cannot be read.`,
    merge: `Usage: kpi4ssc merge FILE… --out panel.csv|panel.xlsx [--reporting-year YYYY]

One tidy long table, one row per city × item: city, country, reporting year, id, KPI, data point, unit, value as
typed, value as read, year, data quality, source, notes, target, target basis, flags, score, points; and a
per-file summary (a second sheet in xlsx, panel-files.csv beside a CSV). CSV is UTF-8 with a byte-order mark.`,
    compare: `Usage: kpi4ssc compare FILE… --out comparison.xlsx [--outlier-z Z] [--reporting-year YYYY]

Cities as columns: every item's value and score, every area's score with n/N (insufficient coverage shown as such,
never as 0), the rank among the cities that have a score, and outliers per item across cities (robust z-score from
the median and MAD, flagged above 3.5 by default).`,
    update: `Usage: kpi4ssc update FILE… (--in-place | --out DIR) [--lang en|fr|ru]

Brings workbooks to the current catalog and template: reference columns, formulas, rules and missing items, never
an input cell. Reports what changed. With --out DIR the original files are left as they are.`,
  },
  unknownCommand: (command) => `Unknown command "${command}". Run kpi4ssc --help.`,
  badArguments: (detail, command) => `${detail}. Run kpi4ssc ${command} --help.`,
  badLang: (value) => `--lang must be en, fr or ru, not "${value}".`,
  badYear: (value) => `A year is a whole number from 1990 to 2100, not "${value}".`,
  badNumber: (option, value) => `${option} must be a positive number, not "${value}".`,
  needOut: "--out is required.",
  needFiles: "Name at least one workbook.",
  outConflict: "Use either --in-place or --out DIR.",
  outExists: (path) => `${path} exists: not overwritten. Choose another name or remove it.`,
  cannotWrite: (path, detail) => `Could not write ${path}: ${detail}`,
  cannotRead: (path, detail) => `Could not read ${path}: ${detail}`,
  wroteFiles: (folder, files) => `Wrote ${s(files, "workbook")} in ${folder}.`,
  wrote: (path, rows) => `Wrote ${path} (${s(rows, "row")}).`,
  citiesProblem: (file, line, problem) => `${file}, line ${line}: ${problem}`,
  citiesMissingColumn: (column) => `no "${column}" column`,
  citiesEmpty: "no city in the file",
  progress: (index, total, file) => `[${index}/${total}] ${file}`,
  readFailure: {
    NOT_FOUND: "cannot be read (no such file?)",
    EMPTY: "is empty (0 bytes)",
    NOT_ZIP: "is not an .xlsx workbook (not a zip archive: CSV, PDF or text?)",
    ENCRYPTED:
      "is password-protected: open it, remove the password (File → Info → Protect Workbook), save, retry",
    LEGACY: "is an old binary file (.xls): open it and save it as .xlsx",
    NOT_XLSX: "is a zip archive but not an .xlsx workbook (an .ods? save it as .xlsx)",
    CORRUPT: "is damaged and cannot be opened as .xlsx",
    ZIP64:
      "is in the ZIP64 format (over 4 GB or 65,535 parts), which no KPI template needs: save it again from Excel",
    NOT_TEMPLATE: "is not a KPI template (no sheet with the Id and Value headers)",
    DAMAGED:
      "has the template's sheet, but no header row with both the Id and the Value column (deleted?)",
  },
  fileFailed: (file, reason) => `${file}: ${reason}`,
  fileHeading: (file, city, year, c) =>
    `${file} — ${city || "(no city)"}, ${year ?? "(no reporting year)"}: ${s(c.error, "error")}, ${s(c.warning, "warning")}, ${s(c.note, "note")}`,
  structure: (problem) => `  template: ${problem}`,
  renamedSheet: (sheet, expected) => `the data sheet is named "${sheet}", not "${expected}"`,
  formulaInputs: (count, first) =>
    `${s(count, "input cell")} hold a formula (first: ${first}); read as its result`,
  uncomputedInputs: (count, first) =>
    `${s(count, "formula")} in input cells were never computed (first: ${first}): open and save the file in a spreadsheet`,
  areasHeading: "  scores (U4SSC method, n/N):",
  noScore: (reason) => `— (${reason})`,
  totals: (files, failed, c) =>
    `${s(files, "file")} checked, ${failed} unreadable: ${s(c.error, "error")}, ${s(c.warning, "warning")}, ${s(c.note, "note")}.`,
  noReadableInput: "No readable workbook.",
  compareSheet: "Comparison",
  compareLabels: {
    item: "Id",
    kpi: "KPI",
    unit: "Unit",
    value: "value",
    score: "score",
    area: "Area",
    rank: "rank",
    outlier: "outlier",
    coverage: "n/N",
  },
  insufficient: (n, N) => `insufficient data (${n}/${N})`,
  updated: (file, rows, kept, appended) =>
    `${file}: updated, ${s(rows, "row")}, ${s(kept, "input cell")} kept, ${s(appended, "item")} appended.`,
  updateRefused: (file, reason) => `${file}: not updated: ${reason}`,
  updateTooLarge: (mib, limit) =>
    `TOO_LARGE: ${mib} MiB unpacked, over the ${limit} MiB update reads (it loads whole workbooks); move the extra sheets to another file, update, then copy them back. check, merge and compare read files of any size.`,
};
