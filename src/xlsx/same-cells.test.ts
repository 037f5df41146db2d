import { fakeExcel } from "../excel/fake-excel.fixture";
import { createExcelWorkbookPort } from "../excel/excel-workbook-port";
import type { FakeSheet } from "../excel/fake-workbook.fixture";
import { cell, parseRange, planTemplate, TEMPLATE_SHEETS } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { cellsOf } from "./exceljs-style";
import { templateXlsxBuffer } from "./write-template";
import { readFileModel } from "./xlsx-read-model.fixture";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

/**
 * One plan, two appliers: the pane's Insert (src/excel against its fake Excel) and the file writer must put the
 * same cells, number formats, validation and conditional formats on every sheet. The file is read back from its
 * bytes, so this checks what the .xlsx holds, not what the writer meant.
 */

const argb = (colour: unknown) => `FF${String(colour).replace("#", "").toUpperCase()}`;
const bare = (formula: unknown) => String(formula).replace(/^=/, "");

function paneModel(sheet: FakeSheet) {
  const contents = new Map<string, unknown>();
  const numberFormats = new Map<string, string>();
  for (const [key, c] of sheet.cells) {
    const [row, column] = key.split(",").map(Number);
    const address = cell(column, row);
    const content = c.formula ?? c.value;
    if (content !== "" && content !== null && content !== undefined) contents.set(address, content);
    if (c.numberFormat !== undefined) numberFormats.set(address, c.numberFormat);
  }
  const validations = new Map<string, unknown[]>();
  for (const v of sheet.validations) {
    const rule = v.rule as {
      custom?: { formula: string };
      list?: { source: string };
      wholeNumber?: { formula1: number; formula2: number };
    };
    const operands = rule.custom
      ? ["custom", bare(rule.custom.formula)]
      : rule.list
        ? ["list", bare(rule.list.source)]
        : ["whole", rule.wholeNumber?.formula1, rule.wholeNumber?.formula2];
    const prompt = v.prompt as { title: string; message: string };
    const alert = v.errorAlert as { title: string; message: string; style: string };
    for (const address of cellsOf(v.address)) {
      validations.set(address, [
        ...operands,
        prompt.title,
        prompt.message,
        alert.title,
        alert.message,
        alert.style.toLowerCase(),
      ]);
    }
  }
  const conditionalFormats = sheet.conditionalFormats.map((c) => [
    c.address,
    bare(c.custom.rule.formula),
    argb(c.custom.format.fill.color),
    argb(c.custom.format.font.color),
  ]);
  return { contents, numberFormats, validations, conditionalFormats };
}

describe.each<TemplateOptions>([
  { city: "Bizerte", reportingYear: 2024, scope: "all", lang: "fr" },
  { city: "Ålesund", reportingYear: null, scope: "core", lang: "ru" },
])("the pane's Insert and the file writer, $lang $scope", (options) => {
  let pane: ReturnType<typeof fakeExcel>["book"];
  let file: Awaited<ReturnType<typeof readFileModel>>;
  beforeAll(async () => {
    const fake = fakeExcel();
    const result = await createExcelWorkbookPort(fake.host).insertTemplate(options);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    pane = fake.book;
    file = await readFileModel(await templateXlsxBuffer(options));
  });

  it("have the same sheets in the same order", () => {
    expect([...file.keys()]).toEqual(pane.sheets.map((s) => s.name));
    expect([...file.keys()]).toEqual([...TEMPLATE_SHEETS]);
  });

  it.each([...TEMPLATE_SHEETS])("write the same values and formulas on %s", (name) => {
    const expected = paneModel(pane.must(name)).contents;
    expect(expected.size).toBeGreaterThan(10);
    expect(Object.fromEntries(file.get(name)?.contents ?? [])).toEqual(
      Object.fromEntries(expected)
    );
  });

  it.each([...TEMPLATE_SHEETS])("set the same number formats on %s", (name) => {
    const expected = paneModel(pane.must(name)).numberFormats;
    const written = file.get(name)?.numberFormats ?? new Map<string, string>();
    expect(expected.size).toBeGreaterThan(0);
    const mismatches = [...expected].filter(([address, format]) => written.get(address) !== format);
    expect(mismatches).toEqual([]);
    // …and the file sets no other format than General where the pane set none.
    const extra = [...written].filter(([a, f]) => !expected.has(a) && f !== "General");
    expect(extra).toEqual([]);
  });

  it.each([...TEMPLATE_SHEETS])("set the same data validation, cell by cell, on %s", (name) => {
    const expected = paneModel(pane.must(name)).validations;
    expect(Object.fromEntries(file.get(name)?.validations ?? [])).toEqual(
      Object.fromEntries(expected)
    );
  });

  it.each([...TEMPLATE_SHEETS])("add the same expression rules on %s", (name) => {
    const expected = paneModel(pane.must(name)).conditionalFormats;
    const written = (file.get(name)?.conditionalFormats ?? []).filter((c) => c.length === 4);
    expect(written).toEqual(expected);
  });

  it("make the same table, with header cells equal to its column names, and freeze the same rows and columns", () => {
    const data = file.get(TEMPLATE_SHEETS[0]);
    const [table] = pane.tables;
    expect(data?.tables.map((t) => [t.name, t.ref])).toEqual([[table.name, table.address]]);
    const { firstColumn, firstRow } = parseRange(table.address);
    const header = data?.tables[0].columns.map((_, i) =>
      data.contents.get(cell(firstColumn + i, firstRow))
    );
    expect(data?.tables[0].columns).toEqual(header);
    const paneData = pane.must(TEMPLATE_SHEETS[0]);
    expect([data?.frozenRows, data?.frozenColumns]).toEqual([
      paneData.frozenRows,
      paneData.frozenColumns,
    ]);
    expect(paneData.frozenColumns).toBeGreaterThan(0);
  });

  it("show the chart's scores as data bars where the pane draws a chart (exceljs writes no charts)", () => {
    const summary = planTemplate(options).sheets[1];
    const chart = pane.must(summary.name).charts;
    expect(chart).toHaveLength(1);
    const { firstColumn, firstRow, rowCount, columnCount } = parseRange(chart[0].source);
    const scores = `${cell(firstColumn + columnCount - 1, firstRow + 1)}:${cell(firstColumn + columnCount - 1, firstRow + rowCount - 1)}`;
    expect(file.get(summary.name)?.conditionalFormats).toContainEqual([scores, "dataBar"]);
  });
});
