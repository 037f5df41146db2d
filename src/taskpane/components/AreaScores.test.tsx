/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { ITEMS } from "../../domain/catalog";
import { areaBandLabel, bandLabel } from "../../domain/messages";
import { uiText } from "../../domain/messages/ui";
import type { Lang, SheetRow } from "../../domain/workbook/workbook-port";
import { PaneLangContext } from "../pane-language";
import { row } from "../testing/fake-port";
import { AreaScores } from "./AreaScores";

/** ICT's 5 items with a default target, 4 given: points 4, 2, 3, 1 → 10 / 16 = 62.5 %, n/N 4/5. */
const VALUES: Record<string, number> = {
  "EC: ICT: ICT: 1C": 96,
  "EC: ICT: ICT: 3C": 30000,
  "EC: ICT: ICT: 4C/4G": 70,
  "EC: ICT: ES: 1C": 20,
};
const TEMPLATE = ITEMS.map((item, i) => row(5 + i, item.id, VALUES[item.id] ?? null));

function show(rows: readonly SheetRow[] | null, lang: Lang = "en") {
  render(
    <PaneLangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme}>
        <AreaScores rows={rows} />
      </FluentProvider>
    </PaneLangContext.Provider>
  );
}

/** The list item of an area, found by its name. */
const areaLine = (name: string) =>
  screen.getByText(name, { exact: true }).closest("li, div") as HTMLElement;

describe("AreaScores", () => {
  it("asks for a check before there are rows", () => {
    show(null);
    expect(screen.getByText(uiText("en").scoresNeedCheck)).toBeTruthy();
  });

  it("shows a score as a share of the maximum points, with its band in points words and n/N", () => {
    show(TEMPLATE);
    const ict = areaLine("ICT").textContent;
    expect(ict).toContain("62.5% of max. points");
    expect(ict).toContain(areaBandLabel(2, "en"));
    expect(ict).not.toContain(bandLabel(2, "en")); // an area score is not a "% of target"
    expect(ict).toContain("4/5");
    expect(ict).toContain("4 of 5 items scored");
  });

  it("says why an area below the minimum coverage has no score", () => {
    show(TEMPLATE);
    expect(areaLine("Economy").textContent).toMatch(/insufficient data: 4 of \d+ items/);
    expect(areaLine("Energy").textContent).toMatch(/insufficient data: 0 of \d+ items/);
  });

  it("lists every dimension and sub-dimension", () => {
    show(TEMPLATE);
    expect(screen.getAllByRole("listitem")).toHaveLength(10);
  });

  it("says a failure shared by every area once", () => {
    show([...TEMPLATE, row(200, "XX: 9", 1)]);
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
    expect(screen.getAllByText(/"XX: 9" is not a U4SSC KPI id/)).toHaveLength(1);
  });

  it("tells the dimension Environment from the sub-dimension Environment", () => {
    show(TEMPLATE);
    expect(areaLine("Environment (dimension)")).toBeTruthy();
    expect(areaLine("Environment (sub-dimension)")).toBeTruthy();
    expect(screen.queryByText("Environment", { exact: true })).toBeNull();
  });

  it.each([
    ["fr", "TIC", /62,5\s% des points max\./],
    ["ru", "ИКТ", /62,5\s% от макс\. баллов/],
  ] as const)("writes names, numbers and bands in %s", (lang, ict, number) => {
    show(TEMPLATE, lang);
    const line = areaLine(ict).textContent;
    expect(line).toMatch(number);
    expect(line).toContain(areaBandLabel(2, lang));
    expect(line).toContain(uiText(lang).itemsScored(4, 5));
  });
});
