/**
 * `kpi4ssc update` and the translation columns AI–AJ of French and Russian templates (docs/data-safety.md, "What
 * Update does"): rewritten where their headers stand, never added to a workbook without them.
 */
import ExcelJS from "exceljs";
import { ITEMS, localizedItemText } from "../domain/catalog";
import { DATA_SHEET, DATA_TABLE } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { updateWorkbookBytes } from "./update-workbook";
import { templateXlsxBuffer } from "./write-template";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

const options = (
  lang: TemplateOptions["lang"],
  scope: TemplateOptions["scope"]
): TemplateOptions => ({
  city: "",
  reportingYear: 2024,
  scope,
  lang,
});

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A template file with `edit` applied to its data sheet, as bytes. */
async function edited(
  start: TemplateOptions,
  edit: (sheet: ExcelJS.Worksheet) => void
): Promise<Buffer> {
  const workbook = await load(await templateXlsxBuffer(start));
  edit(workbook.getWorksheet(DATA_SHEET) as ExcelJS.Worksheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function updated(bytes: Buffer, lang: TemplateOptions["lang"]): Promise<ExcelJS.Worksheet> {
  const result = await updateWorkbookBytes(bytes, options(lang, "all"));
  if (!result.ok) throw new Error(`update refused: ${result.code} ${result.detail}`);
  return (await load(result.bytes)).getWorksheet(DATA_SHEET) as ExcelJS.Worksheet;
}

const tableRef = (sheet: ExcelJS.Worksheet) =>
  (sheet.getTable(DATA_TABLE) as unknown as { table?: { tableRef?: string } } | undefined)?.table
    ?.tableRef;

const firstAdvanced = ITEMS.findIndex((item) => item.type === "advanced");
const CORE_ROWS = ITEMS.filter((item) => item.type === "core").length;

it("rewrites AI–AJ of a French file where their headers stand, and fills them for the rows it adds", async () => {
  const bytes = await edited(options("fr", "core"), (sheet) => {
    sheet.getCell("AI5").value = "an old translation";
  });
  const sheet = await updated(bytes, "fr");
  expect(sheet.getCell("AI5").value).toBe(localizedItemText(ITEMS[0], "fr").displayName);
  const added = 5 + CORE_ROWS;
  expect([sheet.getCell(`A${added}`).value, sheet.getCell(`AJ${added}`).value]).toEqual([
    ITEMS[firstAdvanced].id,
    localizedItemText(ITEMS[firstAdvanced], "fr").unit,
  ]);
  expect(tableRef(sheet)).toBe(`A4:AJ${4 + ITEMS.length}`);
});

it("never adds them to a workbook made without them: a user's cell in AI stays, the table stays A4:AH", async () => {
  const bytes = await edited(options("en", "core"), (sheet) => {
    sheet.getCell("AI5").value = "our own note";
  });
  const sheet = await updated(bytes, "ru");
  expect(sheet.getCell("K4").value).toBe("Значение");
  expect([sheet.getCell("AI4").value, sheet.getCell("AI5").value]).toEqual([null, "our own note"]);
  expect(sheet.getCell(`AJ${5 + CORE_ROWS}`).value).toBeNull();
  expect(tableRef(sheet)).toBe(`A4:AH${4 + ITEMS.length}`);
});
