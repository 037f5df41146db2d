/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiText } from "../../domain/messages/ui";
import type { Lang } from "../../domain/workbook/workbook-port";
import { useCellSelection } from "../hooks/useCellSelection";
import { useWorkbookCheck } from "../hooks/useWorkbookCheck";
import { PaneLangContext } from "../pane-language";
import { fakePort, row, snapshotOf, type FakePort } from "../testing/fake-port";
import { CheckPanel } from "./CheckPanel";

function Harness({
  port,
  lang,
  paneYear,
}: {
  port: FakePort;
  lang: Lang;
  paneYear: number | null;
}) {
  const check = useWorkbookCheck(port, paneYear);
  const selection = useCellSelection(port);
  return (
    <PaneLangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme}>
        <CheckPanel
          check={check}
          onSelectCell={(a) => void selection.select(a)}
          selectError={selection.error}
        />
      </FluentProvider>
    </PaneLangContext.Provider>
  );
}

/** Rows with one issue of each kind the list must place: an error, an unknown id, two warnings on one row, an info. */
const ROWS = [
  row(5, "EC: ICT: ICT: 1C", 140, { year: 2023 }),
  row(6, "XX: 9", 3),
  row(7, "EN: EN: AQ: 1C/PM2.5", 12, { year: 2010, quality: "Personal estimation" }),
  row(8, "SC: EH: ED: 1C", null),
];

function setup({
  lang = "en" as Lang,
  paneYear = 2024 as number | null,
  port = fakePort(snapshotOf(ROWS)),
} = {}) {
  render(<Harness port={port} lang={lang} paneYear={paneYear} />);
  return {
    port,
    t: uiText(lang),
    user: userEvent.setup(),
  };
}

const issueButton = (text: RegExp) => screen.getByRole("button", { name: text });
const headings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);

describe("CheckPanel", () => {
  it("reads nothing until asked", () => {
    const { port, t } = setup();
    expect(screen.getByText(t.notChecked)).toBeTruthy();
    expect(port.readSheet).not.toHaveBeenCalled();
  });

  it("lists every issue grouped by area, sheet-level first, with counts per severity", async () => {
    const { user, t } = setup();
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(headings()).toEqual([
      `${t.sheetGroup}1 error, 0 warnings, 0 notes.`,
      "Economy › ICT1 error, 0 warnings, 0 notes.",
      "Environment › Environment0 errors, 2 warnings, 0 notes.",
      "Society and Culture › Education, Health and Culture0 errors, 0 warnings, 1 note.",
    ]);
    expect(screen.getAllByRole("status")[0].textContent).toContain("2 errors, 2 warnings, 1 note.");
  });

  it.each([
    [/140 is outside 0–100/, "'KPI Data'!E5"],
    [/"XX: 9" is not a U4SSC KPI id/, "'KPI Data'!A6"],
    [/data year 2010 is older than 2021/, "'KPI Data'!F7"],
    [/low data quality/, "'KPI Data'!G7"],
    [/SC: EH: ED: 1C .*: Missing value/, "'KPI Data'!E8"],
  ])("clicking %s selects %s", async (text, address) => {
    const { port, user, t } = setup();
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    await user.click(issueButton(text));
    expect(port.selectCell).toHaveBeenCalledWith(address);
  });

  it.each(["{Enter}", " "])("activates an issue with %j from the keyboard", async (key) => {
    const { port, user, t } = setup();
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    issueButton(/140 is outside/).focus();
    await user.keyboard(key);
    expect(port.selectCell).toHaveBeenCalledWith("'KPI Data'!E5");
  });

  it("writes the severity as text in each entry", async () => {
    const { user, t } = setup();
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(issueButton(/140 is outside/).textContent).toMatch(/^Error:/);
    expect(issueButton(/low data quality/).textContent).toMatch(/^Warning:/);
  });

  it("filters by severity with pressed toggles", async () => {
    const { user, t } = setup();
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    const errors = screen.getByRole("button", { name: t.errorsCount(2) });
    expect(errors.getAttribute("aria-pressed")).toBe("true");
    await user.click(errors);
    expect(errors.getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryByRole("button", { name: /140 is outside/ })).toBeNull();
    expect(issueButton(/low data quality/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: t.warningsCount(2) }));
    await user.click(screen.getByRole("button", { name: t.infosCount(1) }));
    expect(screen.getByText(t.allFilteredOut)).toBeTruthy();
  });

  it("uses the Summary sheet's reporting year over the pane's", async () => {
    const port = fakePort(snapshotOf(ROWS, { reportingYear: 2012 }));
    const { user, t } = setup({ port, paneYear: 2024 });
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(screen.queryByRole("button", { name: /older than/ })).toBeNull();
    expect(screen.getByText(t.reportingYearUsed(2012))).toBeTruthy();
  });

  it("shows the template's structure problems as warnings", async () => {
    const port = fakePort(snapshotOf(ROWS, { structureProblems: ["Column “Year” was renamed"] }));
    const { user, t } = setup({ port });
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(screen.getByText(t.structureHeading)).toBeTruthy();
    expect(screen.getByText("Column “Year” was renamed")).toBeTruthy();
  });

  it("says so when the sheet has no problem", async () => {
    const { user, t } = setup({
      port: fakePort(snapshotOf([row(5, "EC: ICT: ICT: 1C", 80, { target: 100 })])),
    });
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(screen.getByText(t.noIssues)).toBeTruthy();
  });

  it("words a failed read and does not listen for changes", async () => {
    const port = fakePort();
    port.readSheet.mockResolvedValue({ ok: false, error: { code: "NO_TEMPLATE" } });
    const { user, t } = setup({ port });
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(screen.getAllByRole("status")[0].textContent).toContain(t.portErrors.NO_TEMPLATE);
    expect(port.onDataChanged).not.toHaveBeenCalled();
  });

  it("words a failed selection", async () => {
    const port = fakePort(snapshotOf(ROWS));
    port.selectCell.mockResolvedValue({ ok: false, error: { code: "CELL_EDIT_MODE" } });
    const { user, t } = setup({ port });
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    await user.click(issueButton(/140 is outside/));
    expect(screen.getByText(t.portErrors.CELL_EDIT_MODE)).toBeTruthy();
  });

  it("speaks the pane's language", async () => {
    const { user, t } = setup({ lang: "fr" });
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(issueButton(/140 est hors de l'intervalle 0–100/).textContent).toMatch(/^Erreur/);
    expect(within(screen.getAllByRole("status")[0]).getByText(/2 erreurs/)).toBeTruthy();
  });
});
