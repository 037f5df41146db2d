/**
 * Proof by an engine nobody here wrote (docs/template.md, "Proof"): template files written by src/xlsx, filled with
 * the published city values and a few thousand generated inputs, recalculated by LibreOffice Calc headless in one
 * call, read back; every Status, Score and Points cell and every Summary score, band, coverage, n and N must equal
 * what src/domain computes for the same inputs.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ITEMS } from "../../src/domain/catalog";
import { checkRules, planTemplate, summaryAreas, valueValidation } from "../../src/domain/template";
import { findSoffice } from "../../src/xlsx/libreoffice.fixture";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { cityValues, generatedRows } from "./template-inputs.fixture";
import type { RowInputs } from "./template-inputs.fixture";
import { RULE_COLUMN, expectedSheet, readComputed } from "./template-expected.fixture";
import type { Case } from "./template-expected.fixture";

const soffice = findSoffice();

/** Summary rows of the areas that hold an item. */
const areasHolding = (id: string) =>
  summaryAreas().flatMap((node, i) => (node.itemIds.includes(id) ? [7 + i] : []));
const maybe = soffice ? describe : describe.skip;

const typed = (v: number | string): RowInputs => ({
  value: { write: v, raw: v },
  year: { write: 2020, raw: 2020 },
  quality: { write: "Based on accurate measurements", raw: "Based on accurate measurements" },
  target: null,
});

function cases(): Case[] {
  const langs = ["en", "fr", "ru"] as const;
  const fresh: Case[] = langs.map((lang) => ({
    name: `fresh-${lang}`,
    lang,
    year: 2024,
    rows: [],
  }));
  const cities: Case[] = [...cityValues().values()].map((values, i) => ({
    name: `city-${i}`,
    lang: langs[i % 3],
    year: 2021,
    rows: ITEMS.map((item) => (values.has(item.id) ? typed(values.get(item.id) as number) : null)),
  }));
  // One #DIV/0! in a value cell: only that row and the areas holding it may change.
  const divided: Case = {
    ...cities[0],
    name: "city-0-div0",
    rows: cities[0].rows.map((row, i) =>
      i === 0 ? { ...typed(0), value: { write: { formula: "1/0" }, raw: "#DIV/0!" } } : row
    ),
  };
  const years = [2024, 2024, 2024, null, "2023", "abc"] as const;
  const generated: Case[] = Array.from({ length: 21 }, (_, seed) => ({
    name: `generated-${seed}`,
    lang: langs[seed % 3],
    year: years[seed % years.length],
    rows: generatedRows(seed + 1),
  }));
  return [...fresh, ...cities, divided, ...generated];
}

async function writeCase(dir: string, c: Case): Promise<void> {
  const plan = planTemplate({
    city: "Bizerte",
    reportingYear: typeof c.year === "number" ? c.year : null,
    scope: "all",
    lang: c.lang,
  });
  const workbook = writeTemplateWorkbook(plan);
  const data = workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet;
  if (typeof c.year === "string")
    workbook.getWorksheet("KPI Summary")!.getCell("B3").value = c.year;
  c.rows.forEach((row, i) => {
    if (!row) return;
    const r = 5 + i;
    const put = (column: string, input: RowInputs["value"] | null) => {
      if (!input) return;
      const target = data.getCell(`${column}${r}`);
      target.value = input.write as ExcelJS.CellValue;
      if (input.percent) target.numFmt = "0%";
    };
    put("K", row.value);
    put("L", row.year);
    put("M", row.quality);
    put("P", row.target);
  });
  // The validation and conditional-format formulas, as cell formulas beside the table: LibreOffice judges them too.
  ITEMS.forEach((item, i) => {
    const r = 5 + i;
    const rule = { yesNo: item.direction === "yesno", min: item.min, max: item.max };
    const formulas = [
      valueValidation(`K${r}`, rule),
      checkRules(`$AA${r}`).missing,
      checkRules(`$AA${r}`).invalid,
      valueValidation(`P${r}`, rule),
      checkRules(`$AC${r}`).invalid,
    ];
    formulas.forEach((f, j) => (data.getCell(r, RULE_COLUMN + j).value = { formula: f.slice(1) }));
  });
  await workbook.xlsx.writeFile(join(dir, `${c.name}.xlsx`));
}

maybe("the template recalculated by LibreOffice equals src/domain", () => {
  const all = cases();
  let computed: Map<string, Awaited<ReturnType<typeof readComputed>>>;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi4ssc-eq-"));
    const out = mkdtempSync(join(tmpdir(), "kpi4ssc-eq-out-"));
    await Promise.all(all.map((c) => writeCase(dir, c)));
    const profile = `file://${mkdtempSync(join(tmpdir(), "kpi4ssc-lo-profile-"))}`;
    const files = readdirSync(dir).map((f) => join(dir, f));
    execFileSync(
      soffice as string,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        ...files,
      ],
      { stdio: "pipe", timeout: 240_000 }
    );
    computed = new Map();
    for (const c of all)
      computed.set(c.name, await readComputed(readFileSync(join(out, `${c.name}.xlsx`))));
  }, 300_000);

  it("computes every Status, Score, Points, validation and colour rule and Summary cell as src/domain does (0 differences)", () => {
    const differences: string[] = [];
    const seen = { rowScores: 0, areaScores: 0, statuses: new Set<string>() };
    let compared = 0;
    for (const c of all) {
      const sheet = computed.get(c.name)!;
      const expected = expectedSheet(c);
      for (const [address, want] of expected) {
        compared++;
        const got = sheet.cells.get(address);
        if (/^S\d+$/.test(address) && typeof got === "number") seen.rowScores++;
        if (/^S!D\d+$/.test(address) && typeof got === "number") seen.areaScores++;
        if (/^R\d+$/.test(address) && typeof got === "string" && c.lang === "en") {
          got.split(", ").forEach((flag) => seen.statuses.add(flag));
        }
        const same =
          typeof want === "number" && typeof got === "number"
            ? Math.abs(want - got) <= 1e-9
            : want === got;
        if (!same)
          differences.push(
            `${c.name} ${address}: LibreOffice ${JSON.stringify(got)}, domain ${JSON.stringify(want)}`
          );
      }
    }
    console.log(
      `template equivalence: ${all.length} workbooks, ${compared} cells compared, ${differences.length} differences`
    );
    console.log(
      `row scores ${seen.rowScores}, area scores ${seen.areaScores}, statuses ${[...seen.statuses].join(" | ")}`
    );
    expect(differences.slice(0, 25)).toEqual([]);
    expect(compared).toBeGreaterThan(25 * 112 * 3);
    // The inputs reach every verdict: each flag, scored rows and scored areas (a comparison of empty cells proves nothing).
    expect([...seen.statuses].sort()).toEqual([
      "Cell error",
      "Future year",
      "Low quality",
      "Missing",
      "No target",
      "Not a number",
      "OK",
      "Out of range",
      "Stale",
    ]);
    expect(seen.rowScores).toBeGreaterThan(250);
    expect(seen.areaScores).toBeGreaterThan(20);
  });

  it("recalculated every formula (no cached value was written), with no KPI., #NAME? or Err:", () => {
    for (const c of all) {
      const sheet = computed.get(c.name)!;
      expect(sheet.formulas.filter((f) => /KPI\./i.test(f))).toEqual([]);
      expect(sheet.uncomputed).toEqual([]);
      expect(sheet.badResults).toEqual([]);
    }
  });

  it("shows insufficient data for every area of a fresh template, and no number for the chart", () => {
    for (const lang of ["en", "fr", "ru"]) {
      const sheet = computed.get(`fresh-${lang}`)!;
      const scores = [...sheet.cells].filter(
        ([a]) => /^S!D(\d+)$/.test(a) && Number(a.slice(3)) >= 7
      );
      expect(scores.length).toBeGreaterThanOrEqual(37);
      expect(scores.filter(([, v]) => v !== "#N/A")).toEqual([]);
    }
  });

  it("marks the one row of a #DIV/0! and leaves every other row and area outside it unchanged", () => {
    const [before, after] = [computed.get("city-0")!, computed.get("city-0-div0")!];
    const changed = [...after.cells].filter(([a, v]) => before.cells.get(a) !== v).map(([a]) => a);
    // On the data sheet only row 5 changes: its Status says why, its Score and Points are empty.
    expect(changed.filter((a) => !a.startsWith("S!") && !/^[A-Z]+5$/.test(a))).toEqual([]);
    expect(after.cells.get("R5")).toMatch(/^Cell error/);
    expect([after.cells.get("S5"), after.cells.get("T5")]).toEqual(["", ""]);
    // On the Summary only the areas holding that item change (one item fewer scored), and none shows an error.
    const holding = new Set(areasHolding(ITEMS[0].id));
    const summaryRows = changed.filter((a) => a.startsWith("S!")).map((a) => Number(a.slice(3)));
    expect(summaryRows.filter((row) => !holding.has(row))).toEqual([]);
  });
});
