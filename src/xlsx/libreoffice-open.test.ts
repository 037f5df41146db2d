import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_SHEET, DATA_TABLE, SUMMARY_SHEET, TEMPLATE_SHEETS } from "../domain/template";
import { reportFile } from "../cli/file-report";
import { cliText } from "../cli/messages";
import { cityInputs, cityValues, filledWorkbook } from "../cli/testing/city-workbooks.fixture";
import { convertWithLibreOffice, findSoffice } from "./libreoffice.fixture";
import { readTemplateBytes, readTemplateBytesWithExcelJS } from "./read-template-file";
import { templateXlsxBuffer } from "./write-template";
import { readFileModel } from "./xlsx-read-model.fixture";

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;

maybe("LibreOffice Calc opens the written template and saves it again", () => {
  it("keeps the sheets, the table over its header, every validated cell and every conditional format", async () => {
    const bytes = await templateXlsxBuffer({
      city: "Bizerte",
      reportingYear: 2024,
      scope: "all",
      lang: "fr",
    });
    const file = join(mkdtempSync(join(tmpdir(), "kpi4ssc-")), "template.xlsx");
    writeFileSync(file, bytes);
    const saved = convertWithLibreOffice(soffice as string, file);

    const [ours, theirs] = await Promise.all([
      readFileModel(bytes),
      readFileModel(readFileSync(saved)),
    ]);
    expect([...theirs.keys()]).toEqual([...TEMPLATE_SHEETS]);
    const [mine, lo] = [ours.get(DATA_SHEET), theirs.get(DATA_SHEET)];
    expect(lo?.tables.map((t) => [t.name, t.ref, t.columns])).toEqual(
      mine?.tables.map((t) => [t.name, t.ref, t.columns])
    );
    expect([...(lo?.validations.keys() ?? [])].sort()).toEqual(
      [...(mine?.validations.keys() ?? [])].sort()
    );
    expect(lo?.conditionalFormats).toHaveLength(mine?.conditionalFormats.length ?? -1);
    expect(theirs.get(SUMMARY_SHEET)?.conditionalFormats).toContainEqual(["D7:D16", "dataBar"]);
    // Text stays text (ids, SDG targets): LibreOffice would show a number where the file stored one.
    expect(lo?.contents.get("A5")).toBe(mine?.contents.get("A5"));
    expect(lo?.contents.get("A4")).toBe(mine?.tables[0].columns[0]);
    expect(DATA_TABLE).toBe(lo?.tables[0].name);
  }, 180_000);
});

maybe("a workbook saved by LibreOffice Calc", () => {
  it("reads back to the same rows and the same check as the file before", async () => {
    const options = {
      city: "Stavanger, Norway",
      reportingYear: 2021,
      scope: "all",
      lang: "ru",
    } as const;
    const typed = cityInputs(cityValues().get("Stavanger, Norway") ?? [], options, true);
    const bytes = await filledWorkbook(options, [
      ...typed,
      ["K6", { error: "#DIV/0!" }],
      ["L5", 2015],
    ]);
    const file = join(mkdtempSync(join(tmpdir(), "kpi4ssc-")), "stavanger.xlsx");
    writeFileSync(file, bytes);
    const saved = readFileSync(convertWithLibreOffice(soffice as string, file));
    const [before, after] = await Promise.all([readTemplateBytes(bytes), readTemplateBytes(saved)]);
    if (!before.ok || !after.ok) throw new Error("unreadable");
    expect(after.value.snapshot.rows).toEqual(before.value.snapshot.rows);
    const report = (read: typeof before) =>
      read.ok ? reportFile("f", read.value, null, "ru", cliText("ru")).issues : [];
    expect(report(after)).toEqual(report(before));
    expect(report(after).length).toBeGreaterThan(typed.length);
    // The streaming reader reads LibreOffice's file as exceljs does (docs/cli.md, "Reading files").
    expect(after).toEqual(await readTemplateBytesWithExcelJS(saved));
  }, 180_000);
});
