/**
 * The .xlsx writer speaks the template's label language (docs/template.md, "Label language"): a French or Russian
 * file read back holds no English outside U4SSC's official-English cells, and carries the translation columns AI–AJ
 * inside its table (the English file does not).
 */
import ExcelJS from "exceljs";
import { strayEnglish } from "../../test/label-language/english-words.cjs";
import { DATA_SHEET, DATA_TABLE } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { fileCell } from "./raw-cell";
import type { SheetDataValidations } from "./sheet-rules";
import { templateXlsxBuffer } from "./write-template";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

const options = (lang: TemplateOptions["lang"]): TemplateOptions => ({
  city: "",
  reportingYear: 2024,
  scope: "all",
  lang,
});

async function reread(lang: TemplateOptions["lang"]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateXlsxBuffer(options(lang))) as unknown as ArrayBuffer);
  return workbook;
}

/** Every text of the file: constant cells, validation prompts and errors, table column names. */
function texts(workbook: ExcelJS.Workbook): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const read = fileCell(c.value);
        if (read.formula === null && typeof read.value === "string")
          out.push([sheet.name, c.address, read.value]);
      })
    );
    const rules = (sheet as unknown as SheetDataValidations).dataValidations.model;
    for (const [address, rule] of Object.entries(rules)) {
      if (!rule) continue;
      const words = [rule.promptTitle, rule.prompt, rule.errorTitle, rule.error].join(" ");
      out.push([sheet.name, `${address} (validation)`, words]);
    }
  }
  return out;
}

const tableRef = (workbook: ExcelJS.Workbook) =>
  (
    workbook.getWorksheet(DATA_SHEET)?.getTable(DATA_TABLE) as unknown as
      { table?: { tableRef?: string } } | undefined
  )?.table?.tableRef;

describe.each(["fr", "ru"] as const)("a %s template file", (lang) => {
  it("holds no English word outside the official-English cells", async () => {
    const workbook = await reread(lang);
    const all = texts(workbook);
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter(([, address]) => address.endsWith("(validation)")).length).toBeGreaterThan(
      10
    );
    expect(strayEnglish(all, lang).slice(0, 20)).toEqual([]);
  });

  it("has the translation columns AI–AJ inside its table", async () => {
    const workbook = await reread(lang);
    expect(tableRef(workbook)).toBe("A4:AJ116");
    const data = workbook.getWorksheet(DATA_SHEET) as ExcelJS.Worksheet;
    expect(String(data.getCell("AI4").value)).toMatch(
      /\(traduction non officielle\)|\(неофициальный перевод\)/
    );
    expect(data.getCell("AI5").value).not.toBe(data.getCell("E5").value);
  });
});

it("an English template file has no translation columns (A4:AH)", async () => {
  const workbook = await reread("en");
  expect(tableRef(workbook)).toBe("A4:AH116");
  expect(workbook.getWorksheet(DATA_SHEET)?.getCell("AI4").value ?? null).toBeNull();
});
