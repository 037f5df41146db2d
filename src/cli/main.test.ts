import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { installCatalogTranslations, itemById, localizedItemText } from "../domain/catalog";
import { runCli, tempDir } from "./testing/run-cli.fixture";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

describe("kpi4ssc", () => {
  it("prints its usage with --help (exit 0) and without a command (exit 2)", async () => {
    const dir = tempDir();
    expect(await runCli(["--help"], dir)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("kpi4ssc <command>"),
    });
    expect((await runCli([], dir)).code).toBe(2);
  });

  it.each(["template", "check", "merge", "compare", "update"])(
    "has --help on %s",
    async (command) => {
      const result = await runCli([command, "--help"], tempDir());
      expect(result).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(`kpi4ssc ${command}`),
      });
    }
  );

  it("speaks the environment's language, --lang first", async () => {
    const dir = tempDir();
    expect((await runCli(["nope"], dir, { LANG: "fr_FR.UTF-8" })).stderr).toMatch(
      /Commande inconnue/
    );
    expect(
      (await runCli(["nope"], dir, { LANG: "fr_FR.UTF-8", LC_ALL: "ru_RU.UTF-8" })).stderr
    ).toMatch(/Неизвестная/);
    expect((await runCli(["nope", "--lang", "en"], dir, { LANG: "ru_RU" })).stderr).toMatch(
      /Unknown command/
    );
  });

  it("refuses bad arguments with exit 2 and one line", async () => {
    const dir = tempDir();
    for (const args of [
      ["template"],
      ["template", "--out", "x.xlsx", "--year", "20x4"],
      ["check"],
      ["check", "a.xlsx", "--jsn"],
      ["template", "--lang", "de", "--out", "x.xlsx"],
    ]) {
      const result = await runCli(args, dir);
      expect([result.code, result.stderr.split("\n").length]).toEqual([2, 1]);
    }
  });
});

describe("kpi4ssc template", () => {
  it("writes one workbook and never overwrites it", async () => {
    const dir = tempDir();
    const first = await runCli(
      ["template", "--out", "t.xlsx", "--lang", "fr", "--city", "Bizerte", "--year", "2024"],
      dir
    );
    expect(first.code).toBe(0);
    const check = await runCli(["check", "t.xlsx", "--json"], dir);
    expect(JSON.parse(check.stdout).files[0]).toMatchObject({
      city: "Bizerte",
      reportingYear: 2024,
      counts: { error: 0 },
    });
    const before = readFileSync(join(dir, "t.xlsx"));
    const again = await runCli(["template", "--out", "t.xlsx"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/not overwritten/);
    expect(readFileSync(join(dir, "t.xlsx"))).toEqual(before);
  });

  it("writes French names and units in a --lang fr template even when nothing installed the translations", async () => {
    // As in the built command line: jest's setup file installs them, the program itself must.
    const installedByJest = localizedItemText(itemById("EC: ICT: ICT: 1C"), "fr");
    installCatalogTranslations(null);
    const dir = tempDir();
    expect((await runCli(["template", "--out", "fr.xlsx", "--lang", "fr"], dir)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "fr.xlsx"));
    const data = book.getWorksheet("KPI Data");
    expect([data?.getCell("A5").value, data?.getCell("AI5").value]).toEqual([
      "EC: ICT: ICT: 1C",
      installedByJest.displayName,
    ]);
    expect(data?.getCell("AJ4").value).toBe("Unité (traduction non officielle)");
    expect(installedByJest.unofficial).toBe(true);
  });

  it("writes one workbook per row of a cities list, with each row's year and language", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "cities.csv"),
      "\uFEFFcity;country;reporting year;language\nBizerte;Tunisia;2024;fr\nKazan;Russia;;ru\nKarmøy;Norway;2021;\n"
    );
    const result = await runCli(
      ["template", "--out", "out", "--cities", "cities.csv", "--year", "2023", "--core"],
      dir
    );
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "Bizerte.xlsx",
      "Karmøy.xlsx",
      "Kazan.xlsx",
    ]);
    const check = JSON.parse(
      (await runCli(["check", "out/Kazan.xlsx", "out/Bizerte.xlsx", "--json"], dir)).stdout
    );
    expect(
      check.files.map((f: { city: string; reportingYear: number }) => [f.city, f.reportingYear])
    ).toEqual([
      ["Kazan, Russia", 2023],
      ["Bizerte, Tunisia", 2024],
    ]);
  });

  it("reports every bad row of a cities list and writes nothing", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "cities.csv"), "city,year,lang\nA,1800,en\n,2024,fr\nB,2024,de\n");
    const result = await runCli(["template", "--out", "out", "--cities", "cities.csv"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")).toHaveLength(3);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
