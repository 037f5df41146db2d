import { severityLabel } from "../domain/messages";
import type { Lang } from "../domain/workbook/workbook-port";
import type { CliStrings } from "./messages";
import { csvField } from "./csv";
import type { FileReport, ReportedIssue } from "./file-report";
import type { BatchItem } from "./read-batch";

/**
 * One file of `check --json`: the issue's shape ({file, city, reportingYear, counts, issues, areas}) plus the data
 * sheet's name and the template's shape problems.
 */
export function fileJson(item: BatchItem): object {
  if (!item.ok) return { file: item.file, error: { code: item.code, message: item.message } };
  const r = item.report;
  return {
    file: r.file,
    city: r.city,
    reportingYear: r.reportingYear,
    sheet: r.sheet,
    counts: r.counts,
    structure: r.structure,
    issues: r.issues.map(({ cell, id, code, severity, message }) => ({
      cell,
      id,
      code,
      severity,
      message,
    })),
    areas: r.areas.map(({ area, code, level, score, band, n, N, failure, reason }) => ({
      area,
      code,
      level,
      score,
      band,
      n,
      N,
      failure,
      reason,
    })),
  };
}

export const CSV_HEADER = [
  "file",
  "city",
  "reportingYear",
  "cell",
  "id",
  "code",
  "severity",
  "message",
];

/** `check --csv` rows of one file: one per issue; an unreadable file is one row with code READ_FAILED. */
export function fileCsvRows(item: BatchItem): string[] {
  const line = (fields: (string | number | null)[]) => fields.map(csvField).join(",");
  if (!item.ok)
    return [line([item.file, "", "", "", "", `READ_FAILED:${item.code}`, "error", item.message])];
  const r = item.report;
  return r.issues.map((i) =>
    line([r.file, r.city, r.reportingYear, i.cell, i.id, i.code, i.severity, i.message])
  );
}

const fixed = (score: number) => score.toFixed(1);

/** The plain-text report of one file: heading, shape problems, every issue, then dimension and sub-dimension scores. */
export function fileText(report: FileReport, text: CliStrings, lang: Lang): string[] {
  const label = (severity: ReportedIssue["severity"]) =>
    severityLabel(severity === "note" ? "info" : severity, lang);
  const labelWidth = Math.max(
    ...(["error", "warning", "note"] as const).map((s) => label(s).length)
  );
  const width = Math.max(0, ...report.issues.map((i) => (i.cell ?? "").length));
  const issues = report.issues.map(
    (i) =>
      `  ${label(i.severity).padEnd(labelWidth)} ${(i.cell ?? "").padEnd(width)}  ${i.code.padEnd(14)} ${i.message}`
  );
  const areas = report.areas
    .filter((a) => a.level !== "category")
    .map((a) => {
      const name = `${a.level === "subdimension" ? "  " : ""}${a.area}`.padEnd(40);
      const value =
        a.score === null ? text.noScore(a.reason ?? "") : `${fixed(a.score)}  (${a.n}/${a.N})`;
      return `    ${name} ${value}`;
    });
  return [
    text.fileHeading(report.file, report.city, report.reportingYear, report.counts),
    ...report.structure.map(text.structure),
    ...issues,
    text.areasHeading,
    ...areas,
  ];
}
