import type { TemplateOptions } from "../workbook/workbook-port";
import { AREA_TREE } from "../catalog";
import type { AreaNode } from "../catalog";
import { area, cell } from "./a1";
import type { TemplateLabels } from "./labels";
import {
  COLOURS,
  SUMMARY_CHART,
  SUMMARY_CITY_CELL,
  SUMMARY_FIRST_ROW,
  SUMMARY_HEADER_ROW,
  SUMMARY_SHEET,
  SUMMARY_YEAR_CELL,
  SUMMARY_YEAR_READ_CELL,
} from "./layout";
import type { CellBlock, SheetPlan } from "./plan-types";
import { summaryAreas } from "./summary-areas";
import { areaRowFormulas } from "./area-formulas";
import { readYear } from "./formulas";

/** What the Summary needs to know about the data sheet. */
export interface SummaryInput {
  readonly options: TemplateOptions;
  readonly labels: TemplateLabels;
  /** Data rows on the data sheet (the ranges the area formulas read). */
  readonly dataRows: number;
  /** Which of the city and year cells to write: both on insert; on Update only a blank one (they are the user's). */
  readonly write: { readonly city: boolean; readonly year: boolean };
}

const inputCell = (address: string, value: string | number): CellBlock => ({
  address,
  role: "input",
  write: "values",
  cells: [[value]],
});

/** The city as a text cell: a leading "=" would make Excel read the name as a formula. */
export function cityText(city: string): string {
  return city.replace(/^[=\s]+/, "").trim();
}

const levelLabel = (node: AreaNode, labels: TemplateLabels) =>
  node.level === "dimension"
    ? labels.levels.dimension
    : node.level === "subdimension"
      ? labels.levels.subdimension
      : labels.levels.category;

const DIMENSION_NAMES = new Set(AREA_TREE.children.map((d) => d.name));

/**
 * The Area cell: the node's official name, with its level where a sub-dimension bears its dimension's name
 * (Environment), so the table and the chart never show two bars of one name.
 *
 * @example areaName(environmentSubdimension, EN_LABELS) === "Environment (Sub-dimension)"
 */
export function areaName(node: AreaNode, labels: TemplateLabels): string {
  return node.level === "subdimension" && DIMENSION_NAMES.has(node.name)
    ? `${node.name} (${labels.levels.subdimension})`
    : node.name;
}

/** Columns of the area table: A level, B code, C area, D score, E band, F coverage, G n, H N. */
const AREA_COLUMNS = 8;

/** Row where the method block starts (after the area rows and one blank row). */
export function methodRow(): number {
  return SUMMARY_FIRST_ROW + summaryAreas().length + 1;
}

/**
 * The Summary sheet: city and reporting year (the cells the data sheet's formulas read), one row per area with its
 * score, band, coverage and n / N as formulas, a bar chart of dimension and sub-dimension scores, and the method.
 * Built-in formulas only (area-formulas.ts): n and N are live, so a target typed on the data sheet changes N at once.
 */
export function planSummarySheet(input: SummaryInput): SheetPlan {
  const { labels, options } = input;
  const areas = summaryAreas();
  const last = SUMMARY_FIRST_ROW + areas.length - 1;
  const headers = labels.summaryHeaders;
  const rowCells = areas.map((node, i) => {
    const f = areaRowFormulas(node, SUMMARY_FIRST_ROW + i, options.lang);
    return {
      reference: [levelLabel(node, labels), node.code, areaName(node, labels)],
      formulas: [f.score, f.band, f.coverage, f.scored, f.eligible],
    };
  });
  const inputs: CellBlock[] = [
    ...(input.write.city ? [inputCell(SUMMARY_CITY_CELL, cityText(options.city))] : []),
    ...(input.write.year ? [inputCell(SUMMARY_YEAR_CELL, options.reportingYear ?? "")] : []),
  ];
  const methodStart = methodRow();
  const charted = areas.filter((node) => node.level !== "category").length;
  const methodLines = [labels.methodTitle, ...labels.methodLines];
  return {
    name: SUMMARY_SHEET,
    blocks: [
      { address: "A1", role: "reference", write: "values", cells: [[labels.summaryTitle]] },
      {
        address: "A2:A3",
        role: "reference",
        write: "values",
        cells: [[labels.city], [labels.reportingYear]],
      },
      ...inputs,
      {
        address: SUMMARY_YEAR_READ_CELL,
        role: "formula",
        write: "formulas",
        cells: [[`=${readYear(SUMMARY_YEAR_CELL)}`]],
      },
      { address: "A4", role: "reference", write: "values", cells: [[labels.summaryIntro]] },
      {
        address: area(1, SUMMARY_HEADER_ROW, AREA_COLUMNS, SUMMARY_HEADER_ROW),
        role: "reference",
        write: "values",
        cells: [
          [
            headers.level,
            headers.code,
            headers.area,
            headers.score,
            headers.band,
            headers.coverage,
            headers.scored,
            headers.eligible,
          ],
        ],
      },
      {
        address: area(1, SUMMARY_FIRST_ROW, 3, last),
        role: "reference",
        write: "values",
        cells: rowCells.map((c) => c.reference),
      },
      {
        address: area(4, SUMMARY_FIRST_ROW, AREA_COLUMNS, last),
        role: "formula",
        write: "formulas",
        cells: rowCells.map((c) => c.formulas),
      },
      {
        address: area(1, methodStart, 1, methodStart + methodLines.length - 1),
        role: "reference",
        write: "values",
        cells: methodLines.map((line) => [line]),
      },
    ],
    formats: [
      { address: "A1", role: "reference", bold: true },
      { address: "A2:A3", role: "reference", bold: true },
      { address: SUMMARY_CITY_CELL, role: "input", numberFormat: "@", fill: COLOURS.inputHeader },
      { address: SUMMARY_YEAR_CELL, role: "input", numberFormat: "0", fill: COLOURS.inputHeader },
      {
        address: area(1, SUMMARY_HEADER_ROW, AREA_COLUMNS, SUMMARY_HEADER_ROW),
        role: "reference",
        bold: true,
        fill: COLOURS.referenceHeader,
        wrap: true,
      },
      { address: area(4, SUMMARY_FIRST_ROW, 4, last), role: "formula", numberFormat: "0.0" },
      { address: area(6, SUMMARY_FIRST_ROW, 6, last), role: "formula", numberFormat: "0%" },
      { address: area(7, SUMMARY_FIRST_ROW, 8, last), role: "formula", numberFormat: "0" },
      { address: cell(1, methodStart), role: "reference", bold: true },
    ],
    columnWidths: [
      { column: "A", width: 90 },
      { column: "B", width: 110 },
      { column: "C", width: 230 },
      { column: "D", width: 55 },
      { column: "E", width: 110 },
      { column: "F", width: 65 },
      { column: "G", width: 65 },
      { column: "H", width: 75 },
    ],
    validationRanges: [],
    validations: [],
    conditionalFormatRanges: [],
    conditionalFormats: [],
    freezeRows: SUMMARY_HEADER_ROW,
    table: null,
    chart: {
      name: SUMMARY_CHART,
      type: "BarClustered",
      title: labels.chartTitle,
      source: area(3, SUMMARY_HEADER_ROW, 4, SUMMARY_FIRST_ROW + charted - 1),
      seriesBy: "Columns",
      position: { start: "J2", end: "R24" },
    },
  };
}
