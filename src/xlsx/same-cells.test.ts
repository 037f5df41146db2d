import { createExcelWorkbookPort } from "../excel/excel-workbook-port";
import { cellName, sheetNamed } from "../preview/excel-api/cells.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import { formatArea } from "../preview/workbook/area";
import type { SimSheet } from "../preview/workbook/sheet";
import type { SimWorkbook } from "../preview/workbook/workbook";
import { cell, parseRange, planTemplate, TEMPLATE_SHEETS } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { templateXlsxBuffer } from "./write-template";
import { readFileModel } from "./xlsx-read-model.fixture";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

/**
 * One plan, two appliers: the pane's Insert (src/excel on the preview's simulation of Excel) and the file writer must put the
 * same cells, number formats, validation and conditional formats on every sheet. The file is read back from its
 * bytes, so this checks what the .xlsx holds, not what the writer meant.
 */

const argb = (colour: unknown) => `FF${String(colour).replace("#", "").toUpperCase()}`;
const bare = (formula: unknown) => String(formula).replace(/^=/, "");

/** The cells a sheet holds as the file would: content, number formats other than General, validation, rules. */
function paneModel(sheet: SimSheet) {
  const contents = new Map<string, unknown>();
  const numberFormats = new Map<string, string>();
  const validations = new Map<string, unknown[]>();
  for (const { row, col, cell: c } of sheet.storedCells()) {
    const address = cellName(row, col);
    if (c.content.kind === "formula") contents.set(address, c.content.formula);
    else if (c.content.kind === "value") contents.set(address, c.content.value);
    if (c.numberFormat !== "General") numberFormats.set(address, c.numberFormat);
    const v = c.validation;
    if (!v) continue;
    // Each cell keeps the rule as written for the range's top-left cell, with its offset from it.
    const rule = v.criterion;
    const operands =
      rule.type === "custom"
        ? ["custom", bare(rule.formula)]
        : rule.type === "list"
          ? ["list", bare(rule.source)]
          : rule.type === "wholeNumber"
            ? ["whole", rule.formula1, rule.formula2]
            : [rule.type];
    validations.set(address, [
      ...operands,
      v.prompt?.title,
      v.prompt?.message,
      v.errorAlert?.title,
      v.errorAlert?.message,
      v.errorAlert?.style.toLowerCase(),
    ]);
  }
  // The simulation keeps rules in priority order (the last added first); the file in the order they were added.
  const conditionalFormats = [...sheet.conditionalFormats]
    .reverse()
    .map((c) => [formatArea(c.area), bare(c.formula), argb(c.fill), argb(c.fontColor)]);
  return { contents, numberFormats, validations, conditionalFormats };
}

describe.each<TemplateOptions>([
  { city: "Bizerte", reportingYear: 2024, scope: "all", lang: "fr" },
  { city: "Ålesund", reportingYear: null, scope: "core", lang: "ru" },
])("the pane's Insert and the file writer, $lang $scope", (options) => {
  let pane: SimWorkbook;
  let file: Awaited<ReturnType<typeof readFileModel>>;
  beforeAll(async () => {
    const sim = simulation();
    const result = await createExcelWorkbookPort(sim.host).insertTemplate(options);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    pane = sim.workbook;
    file = await readFileModel(await templateXlsxBuffer(options));
  });

  it("have the same sheets in the same order", () => {
    // The pane inserts into a new workbook, which holds Sheet1 as Excel's new workbooks do.
    expect(["Sheet1", ...file.keys()]).toEqual(pane.sheets.map((s) => s.name));
    expect([...file.keys()]).toEqual([...TEMPLATE_SHEETS]);
  });

  it.each([...TEMPLATE_SHEETS])("write the same values and formulas on %s", (name) => {
    const expected = paneModel(sheetNamed(pane, name)).contents;
    expect(expected.size).toBeGreaterThan(10);
    expect(Object.fromEntries(file.get(name)?.contents ?? [])).toEqual(
      Object.fromEntries(expected)
    );
  });

  it.each([...TEMPLATE_SHEETS])("set the same number formats on %s", (name) => {
    const expected = paneModel(sheetNamed(pane, name)).numberFormats;
    const written = file.get(name)?.numberFormats ?? new Map<string, string>();
    expect(expected.size).toBeGreaterThan(0);
    const mismatches = [...expected].filter(([address, format]) => written.get(address) !== format);
    expect(mismatches).toEqual([]);
    // …and the file sets no other format than General where the pane set none.
    const extra = [...written].filter(([a, f]) => !expected.has(a) && f !== "General");
    expect(extra).toEqual([]);
  });

  it.each([...TEMPLATE_SHEETS])("set the same data validation, cell by cell, on %s", (name) => {
    const expected = paneModel(sheetNamed(pane, name)).validations;
    expect(Object.fromEntries(file.get(name)?.validations ?? [])).toEqual(
      Object.fromEntries(expected)
    );
  });

  it.each([...TEMPLATE_SHEETS])("add the same expression rules on %s", (name) => {
    const expected = paneModel(sheetNamed(pane, name)).conditionalFormats;
    const written = (file.get(name)?.conditionalFormats ?? []).filter((c) => c.length === 4);
    expect(written).toEqual(expected);
  });

  it("make the same table, with header cells equal to its column names, and freeze the same rows and columns", () => {
    const data = file.get(TEMPLATE_SHEETS[0]);
    const [table] = pane.tables;
    const address = formatArea(table.area);
    expect(data?.tables.map((t) => [t.name, t.ref])).toEqual([[table.name, address]]);
    const { firstColumn, firstRow } = parseRange(address);
    const header = data?.tables[0].columns.map((_, i) =>
      data.contents.get(cell(firstColumn + i, firstRow))
    );
    expect(data?.tables[0].columns).toEqual(header);
    const paneData = sheetNamed(pane, TEMPLATE_SHEETS[0]);
    expect([data?.frozenRows, data?.frozenColumns]).toEqual([
      paneData.frozenRows,
      paneData.frozenColumns,
    ]);
    expect(paneData.frozenColumns).toBeGreaterThan(0);
  });

  it("show the chart's scores as data bars where the pane draws a chart (exceljs writes no charts)", () => {
    const summary = planTemplate(options).sheets[1];
    const chart = sheetNamed(pane, summary.name).charts;
    expect(chart).toHaveLength(1);
    const { firstColumn, firstRow, rowCount, columnCount } = parseRange(
      formatArea(chart[0].source)
    );
    const scores = `${cell(firstColumn + columnCount - 1, firstRow + 1)}:${cell(firstColumn + columnCount - 1, firstRow + rowCount - 1)}`;
    expect(file.get(summary.name)?.conditionalFormats).toContainEqual([scores, "dataBar"]);
  });
});
