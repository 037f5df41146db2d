import type { AreaLevel } from "../domain/catalog";
import { formatMessage } from "../domain/messages";
import { DEFAULT_MIN_COVERAGE, scoreArea, scoreItem } from "../domain/scoring";
import type { Points } from "../domain/scoring";
import { areaArgument, DATA_SHEET, summaryAreas } from "../domain/template";
import { validateRows } from "../domain/validation";
import type { Issue } from "../domain/validation";
import type { Lang, SheetRow } from "../domain/workbook/workbook-port";
import { issueCellAddress } from "../taskpane/issue-address";
import { issueText } from "../taskpane/issue-text";
import type { TemplateFileRead } from "../xlsx/read-template-file";
import type { CliStrings, Counts } from "./messages";

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

/** One area of the Summary (3 dimensions, 7 sub-dimensions, 27 categories) as the Summary's formulas score it. */
export interface ReportedArea {
  readonly area: string;
  readonly code: string;
  readonly level: AreaLevel;
  /** 0–100, or null when the area has no score (then `reason` says why). */
  readonly score: number | null;
  readonly band: Points | null;
  readonly n: number | null;
  readonly N: number | null;
  /** Why there is no score (INSUFFICIENT_COVERAGE, NO_SCORABLE_ITEMS, DUPLICATE…), null when scored. */
  readonly failure: string | null;
  readonly reason: string | null;
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

/** The Summary's areas with their area arguments, worked out once (they depend on the catalog only). */
const SUMMARY_AREAS = summaryAreas().map((node) => [node, areaArgument(node)] as const);

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
 * Every Summary area scored from the rows exactly as the pane's "scores at a glance" and the Summary's formulas
 * do: the same area argument and the same value, id and target columns, U4SSC method, minimum coverage 2/3.
 *
 * @example reportAreas(snapshot.rows, "en")[0] // { area: "Economy", level: "dimension", score: …, n, N }
 */
export function reportAreas(rows: readonly SheetRow[], lang: Lang): ReportedArea[] {
  const columns = {
    values: rows.map((r) => r.value),
    ids: rows.map((r) => r.id),
    targets: rows.map((r) => r.target),
  };
  return SUMMARY_AREAS.map(([node, area]) => {
    const result = scoreArea({
      area,
      ...columns,
      method: "u4ssc",
      minCoverage: DEFAULT_MIN_COVERAGE,
    });
    const base = { area: node.name, code: node.code, level: node.level };
    if (result.ok)
      return {
        ...base,
        score: result.value.score,
        band: result.value.band,
        n: result.value.n,
        N: result.value.N,
        failure: null,
        reason: null,
      };
    const { code, params } = result.failure;
    const counted = code === "INSUFFICIENT_COVERAGE";
    const [n, N] = counted ? [Number(params.scored), Number(params.eligible)] : [null, null];
    return {
      ...base,
      score: null,
      band: null,
      n,
      N,
      failure: code,
      reason: formatMessage(code, params, lang),
    };
  });
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
  const issues = validateRows(snapshot.rows, { reportingYear }).map((i) =>
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
  const scores = snapshot.rows.map((row) => {
    const result = scoreItem({ id: row.id, value: row.value, target: row.target });
    return result.ok ? { score: result.value.score, points: result.value.points } : null;
  });
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
