import ExcelJS from "exceljs";
import JSZip from "jszip";
import { filledWorkbook } from "../cli/testing/city-workbooks.fixture";
import { updateWorkbookBytes } from "./update-workbook";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

/**
 * A user widened the template's table (two columns of their own typed right of it, which Excel takes into the
 * table: "Reviewer", "Checked") and chose another table style. `update` grows the table downwards and keeps both.
 */
async function widened(): Promise<Buffer> {
  const bytes = await filledWorkbook(
    { city: "Bergen", reportingYear: 2024, scope: "core", lang: "en" },
    [["K5", 93]]
  );
  const zip = await JSZip.loadAsync(bytes);
  const edit = async (name: string, change: (xml: string) => string) =>
    zip.file(name, change(await (zip.file(name) as JSZip.JSZipObject).async("string")));
  await edit("xl/tables/table1.xml", (xml) =>
    xml
      .replace(/ref="A4:AH(\d+)"/g, 'ref="A4:AJ$1"')
      .replace(/<tableColumns count="34">/, '<tableColumns count="36">')
      .replace(
        "</tableColumns>",
        '<tableColumn id="35" name="Reviewer"/><tableColumn id="36" name="Checked"/></tableColumns>'
      )
      .replace('name="TableStyleLight9"', 'name="TableStyleMedium4"')
  );
  const inline = (address: string, text: string) =>
    `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`;
  await edit("xl/worksheets/sheet1.xml", (xml) =>
    xml
      .replace(
        /(<row r="4"[^>]*>[\s\S]*?)<\/row>/,
        `$1${inline("AI4", "Reviewer")}${inline("AJ4", "Checked")}</row>`
      )
      .replace(/(<row r="5"[^>]*>[\s\S]*?)<\/row>/, `$1${inline("AI5", "Anna")}</row>`)
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

it("update keeps a table the user widened, its columns and its style, and grows it downwards", async () => {
  const before = await widened();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(before as unknown as ArrayBuffer);
  const table = (workbook: ExcelJS.Workbook) =>
    (
      workbook.getWorksheet("KPI Data")?.getTable("KpiData") as unknown as {
        table: { tableRef: string; columns: { name: string }[]; style: { theme: string } };
      }
    ).table;
  expect(table(loaded).tableRef).toBe("A4:AJ71");

  const result = await updateWorkbookBytes(before, {
    city: "",
    reportingYear: null,
    scope: "all",
    lang: "en",
  });
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  expect(result.appended).toBe(45);
  const after = new ExcelJS.Workbook();
  await after.xlsx.load(result.bytes as unknown as ArrayBuffer);
  const grown = table(after);
  expect(grown.tableRef).toBe("A4:AJ116");
  expect(grown.columns.slice(-3).map((c) => c.name)).toEqual([
    "Flags (for Status)",
    "Reviewer",
    "Checked",
  ]);
  expect(grown.style.theme).toBe("TableStyleMedium4");
  const data = after.getWorksheet("KPI Data") as ExcelJS.Worksheet;
  expect([data.getCell("AI4").value, data.getCell("AJ4").value, data.getCell("AI5").value]).toEqual(
    ["Reviewer", "Checked", "Anna"]
  );
  expect(data.getCell("K5").value).toBe(93);
});
