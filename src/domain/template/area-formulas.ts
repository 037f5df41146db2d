import { itemById, resolveArea } from "../catalog";
import type { AreaNode } from "../catalog";
import { MESSAGE_TABLES } from "../messages";
import { BAND_CUTOFFS } from "../scoring/bands";
import type { Lang } from "../workbook/workbook-port";
import { columnLetter, qualified } from "./a1";
import { quote } from "./formulas";
import { DATA_SHEET, dataColumn } from "./layout";
import type { DataColumnKey } from "./layout";
import { areaArgument } from "./summary-areas";

/**
 * A whole data column ('KPI Data'!$T:$T): area formulas follow the table wherever its rows go (sorted, filtered,
 * appended), and only catalog rows count, because only they carry the hierarchy names and the formula columns.
 * SUMIFS and COUNTIFS count hidden rows too, so a filter changes no score.
 */
const whole = (key: DataColumnKey) => {
  const letters = columnLetter(dataColumn(key));
  return qualified(DATA_SHEET, `$${letters}:$${letters}`);
};

/** The SUMIFS / COUNTIFS criteria that select an area node's rows: its dimension, sub-dimension, category names. */
export function areaCriteria(node: AreaNode): string {
  const sample = itemById(node.itemIds[0]);
  const levels: [DataColumnKey, string][] = [["dimension", sample.dimension]];
  if (node.level !== "dimension") levels.push(["subdimension", sample.subdimension]);
  if (node.level === "category") levels.push(["category", sample.category]);
  return levels.map(([key, name]) => `${whole(key)},${quote(name)}`).join(",");
}

/** A message of src/domain/messages as a formula, its placeholders filled by formula expressions. */
function messageFormula(message: string, values: Readonly<Record<string, string>>): string {
  return message
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? values[name] : quote(part);
    })
    .join("&");
}

/** Cells of one Summary area row, by role: score D, band E, coverage F, n G, N H (row `row`). */
export interface AreaRowFormulas {
  readonly score: string;
  readonly band: string;
  readonly coverage: string;
  readonly scored: string;
  readonly eligible: string;
}

/**
 * The minimum coverage is written 2/3 (DEFAULT_MIN_COVERAGE), not as 15 rounded digits, with scoreArea's 1e-9 tolerance.
 * The area formulas of one Summary row, as scoreArea and areaCoverage compute them with the U4SSC method and the
 * default minimum coverage 2/3 (docs/scoring.md §5): n counts rows with Points, N rows that count in N; the
 * score is #N/A below the minimum coverage (a chart skips #N/A, it would plot text as 0) and the band cell says
 * why, with the words of src/domain/messages.
 *
 * @example areaRowFormulas(economyNode, 7, "en").scored starts "=COUNTIFS('KPI Data'!$B:$B,\"Economy\","
 */
export function areaRowFormulas(node: AreaNode, row: number, lang: Lang): AreaRowFormulas {
  const criteria = areaCriteria(node);
  const [d, g, h] = ["D", "G", "H"].map((column) => `${column}${row}`);
  const table = MESSAGE_TABLES[lang];
  const [low, mid, high] = BAND_CUTOFFS;
  const band = `IF(${d}/100>=${high},4,IF(${d}/100>=${mid},3,IF(${d}/100>=${low},2,1)))`;
  const label = resolveArea(areaArgument(node))?.label ?? node.name;
  const noItems = messageFormula(table.messages.NO_SCORABLE_ITEMS, { area: quote(label) });
  const insufficient = messageFormula(table.messages.INSUFFICIENT_COVERAGE, {
    scored: g,
    eligible: h,
  });
  return {
    score:
      `=IF(${h}=0,NA(),IF(${g}/${h}+1E-9<2/3,NA(),IF(${g}=0,NA(),` +
      `SUMIFS(${whole("points")},${criteria})/(4*${g})*100)))`,
    band:
      `=IF(${h}=0,${noItems},IF(ISNUMBER(${d}),` +
      `CHOOSE(${band},${table.areaBands.map(quote).join(",")}),${insufficient}))`,
    coverage: `=IF(${h}=0,"",${g}/${h})`,
    scored: `=COUNTIFS(${criteria},${whole("points")},">=1")`,
    eligible: `=SUMIFS(${whole("eligible")},${criteria})`,
  };
}
