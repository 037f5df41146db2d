/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { ITEMS } from "../../domain/catalog";
import { bandLabel } from "../../domain/messages";
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

  it("shows a score with its band label and n/N", () => {
    show(TEMPLATE);
    const ict = areaLine("ICT").textContent;
    expect(ict).toContain("62.5%");
    expect(ict).toContain(bandLabel(2, "en"));
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

  it.each([
    ["fr", /62,5\s%/],
    ["ru", /62,5\s%/],
  ] as const)("writes numbers and bands in %s", (lang, number) => {
    show(TEMPLATE, lang);
    const ict = areaLine("ICT").textContent;
    expect(ict).toMatch(number);
    expect(ict).toContain(bandLabel(2, lang));
    expect(ict).toContain(uiText(lang).itemsScored(4, 5));
  });
});
