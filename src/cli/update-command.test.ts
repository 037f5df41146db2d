import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { largeWorkbook } from "../xlsx/large-workbook.fixture";
import { readTemplateBytes } from "../xlsx/read-template-file";
import { filledWorkbook } from "./testing/city-workbooks.fixture";
import { runCli, tempDir } from "./testing/run-cli.fixture";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

const TYPED = [
  ["K5", 93],
  ["L5", 2021],
  ["M5", "Personal estimation"],
  ["N5", "Statistics Norway"],
  ["O5", "survey"],
  ["P5", 95],
  ["K7", "12.67 Minutes"],
] as const;

describe("kpi4ssc update", () => {
  it("grows a core template to every item, keeping every input cell, into --out DIR", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "bergen.xlsx"),
      await filledWorkbook(
        { city: "Bergen", reportingYear: 2024, scope: "core", lang: "en" },
        TYPED
      )
    );
    const result = await runCli(["update", "bergen.xlsx", "--out", "updated", "--lang", "fr"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/45 items appended|45 éléments ajoutés/);
    const read = await readTemplateBytes(readFileSync(join(dir, "updated", "bergen.xlsx")));
    if (!read.ok) throw new Error(read.code);
    expect(read.value.snapshot.rows).toHaveLength(112);
    expect(read.value.snapshot.rows[0]).toMatchObject({
      value: 93,
      year: 2021,
      quality: "Personal estimation",
      target: 95,
    });
    expect(read.value.notes[0]).toEqual({ source: "Statistics Norway", notes: "survey" });
    expect(read.value.snapshot.rows[2].value).toBe("12.67 Minutes");
    expect(read.value.snapshot.city).toBe("Bergen");
    expect(read.value.snapshot.structureProblems).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      readFileSync(join(dir, "updated", "bergen.xlsx")) as unknown as ArrayBuffer
    );
    const data = workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet;
    expect(data.getCell("K4").value).toBe("Valeur");
    expect(
      (data.getTable("KpiData") as unknown as { table: { tableRef: string } }).table.tableRef
    ).toBe("A4:AH116");
  });

  it("refuses a template whose columns were moved, and leaves the file as it was", async () => {
    const dir = tempDir();
    const bytes = await filledWorkbook(
      { city: "Bergen", reportingYear: 2024, scope: "all", lang: "en" },
      TYPED,
      (wb) => {
        const data = wb.getWorksheet("KPI Data") as ExcelJS.Worksheet;
        [data.getCell("K4").value, data.getCell("O4").value] = [
          data.getCell("O4").value,
          data.getCell("K4").value,
        ];
      }
    );
    writeFileSync(join(dir, "moved.xlsx"), bytes);
    const result = await runCli(["update", "moved.xlsx", "--in-place"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/DAMAGED/);
    expect(readFileSync(join(dir, "moved.xlsx"))).toEqual(bytes);
  });

  it.each([
    ["en_GB", /TOO_LARGE: \d+ MiB unpacked, over the 16 MiB update reads/],
    ["fr_FR", /TOO_LARGE : \d+ Mio décompressés, au-delà des 16 Mio/],
    ["ru_RU", /TOO_LARGE: \d+ МиБ в распакованном виде, больше 16 МиБ/],
  ])(
    "refuses a workbook over 16 MiB unpacked with one clear line (%s), and leaves it as it was",
    async (lang, line) => {
      const dir = tempDir();
      const template = await filledWorkbook(
        { city: "Bergen", reportingYear: 2024, scope: "core", lang: "en" },
        TYPED
      );
      const bytes = await largeWorkbook(template, 60_000);
      writeFileSync(join(dir, "big.xlsx"), bytes);
      const result = await runCli(["update", "big.xlsx", "--in-place"], dir, {
        LANG: `${lang}.UTF-8`,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(line);
      expect(result.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
      expect(readFileSync(join(dir, "big.xlsx")).equals(bytes)).toBe(true);
    }
  );

  it("needs exactly one of --in-place and --out", async () => {
    expect((await runCli(["update", "a.xlsx"], tempDir())).code).toBe(2);
    expect((await runCli(["update", "a.xlsx", "--in-place", "--out", "x"], tempDir())).code).toBe(
      2
    );
  });
});
