import { validateRows } from "../domain/validation";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { createExcelWorkbookPort } from "../excel/excel-workbook-port";
import { putConstant } from "../preview/excel-api/cells.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import { scoreAreasFromRows } from "../taskpane/area-scores";
import { issueCellAddress } from "../taskpane/issue-address";
import { issueText } from "../taskpane/issue-text";
import { readTemplateBytes } from "../xlsx/read-template-file";
import { reportFile } from "./file-report";
import { cliText } from "./messages";
import { cityInputs, cityValues, filledWorkbook } from "./testing/city-workbooks.fixture";

// Writing and reading whole workbooks: slow on a loaded machine, so no 5 s default (these are not timed tests).
jest.setTimeout(120_000);

/**
 * One verdict: the pane's Check (src/excel's reader on the preview's simulation of Excel, then validateRows and the pane's area
 * scores) and `kpi4ssc check` (the .xlsx reader, then reportFile) on the same typed cells give the same issues,
 * cell by cell, and the same dimension and sub-dimension scores with n/N.
 */

type Case = [string, TemplateOptions, [string, string | number | boolean][]];

const cities = cityValues();
const cases: Case[] = [...cities.entries()].flatMap(([city, values], i) => {
  const options: TemplateOptions = {
    city,
    reportingYear: 2021,
    scope: i % 2 === 0 ? "all" : "core",
    lang: (["en", "fr", "ru"] as const)[i % 3],
  };
  return [
    [`${city}, as printed`, options, cityInputs(values, options, true)],
    [`${city}, as numbers`, options, cityInputs(values, options, false)],
  ] as Case[];
});
cases.push([
  "hostile inputs",
  { city: "Bizerte", reportingYear: 2024, scope: "all", lang: "fr" },
  [
    ["K5", "12,5"],
    ["K6", "#DIV/0!"],
    ["K7", -3],
    ["L7", 2030],
    ["K8", "45 %"],
    ["L8", 2015],
    ["M8", "Personal estimation"],
    ["K9", "Oui"],
    ["K10", "n/a"],
    ["P10", 0],
    ["K11", 99],
    ["P11", "beaucoup"],
    ["K12", 1e9],
  ],
]);

describe.each(cases)("%s", (_, options, typed) => {
  it("gets the same issues and area scores from the pane's Check and from kpi4ssc check", async () => {
    const sim = simulation();
    const port = createExcelWorkbookPort(sim.host);
    const inserted = await port.insertTemplate(options);
    expect(inserted.ok).toBe(true);
    for (const [address, value] of typed) putConstant(sim.workbook, "KPI Data", address, value);
    const pane = await port.readSheet();
    if (!pane.ok) throw new Error(pane.error.code);
    const year = pane.value.reportingYear;
    const paneIssues = validateRows(pane.value.rows, {
      reportingYear: year,
      cells: "template",
    }).map((issue) => [
      issueCellAddress(issue, pane.value.rows) ?? null,
      issue.itemId,
      issue.code,
      issue.severity === "info" ? "note" : issue.severity,
      issueText(issue, "en"),
    ]);
    const line = (
      level: string,
      name: string,
      result: ReturnType<typeof scoreAreasFromRows>[0]["dimension"]["result"]
    ) =>
      result.ok
        ? [level, name, result.value.score, result.value.n, result.value.N]
        : [level, name, result.failure.code];
    const paneAreas = scoreAreasFromRows(pane.value.rows).flatMap(
      ({ dimension, subdimensions }) => [
        line("dimension", dimension.name, dimension.result),
        ...subdimensions.map((sub) => line("subdimension", sub.name, sub.result)),
      ]
    );
    const byName = (a: unknown[], b: unknown[]) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`);

    // An error cell is an error value in the file; Excel's `values` hands the pane its text ("#DIV/0!").
    const inFile = typed.map(([address, value]) =>
      typeof value === "string" && /^#[A-Z/0!?]+[!?A]$/.test(value)
        ? ([address, { error: value as "#N/A" }] as const) // one of exceljs's error texts
        : ([address, value] as const)
    );
    const read = await readTemplateBytes(await filledWorkbook(options, inFile));
    if (!read.ok) throw new Error(read.code);
    const cli = reportFile("x.xlsx", read.value, null, "en", cliText("en"));
    expect(cli.reportingYear).toBe(year);
    expect(cli.issues.map((i) => [i.cell, i.id, i.code, i.severity, i.message])).toEqual(
      paneIssues
    );
    const cliAreas = cli.areas
      .filter((a) => a.level !== "category")
      .map((a) =>
        a.score === null ? [a.level, a.area, a.failure] : [a.level, a.area, a.score, a.n, a.N]
      );
    expect(cliAreas.sort(byName)).toEqual(paneAreas.sort(byName));
    expect(paneIssues.length).toBeGreaterThan(typed.length > 12 ? 10 : 0);
  });
});
