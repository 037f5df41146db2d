import { resolveArea } from "../catalog";
import type { TemplateOptions } from "../workbook/workbook-port";
import { LABELS } from "./labels";
import { planGrid } from "./plan-grid";
import { planTemplate } from "./plan-template";
import { areaArgument, summaryAreas } from "./summary-areas";
import { cityText, methodRow } from "./summary-sheet";

const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  city: "Kristiansund",
  reportingYear: 2021,
  scope: "all",
  lang: "en",
  ...over,
});
const summaryOf = (over: Partial<TemplateOptions> = {}) => planTemplate(options(over)).sheets[1];
const grid = planGrid(summaryOf());
const value = (address: string) => grid.get(address)?.value;

describe("Summary: areas", () => {
  it("has a row for each of the 3 dimensions, 7 sub-dimensions and 27 category nodes, in that order", () => {
    const levels = summaryAreas().map((node) => node.level);
    expect(levels).toEqual([
      ...Array(3).fill("dimension"),
      ...Array(7).fill("subdimension"),
      ...Array(27).fill("category"),
    ]);
    summaryAreas().forEach((node, i) => {
      expect([value(`A${7 + i}`), value(`B${7 + i}`), value(`C${7 + i}`)]).toEqual([
        LABELS.en.levels[node.level as "dimension"],
        node.code,
        node.name,
      ]);
    });
    expect(value("A44")).toBeUndefined();
  });

  it.each(summaryAreas().map((node) => [node.code, node.name, node] as const))(
    "names %s (%s) by an argument that resolves to exactly its items",
    (_, __, node) => {
      const resolved = resolveArea(areaArgument(node));
      expect([...(resolved?.itemIds ?? [])].sort()).toEqual([...node.itemIds].sort());
    }
  );

  it("scores, bands and covers each area with formulas over the data sheet's whole columns", () => {
    const ranges = "'KPI Data'!$K$5:$K$116,'KPI Data'!$A$5:$A$116,'KPI Data'!$P$5:$P$116";
    expect(value("D7")).toBe(`=KPI.SCORE("EC",${ranges})`);
    expect(value("E7")).toBe(`=IF(ISERROR(D7),"",KPI.BAND(D7))`);
    expect(value("F7")).toBe(`=KPI.COVERAGE("EC",${ranges})`);
    expect(value("G7")).toBe(`=KPI.COVERAGE("EC",${ranges},"scored")`);
    expect(value("H7")).toBe(`=KPI.COVERAGE("EC",${ranges},"eligible")`);
    const health = 7 + summaryAreas().findIndex((node) => node.name === "Health");
    expect(value(`D${health}`)).toBe(`=KPI.SCORE("Health",${ranges})`);
  });

  it("reads only the core rows' ranges in a core template", () => {
    expect(planGrid(summaryOf({ scope: "core" })).get("D7")?.value).toContain(
      "'KPI Data'!$K$5:$K$71,"
    );
  });

  it.each(["all", "core"] as const)(
    "gives every area live n and N counts from KPI.COVERAGE over the same ranges (%s)",
    (scope) => {
      const sheet = planGrid(summaryOf({ scope }));
      summaryAreas().forEach((_node, i) => {
        const coverage = String(sheet.get(`F${7 + i}`)?.value);
        expect(coverage).toMatch(/^=KPI\.COVERAGE\(/);
        const call = coverage.slice(0, -1);
        expect(sheet.get(`G${7 + i}`)?.value).toBe(`${call},"scored")`);
        expect(sheet.get(`H${7 + i}`)?.value).toBe(`${call},"eligible")`);
      });
    }
  );

  it("charts the dimension and sub-dimension scores, names beside scores, header included", () => {
    const { chart } = summaryOf();
    expect(chart?.source).toBe("C6:D16");
    expect(value("C6")).toBe(LABELS.en.summaryHeaders.area);
    expect(value("D6")).toBe(LABELS.en.summaryHeaders.score);
    expect(
      summaryAreas()
        .slice(0, 10)
        .every((node) => node.level !== "category")
    ).toBe(true);
  });
});

describe("Summary: city, year and method", () => {
  it("writes the city and reporting year in the cells the data sheet's formulas read", () => {
    expect([value("A2"), value("B2"), value("A3"), value("B3")]).toEqual([
      "City",
      "Kristiansund",
      "Reporting year",
      2021,
    ]);
    expect(grid.get("B2")?.role).toBe("input");
    expect(grid.get("B3")?.role).toBe("input");
    expect(planGrid(summaryOf({ reportingYear: null })).get("B3")?.value).toBe("");
  });

  it.each([
    ["Bergen", "Bergen"],
    ["  Ålesund ", "Ålesund"],
    ['=HYPERLINK("x")', 'HYPERLINK("x")'],
    ["", ""],
  ])("keeps the city %p as text %p", (city, expected) => {
    expect(cityText(city)).toBe(expected);
  });

  it.each(["en", "fr", "ru"] as const)("states the method and sources (%s)", (lang) => {
    const sheet = planGrid(summaryOf({ lang }));
    const lines = [LABELS[lang].methodTitle, ...LABELS[lang].methodLines];
    lines.forEach((line, i) => expect(sheet.get(`A${methodRow() + i}`)?.value).toBe(line));
    expect(LABELS[lang].methodLines.join(" ")).toMatch(/U4SSC/);
  });

  it("places the method below the last area row", () => {
    expect(methodRow()).toBe(7 + summaryAreas().length + 1);
  });
});
