import ExcelJS from "exceljs";
import { findItem } from "../domain/catalog";
import { area as a1, columnLetter } from "../domain/template";
import { argb } from "../xlsx/exceljs-style";
import { scoreDataBar } from "../xlsx/sheet-rules";
import type { ComparisonTable } from "./compare-table";
import type { CliStrings } from "./messages";

const OUTLIER_FILL = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb("#FFC7CE") },
} as const;

function sheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  fixed: number
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name.slice(0, 31), {
    views: [{ state: "frozen", xSplit: fixed, ySplit: 1 }],
  });
  const row = ws.addRow(header);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "top" };
  return ws;
}

/**
 * The comparison as a workbook: an areas sheet (each Summary area; per city its score — or, below the coverage
 * minimum, the words "insufficient data: n of N items", never 0 —, n/N and rank; data bars on the scores, since
 * exceljs writes no charts) and an items sheet (per city the value as typed, the score and the robust z-score, an
 * outlier's cells filled red).
 *
 * @example await compareWorkbook(table, text).xlsx.writeFile("comparison.xlsx")
 */
export function compareWorkbook(table: ComparisonTable, text: CliStrings): ExcelJS.Workbook {
  const L = text.compareLabels;
  const workbook = new ExcelJS.Workbook();
  const areas = sheet(
    workbook,
    L.area,
    [
      L.area,
      "",
      ...table.cities.flatMap((c) => [
        `${c}: ${L.score}`,
        `${c}: ${L.coverage}`,
        `${c}: ${L.rank}`,
      ]),
    ],
    2
  );
  for (const line of table.areas) {
    areas.addRow([
      line.area.area,
      line.area.code,
      ...line.cells.flatMap(({ area, rank }) => [
        area.score ?? area.reason,
        area.n === null ? null : `${area.n}/${area.N}`,
        rank,
      ]),
    ]);
  }
  table.cities.forEach((_, i) => {
    const column = 3 + i * 3;
    areas.getColumn(column).numFmt = "0.0";
    areas.addConditionalFormatting({
      ref: a1(column, 2, column, table.areas.length + 1),
      rules: [scoreDataBar(i + 1)],
    });
  });
  areas.getColumn(1).width = 36;

  const items = sheet(
    workbook,
    L.kpi,
    [
      L.item,
      L.kpi,
      L.unit,
      ...table.cities.flatMap((c) => [`${c}: ${L.value}`, `${c}: ${L.score}`, `${c}: z`]),
    ],
    3
  );
  for (const line of table.items) {
    const item = findItem(line.id);
    const row = items.addRow([
      line.id,
      item ? `${item.name}${item.pointName ? ` — ${item.pointName}` : ""}` : "",
      item?.unit ?? "",
      ...line.cells.flatMap((c) => [
        c.typed ?? null,
        c.score,
        c.z === null ? null : Number(c.z.toFixed(2)),
      ]),
    ]);
    line.cells.forEach((c, i) => {
      if (!c.outlier) return;
      for (const offset of [0, 2]) row.getCell(4 + i * 3 + offset).fill = OUTLIER_FILL;
      row.getCell(4 + i * 3 + 2).note = `${L.outlier}: |z| > threshold`;
    });
  }
  table.cities.forEach((_, i) => (items.getColumn(5 + i * 3).numFmt = "0.0"));
  items.getColumn(2).width = 40;
  items.autoFilter = `A1:${columnLetter(3 + table.cities.length * 3)}1`;
  return workbook;
}
