import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { readTemplateBytes } from "../xlsx/read-template-file";
import { parseCsv } from "./csv";
import { reportFile } from "./file-report";
import { PANEL_COLUMNS } from "./merge-rows";
import { cliText } from "./messages";
import { cityInputs, cityValues, filledWorkbook } from "./testing/city-workbooks.fixture";
import { runCli, tempDir } from "./testing/run-cli.fixture";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

const dir = tempDir();
const clean: string[] = [];
const OUTLIER = "outlier.xlsx";

beforeAll(async () => {
  let i = 0;
  for (const [city, values] of cityValues()) {
    const options: TemplateOptions = {
      city,
      reportingYear: 2021,
      scope: "all",
      lang: (["en", "fr", "ru"] as const)[i % 3],
    };
    const file = `city-${++i}.xlsx`;
    // Every city also reports Household Internet Access near 95 %, so the item has a spread to judge outliers by.
    const typed = [
      ...cityInputs(values, options, false).filter(([a]) => a !== "K5"),
      ["K5", 93 + i] as const,
    ];
    writeFileSync(join(dir, file), await filledWorkbook(options, typed));
    clean.push(file);
  }
  const hostile: TemplateOptions = {
    city: "Bizerte, Tunisia",
    reportingYear: 2024,
    scope: "all",
    lang: "fr",
  };
  writeFileSync(
    join(dir, OUTLIER),
    await filledWorkbook(hostile, [
      ["K5", 5],
      ["K7", "12.67 Minutes"],
    ])
  );
  writeFileSync(join(dir, "notes.csv"), "city,value\n");
}, 60_000);

describe("kpi4ssc check on a batch", () => {
  it("exits 0 when no file has an error", async () => {
    const result = await runCli(["check", ...clean], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\[4\/4\]/);
  });

  it("exits 1 when a file has an error or cannot be read, giving it one line and going on", async () => {
    const result = await runCli(["check", "notes.csv", OUTLIER, clean[0], "--json"], dir);
    expect(result.code).toBe(1);
    const { files } = JSON.parse(result.stdout);
    expect(files[0]).toEqual({
      file: "notes.csv",
      error: { code: "NOT_ZIP", message: expect.any(String) },
    });
    expect(Object.keys(files[1])).toEqual(
      expect.arrayContaining(["file", "city", "reportingYear", "counts", "issues", "areas"])
    );
    expect(files[1].issues).toContainEqual({
      cell: "'KPI Data'!K7",
      id: "EC: ICT: ICT: 3C",
      code: "NOT_NUMERIC",
      severity: "error",
      message: expect.stringContaining("12.67 Minutes"),
    });
    expect(files[1].areas[0]).toMatchObject({
      area: "Economy",
      score: null,
      n: expect.any(Number),
      N: expect.any(Number),
    });
    expect(files[2].counts.error).toBe(0);
  });

  it("exits 2 when no file can be read", async () => {
    expect((await runCli(["check", "notes.csv", "missing.xlsx"], dir)).code).toBe(2);
  });

  it("prints one CSV row per issue", async () => {
    const result = await runCli(["check", OUTLIER, "--csv"], dir);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual([
      "file",
      "city",
      "reportingYear",
      "cell",
      "id",
      "code",
      "severity",
      "message",
    ]);
    expect(rows.some((r) => r[5] === "NOT_NUMERIC" && r[3] === "'KPI Data'!K7")).toBe(true);
  });
});

describe("kpi4ssc merge", () => {
  it("writes one tidy row per city × item, UTF-8 with a BOM, and a per-file summary", async () => {
    const result = await runCli(["merge", ...clean, OUTLIER, "--out", "panel.csv"], dir);
    expect(result.code).toBe(1);
    const text = readFileSync(join(dir, "panel.csv"), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...PANEL_COLUMNS]);
    expect(rows).toHaveLength(5 * 112);
    const col = (name: string) => header.indexOf(name);
    const karmoy = rows.find(
      (r) => r[col("city")] === "Karmøy" && r[col("id")] === "EC: ICT: ICT: 2C"
    );
    expect(karmoy?.[col("country")]).toBe("Norway");
    expect(karmoy?.[col("valueRead")]).toBe("84.51");
    const bizerte = rows.find(
      (r) => r[col("file")] === OUTLIER && r[col("id")] === "EC: ICT: ICT: 3C"
    );
    expect([
      bizerte?.[col("valueTyped")],
      bizerte?.[col("valueRead")],
      bizerte?.[col("flags")],
    ]).toEqual(["12.67 Minutes", "", "NOT_NUMERIC"]);
    const summary = parseCsv(readFileSync(join(dir, "panel-files.csv"), "utf8"));
    expect(summary).toHaveLength(6);
  });

  it("writes the same panel as an xlsx with a Files sheet", async () => {
    expect((await runCli(["merge", ...clean, "--out", "panel.xlsx"], dir)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "panel.xlsx"));
    expect(workbook.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
      ["Panel", 4 * 112 + 1],
      ["Files", 5],
    ]);
  });
});

describe("kpi4ssc compare", () => {
  it("shows each city's area scores, n/N and ranks as src/domain computes them, and flags the outlier", async () => {
    const files = [...clean, OUTLIER];
    expect((await runCli(["compare", ...files, "--out", "comparison.xlsx"], dir)).code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "comparison.xlsx"));
    const [areas, items] = workbook.worksheets;
    for (const [i, file] of files.entries()) {
      const read = await readTemplateBytes(readFileSync(join(dir, file)));
      if (!read.ok) throw new Error(read.code);
      const report = reportFile(file, read.value, null, "en", cliText("en"));
      report.areas.forEach((area, a) => {
        const cell = areas.getRow(a + 2).getCell(3 + i * 3).value;
        expect(cell).toBe(area.score ?? area.reason);
        expect(cell).not.toBe(0);
        expect(areas.getRow(a + 2).getCell(4 + i * 3).value).toBe(
          area.n === null ? null : `${area.n}/${area.N}`
        );
      });
    }
    const internet = items.getRow(2);
    expect(internet.getCell(1).value).toBe("EC: ICT: ICT: 1C");
    const zOf = (i: number) => internet.getCell(6 + i * 3).value as number;
    expect(Math.abs(zOf(4))).toBeGreaterThan(3.5);
    expect(internet.getCell(4 + 4 * 3).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(Math.abs(zOf(0))).toBeLessThan(3.5);
  }, 60_000);

  it("changes the cut-off with --outlier-z", async () => {
    const result = await runCli(
      ["compare", ...clean, OUTLIER, "--out", "c2.xlsx", "--outlier-z", "1000"],
      dir
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "c2.xlsx"));
    expect(result.code).toBe(1);
    expect(workbook.worksheets[1].getRow(2).getCell(4 + 4 * 3).fill).toBeUndefined();
  }, 60_000);
});
