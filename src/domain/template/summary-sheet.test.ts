import { resolveArea } from "../catalog";
import type { TemplateOptions } from "../workbook/workbook-port";
import { MESSAGE_TABLES } from "../messages";
import { LABELS } from "./labels";
import { planGrid } from "./plan-grid";
import { planTemplate } from "./plan-template";
import { areaArgument, summaryAreas } from "./summary-areas";
import { areaName, cityText, methodRow } from "./summary-sheet";

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
        areaName(node, LABELS.en),
      ]);
    });
    expect(value("A44")).toBeUndefined();
  });

  it("tells the sub-dimension Environment from the dimension: the chart's 10 bars have 10 names", () => {
    const charted = Array.from({ length: 10 }, (_, i) => value(`C${7 + i}`));
    expect(new Set(charted).size).toBe(10);
    expect(charted).toContain("Environment");
    expect(charted).toContain("Environment (Sub-dimension)");
    const fr = planGrid(summaryOf({ lang: "fr" }));
    expect(fr.get("C15")?.value ?? fr.get("C14")?.value).toBeDefined();
    expect(
      Array.from({ length: 10 }, (_, i) => fr.get(`C${7 + i}`)?.value).filter((v) =>
        String(v).startsWith("Environment (")
      )
    ).toEqual([`Environment (${LABELS.fr.levels.subdimension})`]);
  });

  it.each(summaryAreas().map((node) => [node.code, node.name, node] as const))(
    "names %s (%s) by an argument that resolves to exactly its items",
    (_, __, node) => {
      const resolved = resolveArea(areaArgument(node));
      expect([...(resolved?.itemIds ?? [])].sort()).toEqual([...node.itemIds].sort());
    }
  );

  it("scores, bands and covers each area with built-ins over the data sheet's whole columns", () => {
    const economy = `'KPI Data'!$B:$B,"Economy"`;
    expect(value("G7")).toBe(`=COUNTIFS(${economy},'KPI Data'!$T:$T,">=1")`);
    expect(value("H7")).toBe(`=SUMIFS('KPI Data'!$AE:$AE,${economy})`);
    expect(value("F7")).toBe(`=IF(H7=0,"",G7/H7)`);
    expect(value("D7")).toBe(
      `=IF(H7=0,NA(),IF(G7/H7+1E-9<2/3,NA(),IF(G7=0,NA(),SUMIFS('KPI Data'!$T:$T,${economy})/(4*G7)*100)))`
    );
    expect(value("E7")).toContain(`"insufficient data: "&G7&" of "&H7&" items"`);
    expect(value("E7")).toContain(`"no scorable items in "&"EC"`);
  });

  it("selects a category node by its dimension, sub-dimension and category names (Health spans two codes)", () => {
    const health = 7 + summaryAreas().findIndex((node) => node.name === "Health");
    expect(value(`H${health}`)).toBe(
      `=SUMIFS('KPI Data'!$AE:$AE,'KPI Data'!$B:$B,"Society and Culture",` +
        `'KPI Data'!$C:$C,"Education, Health and Culture",'KPI Data'!$D:$D,"Health")`
    );
  });

  it.each(["all", "core"] as const)(
    "uses no KPI.* function and no fixed row range (%s)",
    (scope) => {
      const sheet = planGrid(summaryOf({ scope }));
      const formulas = [...sheet.values()]
        .map((c) => String(c.value))
        .filter((v) => v.startsWith("="));
      expect(formulas.length).toBeGreaterThanOrEqual(5 * 37);
      expect(formulas.filter((f) => /KPI\.|\$\d/.test(f))).toEqual([]);
    }
  );

  it.each(["en", "fr", "ru"] as const)(
    "words the band cells with the message tables (%s)",
    (lang) => {
      const band = String(planGrid(summaryOf({ lang })).get("E7")?.value);
      for (const label of MESSAGE_TABLES[lang].areaBands) expect(band).toContain(`"${label}"`);
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
