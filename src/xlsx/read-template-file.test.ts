import ExcelJS from "exceljs";
import JSZip from "jszip";
import { filledWorkbook, KARMOY, karmoyInputs } from "../cli/testing/city-workbooks.fixture";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { readTemplateBytes } from "./read-template-file";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

const OPTIONS = KARMOY;

/** A Compound File (MS-CFB) header and one directory sector naming the streams of an encrypted package. */
function encryptedContainer(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512);
  ["Root Entry", "EncryptionInfo", "EncryptedPackage"].forEach((name, i) => {
    directory.write(name, i * 128, "utf16le");
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 64);
  });
  return Buffer.concat([header, directory]);
}

describe("readTemplateBytes on hostile files", () => {
  it.each([
    ["an empty file", Buffer.alloc(0), "EMPTY"],
    ["a CSV", Buffer.from("city,value\nKarmøy,97\n"), "NOT_ZIP"],
    ["a password-protected workbook", encryptedContainer(), "ENCRYPTED"],
    ["an Excel 97-2003 file", encryptedContainer().fill(0, 512), "LEGACY"],
    ["a truncated xlsx", Buffer.from("PK\u0003\u0004garbage"), "NOT_XLSX"],
  ])("refuses %s with one code", async (_, bytes, code) => {
    const read = await readTemplateBytes(bytes);
    expect(read.ok ? "ok" : read.code).toBe(code);
  });

  it("refuses a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "hello");
    const read = await readTemplateBytes(await zip.generateAsync({ type: "nodebuffer" }));
    expect(read.ok ? "ok" : read.code).toBe("NOT_XLSX");
  });

  it("refuses a workbook without the template", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Budget").getCell("A1").value = "Total";
    const read = await readTemplateBytes(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.ok ? "ok" : read.code).toBe("NOT_TEMPLATE");
  });

  it("says the template is damaged when its Value column was deleted", async () => {
    const bytes = await filledWorkbook(OPTIONS, karmoyInputs(), (workbook) =>
      workbook.getWorksheet("KPI Data")?.spliceColumns(11, 1)
    );
    const read = await readTemplateBytes(bytes);
    expect(read.ok ? "ok" : read.code).toBe("DAMAGED");
  });
});

describe("readTemplateBytes on returned templates", () => {
  it("reads the values typed, the Summary's city and year", async () => {
    const read = await readTemplateBytes(await filledWorkbook(OPTIONS, karmoyInputs()));
    if (!read.ok) throw new Error(read.code);
    expect(read.value.snapshot.city).toBe("Karmøy, Norway");
    expect(read.value.snapshot.reportingYear).toBe(2021);
    expect(read.value.snapshot.rows[0]).toMatchObject({ id: "EC: ICT: ICT: 1C", value: 97 });
    expect(read.value.snapshot.structureProblems).toEqual([]);
  });

  it("reads a French template, a renamed sheet and moved columns by their headers", async () => {
    const fr: TemplateOptions = { ...OPTIONS, lang: "fr" };
    const bytes = await filledWorkbook(
      fr,
      [
        ["K5", "97,5"],
        ["O5", "enquête"],
      ],
      (workbook) => {
        const data = workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet;
        data.name = "Données 2021";
        for (let row = 4; row <= 116; row++) {
          const [k, o] = [data.getCell(row, 11).value, data.getCell(row, 15).value];
          data.getCell(row, 11).value = o;
          data.getCell(row, 15).value = k;
        }
      }
    );
    const read = await readTemplateBytes(bytes);
    if (!read.ok) throw new Error(read.code);
    expect(read.value.sheet).toBe("Données 2021");
    expect(read.value.snapshot.rows[0].value).toBe("97,5");
    expect(read.value.snapshot.rows[0].address.value).toBe("'Données 2021'!O5");
    expect(read.value.notes[0].notes).toBe("enquête");
    expect(read.value.snapshot.structureProblems.join(" ")).toMatch(/Valeur/);
  });

  it("reads a formula in a value cell as its result, and names formulas nothing has computed", async () => {
    const bytes = await filledWorkbook(OPTIONS, [
      ["K5", { formula: "90+7", result: 97 }],
      ["K6", { formula: "K5*2" }],
    ]);
    const read = await readTemplateBytes(bytes);
    if (!read.ok) throw new Error(read.code);
    expect(read.value.snapshot.rows[0].value).toBe(97);
    expect(read.value.formulaInputs).toEqual(["'KPI Data'!K5", "'KPI Data'!K6"]);
    expect(read.value.uncomputedInputs).toEqual(["'KPI Data'!K6"]);
  });

  it("reads error cells as Excel's values give them to the pane", async () => {
    const read = await readTemplateBytes(
      await filledWorkbook(OPTIONS, [["K5", { error: "#DIV/0!" }]])
    );
    expect(read.ok && read.value.snapshot.rows[0].value).toBe("#DIV/0!");
  });
});
