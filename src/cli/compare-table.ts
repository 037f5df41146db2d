import { findItem, ITEMS } from "../domain/catalog";
import { readItemValue } from "../domain/scoring";
import type { RawCell } from "../domain/workbook/workbook-port";
import type { FileReport, ReportedArea } from "./file-report";
import { ranks, robustZ } from "./robust-z";

/** One city's cell of an item line. */
export interface ItemCell {
  readonly typed: RawCell;
  /** The value as the domain reads it (null when missing or invalid). */
  readonly read: number | null;
  readonly score: number | null;
  /** Robust z-score across the cities that have a value; null when there is no spread or too few cities. */
  readonly z: number | null;
  readonly outlier: boolean;
}

export interface ItemLine {
  readonly id: string;
  readonly cells: readonly ItemCell[];
}

export interface AreaLine {
  readonly area: ReportedArea;
  /** Per city: the report's area (score, n/N, failure) and its rank among the cities that have a score. */
  readonly cells: readonly { readonly area: ReportedArea; readonly rank: number | null }[];
}

export interface ComparisonTable {
  readonly cities: readonly string[];
  readonly items: readonly ItemLine[];
  readonly areas: readonly AreaLine[];
}

/** What compare keeps of one report (the rows and issues are dropped as soon as the file is read). */
export interface CityColumn {
  readonly city: string;
  readonly items: ReadonlyMap<string, Omit<ItemCell, "z" | "outlier">>;
  readonly areas: readonly ReportedArea[];
}

/**
 * One city's column: every catalog item's value as typed and as read, and its score, keyed by canonical id (a row
 * whose id is unknown or duplicated keeps its first occurrence: the check already flags it).
 *
 * @example cityColumn(report).items.get("EC: ICT: ICT: 1C")?.score
 */
export function cityColumn(report: FileReport): CityColumn {
  const items = new Map<string, Omit<ItemCell, "z" | "outlier">>();
  report.rows.forEach((row, i) => {
    const item = findItem(String(row.id ?? ""));
    if (!item || items.has(item.id)) return;
    const read = readItemValue(item, row.value ?? null);
    items.set(item.id, {
      typed: row.value ?? null,
      read: typeof read === "number" ? read : null,
      score: report.scores[i]?.score ?? null,
    });
  });
  return { city: report.city || report.file, items, areas: report.areas };
}

/**
 * Cities as columns: each item in catalog order (those some city holds) with its values, scores and robust z-score
 * outliers (|z| > `outlierZ`), and each Summary area with each city's score, n/N and rank.
 *
 * @example compareTable([cityColumn(a), cityColumn(b), cityColumn(c)], 3.5).areas[0].cells[0].rank
 */
export function compareTable(columns: readonly CityColumn[], outlierZ: number): ComparisonTable {
  const ids = ITEMS.map((item) => item.id).filter((id) => columns.some((c) => c.items.has(id)));
  const items = ids.map((id) => {
    const cells = columns.map((c) => c.items.get(id) ?? { typed: null, read: null, score: null });
    const present = cells.flatMap((cell, i) => (cell.read === null ? [] : [i]));
    const z = robustZ(present.map((i) => cells[i].read as number));
    const zOf = new Map(present.map((cityIndex, k) => [cityIndex, z[k]]));
    return {
      id,
      cells: cells.map((cell, i) => {
        const score = zOf.get(i) ?? null;
        return { ...cell, z: score, outlier: score !== null && Math.abs(score) > outlierZ };
      }),
    };
  });
  const areas = (columns[0]?.areas ?? []).map((area, a) => {
    const perCity = columns.map((c) => c.areas[a]);
    const rank = ranks(perCity.map((x) => x.score));
    return { area, cells: perCity.map((x, i) => ({ area: x, rank: rank[i] })) };
  });
  return { cities: columns.map((c) => c.city), items, areas };
}
