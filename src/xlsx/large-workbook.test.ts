import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filledWorkbook, KARMOY, karmoyInputs } from "../cli/testing/city-workbooks.fixture";
import { runCli, tempDir } from "../cli/testing/run-cli.fixture";
import { largeWorkbook } from "./large-workbook.fixture";
import { readTemplateBytes, readTemplateFile } from "./read-template-file";
import { ZipArchive } from "./zip-entries";

// Making the 50 MB file takes most of this test's time (about 20 s in all on the shared 2-core machine); reading it, 0.2 s.
jest.setTimeout(120_000);

/**
 * A 50 MB workbook (issue 11, "a 50 MB workbook"): the template's sheets and a 400,000-row sheet of raw data. `check`
 * reads the template from it as from the small file, and never unpacks the big sheet.
 */

const OPTIONS = KARMOY;
const ROWS = 400_000;

let dir: string;
let template: Buffer;
beforeAll(async () => {
  dir = tempDir();
  template = await filledWorkbook(OPTIONS, karmoyInputs());
  writeFileSync(join(dir, "karmoy-large.xlsx"), await largeWorkbook(template, ROWS));
});

describe("a 50 MB workbook", () => {
  it("is at least 48 MB on disk", () => {
    expect(statSync(join(dir, "karmoy-large.xlsx")).size).toBeGreaterThan(48 * 1024 * 1024);
  });

  it("reads as the template alone, without unpacking the big sheet", async () => {
    const text = jest.spyOn(ZipArchive.prototype, "text");
    const stream = jest.spyOn(ZipArchive.prototype, "stream");
    try {
      const read = await readTemplateFile(join(dir, "karmoy-large.xlsx"));
      expect(read).toEqual(await readTemplateBytes(template));
      const parts = [...text.mock.calls, ...stream.mock.calls].map(([name]) => name);
      expect(parts).toContain("xl/worksheets/sheet1.xml");
      expect(parts).not.toContain("xl/worksheets/raw-data.xml");
    } finally {
      text.mockRestore();
      stream.mockRestore();
    }
  });

  it("is checked by kpi4ssc check like any other file", async () => {
    const result = await runCli(["check", "karmoy-large.xlsx"], dir);
    expect(result.stderr).toMatch(/^1 file checked, 0 unreadable: 0 errors/);
    expect(result.stdout).toMatch(/Karmøy/);
    expect(result.code).toBe(0);
  });
});
