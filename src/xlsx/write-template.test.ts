import ExcelJS from "exceljs";
import JSZip from "jszip";
import { COLOURS, DATA_COLUMNS, DATA_SHEET, columnLetter, planTemplate } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { argb, columnWidthInCharacters } from "./exceljs-style";
import { templateXlsxBuffer, writeTemplateWorkbook } from "./write-template";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

const OPTIONS: TemplateOptions = { city: "Bizerte", reportingYear: 2024, scope: "all", lang: "fr" };

async function reread(options: TemplateOptions = OPTIONS): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateXlsxBuffer(options)) as unknown as ArrayBuffer);
  return workbook;
}

describe("columnWidthInCharacters", () => {
  it("turns points into the file's digit widths (7 px Calibri digits at 96 dpi), truncated to 1/256", () => {
    expect(columnWidthInCharacters(52.5)).toBe(10); // 70 px
    expect(columnWidthInCharacters(70)).toBe(Math.trunc((93.333 / 7) * 256) / 256);
    expect(columnWidthInCharacters(0)).toBe(0);
  });
});

describe("argb", () => {
  it("makes #RRGGBB opaque ARGB and refuses anything else", () => {
    expect(argb("#ffc7ce")).toBe("FFFFC7CE");
    expect(() => argb("red")).toThrow(/not a #RRGGBB/);
  });
});

describe("writeTemplateWorkbook", () => {
  it("asks Excel and LibreOffice to compute every formula when the file opens", async () => {
    expect(writeTemplateWorkbook(planTemplate(OPTIONS)).calcProperties.fullCalcOnLoad).toBe(true);
    const bytes = await templateXlsxBuffer(OPTIONS);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    // exceljs does not read calcPr back: look at the workbook part itself (jszip is exceljs's own zip library).
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("stores formulas without the leading '=' and constants as typed", async () => {
    const sheet = (await reread()).getWorksheet(DATA_SHEET) as ExcelJS.Worksheet;
    const status = sheet.getCell("R5").value as ExcelJS.CellFormulaValue;
    expect(status.formula.startsWith("=")).toBe(false);
    expect(status.formula.length).toBeGreaterThan(10);
    expect(sheet.getCell("K4").value).toBe("Valeur");
  });

  it("writes every column width of the plan, converted from points", async () => {
    const sheet = (await reread()).getWorksheet(DATA_SHEET) as ExcelJS.Worksheet;
    for (const column of DATA_COLUMNS) {
      expect(sheet.getColumn(columnLetter(column.index)).width).toBeCloseTo(
        columnWidthInCharacters(column.width),
        2
      );
    }
  });

  it("writes the header fills, bold fonts and wrapping of the plan", async () => {
    const sheet = (await reread()).getWorksheet(DATA_SHEET) as ExcelJS.Worksheet;
    const header = sheet.getCell("K4");
    expect(header.font?.bold).toBe(true);
    expect(header.alignment?.wrapText).toBe(true);
    expect(header.fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: argb(COLOURS.inputHeader) },
    });
    expect(sheet.getCell("A4").fill).toMatchObject({
      fgColor: { argb: argb(COLOURS.referenceHeader) },
    });
    expect(sheet.getCell("A1").font?.bold).toBe(true);
  });

  it("writes the Summary's city and year where the data formulas read them", async () => {
    const summary = (await reread()).getWorksheet("KPI Summary") as ExcelJS.Worksheet;
    expect([summary.getCell("B2").value, summary.getCell("B3").value]).toEqual(["Bizerte", 2024]);
  });
});
