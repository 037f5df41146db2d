import ExcelJS from "exceljs";
import { ITEMS } from "../../src/domain/catalog";
import { areaBandLabel, formatMessage } from "../../src/domain/messages";
import { parseYear } from "../../src/domain/parse";
import type { RawCell } from "../../src/domain/parse";
import { areaCoverage, scoreArea } from "../../src/domain/scoring";
import {
  areaArgument,
  rowFlagCodes,
  scoreTemplateRow,
  statusText,
  summaryAreas,
} from "../../src/domain/template";
import { checkTarget, templateCellVerdict, templateReader } from "../../src/domain/validation";
import { columnLetter } from "../../src/domain/template";
import type { KpiRow } from "../../src/domain/validation";
import type { Lang } from "../../src/domain/workbook/workbook-port";
import type { RowInputs } from "./template-inputs.fixture";

/** Test fixture: one workbook of the equivalence test — label language, Summary year cell, inputs per item (null = untouched). */
export interface Case {
  readonly name: string;
  readonly lang: Lang;
  readonly year: number | string | null;
  readonly rows: readonly (RowInputs | null)[];
}

/**
 * First of the columns where the test puts the validation and conditional-format formulas of each row (AN): right
 * of the template's last column, AJ in French and Russian templates (the translation columns AI–AJ).
 */
export const RULE_COLUMN = 40;

const ERRORS = new Set(["NOT_NUMERIC", "CELL_ERROR", "OUT_OF_RANGE"]);

/** What the add-in's reader gets for the rows of a case (the template's prefilled default target where untouched). */
export function kpiRows(c: Case): KpiRow[] {
  return ITEMS.map((item, i) => {
    const row = c.rows[i];
    const prefilled =
      item.defaultTarget && item.direction !== "none" ? item.defaultTarget.target : null;
    const target =
      row?.target === null || row === null || row === undefined ? { raw: prefilled } : row.target;
    return {
      id: item.id,
      value: row?.value.raw ?? null,
      year: row?.year.raw ?? null,
      quality: row?.quality.raw ?? null,
      target: target.raw,
      valuePercent: row?.value.percent ?? false,
      targetPercent: "percent" in target ? (target.percent ?? false) : false,
    };
  });
}

/** The cells src/domain computes for a case: data sheet R/S/T by row, Summary D–H as `S!D7`… ("" = empty). */
export function expectedSheet(c: Case): Map<string, string | number | boolean> {
  const rows = kpiRows(c);
  const reading = parseYear(c.year as RawCell);
  const reportingYear = reading.kind === "number" ? reading.value : null;
  const cells = new Map<string, string | number | boolean>();
  rows.forEach((row, i) => {
    const r = 5 + i;
    const item = ITEMS[i];
    // Validation sees the stored number only (no number format); colours follow the row's checks.
    const typed = templateCellVerdict({ raw: row.value }, item);
    const value = templateCellVerdict({ raw: row.value, percentFormat: row.valuePercent }, item);
    const target = checkTarget(item, row.target ?? null, templateReader(row.targetPercent));
    const rules = [
      typed === "OK" || typed === "MISSING",
      value === "MISSING",
      ERRORS.has(value),
      ["OK", "MISSING"].includes(templateCellVerdict({ raw: row.target ?? null }, item)),
      target.some((issue) => ERRORS.has(issue.code)),
    ];
    rules.forEach((want, j) => cells.set(`${columnLetter(RULE_COLUMN + j)}${r}`, want));
    cells.set(`R${r}`, statusText(rowFlagCodes(row, reportingYear), c.lang));
    const scored = scoreTemplateRow(row);
    cells.set(`S${r}`, scored ? scored.score : "");
    cells.set(`T${r}`, scored ? scored.points : "");
  });
  const input = {
    ids: rows.map((row) => row.id),
    values: rows.map((row) => row.value),
    targets: rows.map((row) => row.target ?? null),
    readers: {
      value: (i: number) => templateReader(rows[i].valuePercent),
      target: (i: number) => templateReader(rows[i].targetPercent),
    },
  };
  summaryAreas().forEach((node, i) => {
    const r = 7 + i;
    const area = { ...input, area: areaArgument(node) };
    const score = scoreArea(area);
    const coverage = areaCoverage(area);
    const [n, N] = coverage.ok ? [coverage.value.n, coverage.value.N] : [0, 0];
    cells.set(`S!D${r}`, score.ok ? score.value.score : "#N/A");
    cells.set(
      `S!E${r}`,
      score.ok
        ? areaBandLabel(score.value.band, c.lang)
        : formatMessage(score.failure.code, score.failure.params, c.lang)
    );
    cells.set(`S!F${r}`, coverage.ok ? coverage.value.coverage : "");
    cells.set(`S!G${r}`, n);
    cells.set(`S!H${r}`, N);
  });
  return cells;
}

/** Test fixture: the computed cells of a recalculated file, its formulas, and formula cells without a result. */
export async function readComputed(bytes: Buffer): Promise<{
  cells: Map<string, string | number | boolean>;
  formulas: string[];
  uncomputed: string[];
  badResults: string[];
}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells = new Map<string, string | number | boolean>();
  const formulas: string[] = [];
  const uncomputed: string[] = [];
  const badResults: string[] = [];
  for (const [sheet, prefix] of [
    ["KPI Data", ""],
    ["KPI Summary", "S!"],
  ] as const) {
    workbook.getWorksheet(sheet)?.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue | null;
        if (!value || typeof value !== "object" || !("formula" in value)) return;
        formulas.push(value.formula);
        // cell.result, not value.result: exceljs leaves a cached 0 out of the value object.
        const result = cell.result as unknown;
        const address = `${prefix}${cell.address}`;
        const column = Number(cell.col);
        // Status is never empty once computed, and the written file held no cached value: proof of a recalculation.
        if (prefix === "" && column === 18 && (result === undefined || result === ""))
          uncomputed.push(address);
        const shown =
          result === undefined || result === null
            ? ""
            : typeof result === "object" && "error" in (result as object)
              ? (result as { error: string }).error
              : (result as string | number | boolean);
        if (typeof shown === "string" && (/^#NAME\?/.test(shown) || /^Err:/.test(shown)))
          badResults.push(`${address} ${shown}`);
        const inputColumn = prefix === "" && column >= 11 && column <= 17;
        const scoreColumn = prefix === "S!" && column === 4;
        if (typeof shown === "string" && shown.startsWith("#") && !inputColumn && !scoreColumn)
          badResults.push(`${address} ${shown}`);
        cells.set(address, shown);
      })
    );
  }
  return { cells, formulas, uncomputed, badResults };
}
