import { findItem } from "../domain/catalog";
import { readItemValue } from "../domain/scoring";
import type { RawCell } from "../domain/workbook/workbook-port";
import type { FileReport } from "./file-report";
import type { BatchItem } from "./read-batch";

type Cell = string | number | boolean | null;

/** The columns of the merged panel, in order (docs/cli.md). */
export const PANEL_COLUMNS = [
  "file",
  "city",
  "country",
  "reportingYear",
  "id",
  "kpi",
  "dataPoint",
  "unit",
  "valueTyped",
  "valueRead",
  "year",
  "dataQuality",
  "source",
  "notes",
  "target",
  "targetBasis",
  "flags",
  "score",
  "points",
] as const;

/** The columns of the per-file summary. */
export const FILE_COLUMNS = [
  "file",
  "city",
  "country",
  "reportingYear",
  "status",
  "errors",
  "warnings",
  "notes",
  "items",
  ...["Economy", "Environment", "Society and Culture"].flatMap((d) => [
    `${d} score`,
    `${d} n`,
    `${d} N`,
  ]),
] as const;

/**
 * City and country from the Summary's City cell: `template --cities` writes "City, Country"; the country is the
 * text after the last comma (a city written without one has no country).
 *
 * @example splitCity("Karmøy, Norway") // ["Karmøy", "Norway"]
 */
export function splitCity(label: string): [string, string] {
  const comma = label.lastIndexOf(",");
  return comma < 0 ? [label, ""] : [label.slice(0, comma).trim(), label.slice(comma + 1).trim()];
}

const plain = (cell: RawCell): Cell => (cell === undefined ? null : cell);

/**
 * The panel rows of one file: one per data row with an id, the raw inputs beside what the domain reads from them
 * (the value as a number, or empty when it is not one), the row's flag codes, its score and points.
 *
 * @example panelRows(report)[0] // ["bizerte.xlsx", "Bizerte", "Tunisia", 2024, "EC: ICT: ICT: 1C", …]
 */
export function panelRows(report: FileReport): Cell[][] {
  const [city, country] = splitCity(report.city);
  const flags = new Map<number, string[]>();
  for (const issue of report.issues) {
    if (issue.row !== null) flags.set(issue.row, [...(flags.get(issue.row) ?? []), issue.code]);
  }
  return report.rows.flatMap((row, i) => {
    const item = findItem(String(row.id ?? ""));
    if (row.id === null || row.id === undefined || String(row.id).trim() === "") return [];
    const read = item ? readItemValue(item, row.value ?? null) : null;
    const scored = report.scores[i];
    return [
      [
        report.file,
        city,
        country,
        report.reportingYear,
        item?.id ?? String(row.id),
        item?.name ?? "",
        item?.pointName ?? "",
        item?.unit ?? "",
        plain(row.value),
        typeof read === "number" ? read : null,
        plain(row.year),
        plain(row.quality),
        plain(report.notes[i]?.source),
        plain(report.notes[i]?.notes),
        plain(row.target),
        plain(row.targetBasis),
        [...new Set(flags.get(i) ?? [])].join(" "),
        scored?.score ?? null,
        scored?.points ?? null,
      ],
    ];
  });
}

/** The per-file summary row of one input (an unreadable file has its failure code as status). */
export function fileRow(item: BatchItem): Cell[] {
  if (!item.ok)
    return [item.file, "", "", null, `READ_FAILED:${item.code}`, null, null, null, null];
  const r = item.report;
  const [city, country] = splitCity(r.city);
  const dimensions = r.areas
    .filter((a) => a.level === "dimension")
    .flatMap((a) => [a.score, a.n, a.N]);
  return [
    r.file,
    city,
    country,
    r.reportingYear,
    r.counts.error > 0 ? "errors" : "ok",
    r.counts.error,
    r.counts.warning,
    r.counts.note,
    r.rows.length,
    ...dimensions,
  ];
}
