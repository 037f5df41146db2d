import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { filledWorkbook, KARMOY, karmoyInputs } from "../cli/testing/city-workbooks.fixture";
import { runCli, tempDir } from "../cli/testing/run-cli.fixture";
import { googleSheetsExport } from "./foreign-export.fixture";
import { readTemplateBytes, readTemplateBytesWithExcelJS } from "./read-template-file";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

/** Files from Google Sheets (imitated: see foreign-export.fixture.ts and docs/cli.md, "Files from Google Sheets"). */

const OPTIONS = KARMOY;

let original: Buffer;
let google: Buffer;
beforeAll(async () => {
  original = await filledWorkbook(OPTIONS, [...karmoyInputs(), ["N5", "typed over by the export"]]);
  google = await googleSheetsExport(original);
});

describe("a template downloaded from Google Sheets", () => {
  it("has no table, no extLst and Google's own formula wrapper", async () => {
    const zip = await JSZip.loadAsync(google);
    expect(Object.keys(zip.files).filter((n) => n.includes("tables/"))).toEqual([]);
    const sheet = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
    expect(sheet).not.toMatch(/tableParts|extLst/);
    expect(sheet).toMatch(/__xludf\.DUMMYFUNCTION/);
  });

  it("reads as the template it was, the formula's cached result included", async () => {
    const [before, after] = await Promise.all([
      readTemplateBytes(original),
      readTemplateBytes(google),
    ]);
    if (!before.ok || !after.ok) throw new Error("not read");
    expect(after.value.sheet).toBe("KPI Data");
    expect(after.value.snapshot.rows).toEqual(before.value.snapshot.rows);
    expect(after.value.snapshot.city).toBe(before.value.snapshot.city);
    expect(after.value.notes[0].source).toBe("Statistics Norway");
    expect(after.value.notes.slice(1)).toEqual(before.value.notes.slice(1));
    // The same as exceljs, the reader update keeps, reads from it.
    expect(after).toEqual(await readTemplateBytesWithExcelJS(google));
  });

  it("is checked by kpi4ssc check as the original is", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "excel.xlsx"), original);
    writeFileSync(join(dir, "google.xlsx"), google);
    const [excel, sheets] = [
      await runCli(["check", "excel.xlsx"], dir),
      await runCli(["check", "google.xlsx"], dir),
    ];
    expect(sheets.code).toBe(excel.code);
    expect(sheets.stdout.split("google.xlsx").join("excel.xlsx")).toBe(excel.stdout);
  });
});

describe("a password-protected file among others", () => {
  // Saved by LibreOffice 7.4 with a password (fixtures/make-password-protected.py): ECMA-376 Standard encryption.
  const locked = readFileSync(join(__dirname, "fixtures", "password-protected.xlsx"));

  it("is a Compound File holding EncryptionInfo and EncryptedPackage streams", () => {
    expect(locked.subarray(0, 8).toString("hex")).toBe("d0cf11e0a1b11ae1");
    expect(locked.includes(Buffer.from("EncryptionInfo", "utf16le"))).toBe(true);
    expect(locked.includes(Buffer.from("EncryptedPackage", "utf16le"))).toBe(true);
  });

  it("gets one ENCRYPTED line and check goes on with the other files", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "locked.xlsx"), locked);
    writeFileSync(join(dir, "open.xlsx"), original);
    const result = await runCli(["check", "locked.xlsx", "open.xlsx"], dir);
    const lines = `${result.stdout}\n${result.stderr}`.split("\n");
    expect(lines.filter((l) => /locked\.xlsx/.test(l) && /password/.test(l))).toHaveLength(1);
    expect(result.stdout).toMatch(/open\.xlsx/);
    expect(result.stderr).toMatch(/2 files checked, 1 unreadable/);
  });
});
