import type { Points } from "../domain/scoring";
import { DATA_SHEET, scoreTemplateRow } from "../domain/template";
import { validateRows } from "../domain/validation";
import type { Issue } from "../domain/validation";
import type { Lang, SheetRow } from "../domain/workbook/workbook-port";
import { issueCellAddress } from "../taskpane/issue-address";
import { issueText } from "../taskpane/issue-text";
import type { TemplateFileRead } from "../xlsx/read-template-file";
import type { CliStrings, Counts } from "./messages";
import { reportAreas } from "./report-areas";
import type { ReportedArea } from "./report-areas";

export type { ReportedArea } from "./report-areas";
export { reportAreas } from "./report-areas";

/** One issue as the command line reports it (`severity` "note" is the domain's "info", as the README names it). */
export interface ReportedIssue {
  readonly cell: string | null;
  readonly id: string;
  readonly code: string;
  readonly severity: "error" | "warning" | "note";
  readonly message: string;
  /** 0-based index into the file's rows, when the issue is about a row. */
  readonly row: number | null;
}

/** Everything the commands report about one readable file. */
export interface FileReport {
  readonly file: string;
  readonly city: string;
  /** The year the checks used: the Summary's, else `--reporting-year`, else null (as the pane). */
  readonly reportingYear: number | null;
  readonly sheet: string;
  readonly rows: readonly SheetRow[];
  readonly issues: readonly ReportedIssue[];
  readonly counts: Counts;
  readonly areas: readonly ReportedArea[];
  /** Problems with the template's shape and input formulas, worded in the command line's language. */
  readonly structure: readonly string[];
  /** Per row: the indicator score and points the Score and Points columns show, or null. */
  readonly scores: readonly ({ readonly score: number; readonly points: Points } | null)[];
  /** Per row: the Source and Notes cells. */
  readonly notes: TemplateFileRead["notes"];
}

const SEVERITY = { error: "error", warning: "warning", info: "note" } as const;

function reportIssue(issue: Issue, rows: readonly SheetRow[], lang: Lang): ReportedIssue {
  return {
    cell: issueCellAddress(issue, rows) ?? null,
    id: issue.itemId,
    code: issue.code,
    severity: SEVERITY[issue.severity],
    message: issueText(issue, lang),
    row: issue.row ?? null,
  };
}

/**
 * The report of one read workbook: the pane's Check (validateRows on the same rows, with the Summary's year or
 * else `fallbackYear`), every area score, each row's score and points, and the shape problems.
 *
 * @example reportFile("bizerte.xlsx", read, 2024, "fr", text).counts.error
 */
export function reportFile(
  file: string,
  read: TemplateFileRead,
  fallbackYear: number | null,
  lang: Lang,
  text: CliStrings
): FileReport {
  const { snapshot } = read;
  const reportingYear = snapshot.reportingYear ?? fallbackYear;
  const issues = validateRows(snapshot.rows, { reportingYear, cells: "template" }).map((i) =>
    reportIssue(i, snapshot.rows, lang)
  );
  const count = (severity: ReportedIssue["severity"]) =>
    issues.filter((i) => i.severity === severity).length;
  const structure = [
    ...(read.sheet === DATA_SHEET ? [] : [text.renamedSheet(read.sheet, DATA_SHEET)]),
    ...snapshot.structureProblems,
    ...(read.formulaInputs.length > 0
      ? [text.formulaInputs(read.formulaInputs.length, read.formulaInputs[0])]
      : []),
    ...(read.uncomputedInputs.length > 0
      ? [text.uncomputedInputs(read.uncomputedInputs.length, read.uncomputedInputs[0])]
      : []),
  ];
  const scores = snapshot.rows.map((row) => scoreTemplateRow(row));
  return {
    file,
    city: snapshot.city,
    reportingYear,
    sheet: read.sheet,
    rows: snapshot.rows,
    issues,
    counts: { error: count("error"), warning: count("warning"), note: count("note") },
    areas: reportAreas(snapshot.rows, lang),
    structure,
    scores,
    notes: read.notes,
  };
}
