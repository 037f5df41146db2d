import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice, findSoffice } from "../../xlsx/libreoffice.fixture";
import { interpretEntry } from "../workbook/cell-content";
import { SimWorkbook } from "../workbook/workbook";
import { previewWorkbookToExcelJs } from "./workbook-to-xlsx";

/** A small workbook with what the template uses: constants, formulas over whole columns, formats, rules, a table. */
function sample(): SimWorkbook {
  const workbook = new SimWorkbook();
  const data = workbook.addSheet("KPI Data");
  const put = (row: number, col: number, entry: string | number) =>
    workbook.writeContent(data, row, col, interpretEntry(entry, "General").content);
  put(0, 0, "Item");
  put(0, 1, "Value");
  put(1, 0, "a");
  put(1, 1, 40);
  put(2, 0, "b");
  put(2, 1, 60);
  put(3, 0, "c");
  put(3, 1, "#N/A");
  put(0, 3, '=SUMIFS($B:$B,$A:$A,"<>c")');
  put(1, 3, "=1/0");
  data.updateCell(1, 1, {
    numberFormat: "0.0",
    format: { bold: true, fill: "#FFC7CE", fontColor: "#9C0006", wrap: true },
    validation: {
      criterion: { type: "wholeNumber", operator: "Between", formula1: 0, formula2: 100 },
      rowOffset: 0,
      colOffset: 0,
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "Value", message: "0 to 100" },
      errorAlert: { showAlert: true, style: "Stop", title: "Out of range", message: "0 to 100" },
    },
  });
  data.updateCell(2, 1, {
    validation: {
      criterion: { type: "custom", formula: "=ISNUMBER(B2)" },
      rowOffset: 1,
      colOffset: 0,
      ignoreBlanks: true,
    },
  });
  data.updateCell(4, 0, {
    validation: {
      criterion: { type: "list", source: "Yes,No", inCellDropDown: true },
      rowOffset: 0,
      colOffset: 0,
      ignoreBlanks: true,
    },
  });
  data.columnWidths.set(0, 70);
  data.frozenRows = 1;
  data.frozenColumns = 2;
  data.conditionalFormats.push({
    id: 1,
    area: { top: 1, left: 1, bottom: 3, right: 1 },
    formula: "=ISBLANK(B2)",
    fill: "#FFEB9C",
  });
  workbook.tables.push({
    name: "KpiData",
    sheetId: data.id,
    area: { top: 0, left: 0, bottom: 3, right: 1 },
    style: "TableStyleLight9",
  });
  workbook.commit();
  return workbook;
}

async function roundTrip(workbook: SimWorkbook): Promise<ExcelJS.Workbook> {
  const bytes = await previewWorkbookToExcelJs(workbook).xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  return back;
}

describe("previewWorkbookToExcelJs", () => {
  it("writes the preview's cells, formulas with their results, formats and rules into the file", async () => {
    const file = await roundTrip(sample());
    expect(file.worksheets.map((s) => s.name)).toEqual(["Sheet1", "KPI Data"]);
    const sheet = file.getWorksheet("KPI Data")!;
    expect(sheet.getCell("B2").value).toBe(40);
    expect(sheet.getCell("B4").value).toEqual({ error: "#N/A" });
    expect(sheet.getCell("D1").value).toEqual({
      formula: 'SUMIFS($B:$B,$A:$A,"<>c")',
      result: 100,
    });
    expect(sheet.getCell("D2").value).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
    expect(sheet.getCell("B2").numFmt).toBe("0.0");
    expect(sheet.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FF9C0006" } });
    expect(sheet.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("B2").dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [0, 100],
      promptTitle: "Value",
      errorStyle: "stop",
      error: "0 to 100",
    });
    // The rule was written for B2 and this cell is one row down: its formula moves as Excel stores it.
    expect(sheet.getCell("B3").dataValidation).toMatchObject({
      type: "custom",
      formulae: ["ISNUMBER(B3)"],
    });
    expect(sheet.getCell("A5").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Yes,No"'],
    });
    expect(sheet.getColumn(1).width).toBeCloseTo(13.33, 2);
    expect(sheet.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 2,
      ySplit: 1,
      topLeftCell: "C2",
    });
  });

  it("gives a file LibreOffice Calc opens and saves again with the same values and results", async () => {
    const soffice = findSoffice();
    if (!soffice) return;
    const bytes = await previewWorkbookToExcelJs(sample()).xlsx.writeBuffer();
    const dir = mkdtempSync(join(tmpdir(), "kpi4ssc-preview-export-"));
    const path = join(dir, "preview.xlsx");
    writeFileSync(path, Buffer.from(bytes));
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(
      readFileSync(convertWithLibreOffice(soffice, path)) as unknown as ArrayBuffer
    );
    const sheet = again.getWorksheet("KPI Data")!;
    expect(sheet.getCell("B3").value).toBe(60);
    expect((sheet.getCell("D1").value as ExcelJS.CellFormulaValue).result).toBe(100);
  }, 120_000);
});
