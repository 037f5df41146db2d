import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { filledWorkbook, KARMOY, karmoyInputs } from "../cli/testing/city-workbooks.fixture";
import type { Typed } from "../cli/testing/city-workbooks.fixture";
import { tempDir } from "../cli/testing/run-cli.fixture";
import {
  readTemplateBytes,
  readTemplateBytesWithExcelJS,
  readTemplateFile,
} from "./read-template-file";
import { MAX_WHOLE_PART } from "./zip-entries";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

/**
 * The streaming reader (check, merge, compare) against exceljs's whole-workbook load (the reader it replaced):
 * the same snapshot, formula cells, uncomputed formulas and notes, cell for cell, on every kind of cell value.
 */

const OPTIONS = KARMOY;

/** Every kind of value exceljs writes, in the Value, Year, Quality, Target, Source and Notes columns. */
const HOSTILE: Typed = [
  ["K5", { error: "#DIV/0!" } as ExcelJS.CellErrorValue],
  ["K6", true],
  ["K7", false],
  ["K11", { formula: "2+2" }],
  ["K12", { richText: [{ text: "12" }, { font: { bold: true }, text: ".5 %" }] }],
  ["K13", new Date(Date.UTC(2021, 5, 30, 12))],
  ["K14", "  42 "],
  ["K15", { text: "see link", hyperlink: "https://example.org" }],
  ["K16", { formula: "NA()", result: { error: "#N/A" } }],
  ["K17", "<&>\"'"],
  ["K18", 0.125],
  ["L5", { formula: "2000+21", result: 2021 }],
  ["L6", "2019"],
  ["N7", 1e-9],
  ["O5", "Statistics Norway & <partners>"],
  ["P5", { richText: [{ text: "line 1\n" }, { text: "line 2" }] }],
];

async function same(bytes: Buffer) {
  const [streamed, loaded] = await Promise.all([
    readTemplateBytes(bytes),
    readTemplateBytesWithExcelJS(bytes),
  ]);
  expect(streamed).toEqual(loaded);
  return streamed;
}

/** The workbook's parts rewritten by `edit` (what another program might have written). */
async function rewritten(bytes: Buffer, edit: (name: string, xml: string) => string) {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml")))
    zip.file(name, edit(name, await (zip.file(name) as JSZip.JSZipObject).async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("the streaming reader reads what exceljs reads", () => {
  it("on a filled template", async () => {
    const read = await same(await filledWorkbook(OPTIONS, karmoyInputs()));
    expect(read.ok && read.value.snapshot.rows.length).toBeGreaterThan(90);
  });

  it("on errors, booleans, formula results, rich text, dates, hyperlinks and escaped text", async () => {
    const read = await same(
      await filledWorkbook(OPTIONS, HOSTILE, (workbook) => {
        const data = workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet;
        data.getCell("K13").numFmt = "yyyy-mm-dd";
        data.getCell("K18").numFmt = "0.0%";
      })
    );
    if (!read.ok) throw new Error(read.code);
    const value = (row: number) => read.value.snapshot.rows[row - 5].value;
    expect([5, 6, 7, 11, 12, 16].map(value)).toEqual([
      "#DIV/0!",
      true,
      false,
      "",
      "12.5 %",
      "#N/A",
    ]);
    expect(value(13)).toBeCloseTo(44377.5, 6);
    expect(read.value.uncomputedInputs).toEqual(["'KPI Data'!K11"]);
  });

  it("on a renamed data sheet (found by its table) and a Summary without city", async () => {
    await same(
      await filledWorkbook(OPTIONS, karmoyInputs(), (workbook) => {
        (workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet).name = "Data 2021";
        (workbook.getWorksheet("KPI Summary") as ExcelJS.Worksheet).getCell("B2").value = null;
      })
    );
  });

  it("on a renamed data sheet without the table (found by its header row)", async () => {
    const bytes = await filledWorkbook(OPTIONS, karmoyInputs(), (workbook) => {
      const data = workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet;
      data.name = "Données";
      data.removeTable("KpiData");
    });
    const read = await same(bytes);
    expect(read.ok && read.value.sheet).toBe("Données");
  });

  it("on inline strings and the 1904 date system; and prefixed element names, which exceljs cannot read", async () => {
    const bytes = await filledWorkbook(OPTIONS, HOSTILE, (workbook) => {
      (workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet).getCell("K13").numFmt = "d-mmm-yy";
    });
    const strings: string[] = [];
    const edited = await rewritten(bytes, (name, xml) => {
      if (name === "xl/sharedStrings.xml") {
        for (const [, inner] of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) strings.push(inner);
        return xml;
      }
      if (name === "xl/workbook.xml")
        return xml.replace(/<workbookPr([^>]*?)\/>/, '<workbookPr$1 date1904="1"/>');
      return xml;
    });
    // Second pass: the data sheet's shared strings become inline strings.
    const inline = await rewritten(edited, (name, xml) =>
      name === "xl/worksheets/sheet1.xml"
        ? xml.replace(
            /<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="s"><v>([0-9]+)<\/v><\/c>/g,
            (_, r: string, s: string | undefined, i: string) =>
              `<c r="${r}"${s ?? ""} t="inlineStr"><is>${strings[Number(i)]}</is></c>`
          )
        : xml
    );
    expect(inline.toString("latin1")).not.toBe(edited.toString("latin1"));
    const read = await same(inline);
    expect(read.ok && read.value.snapshot.rows.length).toBeGreaterThan(90);
    const prefixed = await rewritten(inline, (name, xml) =>
      name === "xl/worksheets/sheet1.xml"
        ? xml
            .replace(/<(\/?)(sheetData|row|c|v|f|is|t|r)([\s>/])/g, "<$1x:$2$3")
            .replace(
              "<worksheet ",
              '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            )
        : xml
    );
    expect(await readTemplateBytes(prefixed)).toEqual(read);
  });

  it("reads formulas saved with the result 0, empty text or FALSE as those results (exceljs drops them)", async () => {
    const bytes = await filledWorkbook(OPTIONS, [
      ["K8", { formula: "1-1", result: 0 }],
      ["K9", { formula: 'IF(1,"","x")', result: "" }],
      ["K10", { formula: "1>2", result: false }],
      ["K11", { formula: "2+2" }],
    ]);
    const [streamed, loaded] = await Promise.all([
      readTemplateBytes(bytes),
      readTemplateBytesWithExcelJS(bytes),
    ]);
    if (!streamed.ok || !loaded.ok) throw new Error("not read");
    const values = (rows: typeof streamed.value.snapshot.rows) =>
      [8, 9, 10, 11].map((row) => rows[row - 5].value);
    expect(values(streamed.value.snapshot.rows)).toEqual([0, "", false, ""]);
    expect(streamed.value.uncomputedInputs).toEqual(["'KPI Data'!K11"]);
    // exceljs 4.4 keeps only truthy results (doc/cell.js, FormulaValue._copyModel): all four look uncomputed.
    expect(loaded.value.uncomputedInputs).toHaveLength(4);
  });
});

describe("the streaming reader on files", () => {
  it("refuses a ZIP64 archive with its own code", async () => {
    const bytes = await filledWorkbook(OPTIONS, []);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const zip64 = Buffer.from(bytes);
    zip64.writeUInt32LE(0xffffffff, end + 16); // the directory's offset lives in the ZIP64 record
    const read = await readTemplateBytes(zip64);
    expect(read.ok ? "ok" : read.code).toBe("ZIP64");
  });

  it("refuses a part that unpacks to more than a template part may (a zip bomb) as damaged, naming it", async () => {
    const bytes = Buffer.from(await filledWorkbook(OPTIONS, []));
    const name = Buffer.from("xl/workbook.xml");
    // The central directory's header of xl/workbook.xml: its unpacked size is at +24, its name at +46.
    let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (at >= 0 && !bytes.subarray(at + 46, at + 46 + name.length).equals(name))
      at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
    expect(at).toBeGreaterThan(0);
    bytes.writeUInt32LE(MAX_WHOLE_PART + 1, at + 24);
    const read = await readTemplateBytes(bytes);
    expect(read.ok ? "ok" : [read.code, read.detail]).toEqual([
      "CORRUPT",
      expect.stringContaining("xl/workbook.xml unpacks to"),
    ]);
  });

  it("closes every file it opens, read or refused", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "good.xlsx"), await filledWorkbook(OPTIONS, karmoyInputs()));
    writeFileSync(join(dir, "bad.xlsx"), Buffer.from("PK\u0003\u0004garbage"));
    writeFileSync(join(dir, "empty.xlsx"), Buffer.alloc(0));
    const open = () => readdirSync("/proc/self/fd").length;
    const before = open();
    for (let i = 0; i < 20; i += 1)
      for (const name of ["good.xlsx", "bad.xlsx", "empty.xlsx", "missing.xlsx"])
        await readTemplateFile(join(dir, name));
    expect(open()).toBe(before);
  });
});
