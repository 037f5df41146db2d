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

  it("lists errors and warnings grouped by area, sheet-level first, then the notes", async () => {
    const { user, t } = setup();
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(headings()).toEqual([
      `${t.sheetGroup}1 error, 0 warnings, 0 notes.`,
      "Economy › ICT1 error, 0 warnings, 0 notes.",
      "Environment (dimension) › Environment (sub-dimension)0 errors, 2 warnings, 0 notes.",
      t.infosCount(1),
    ]);
    expect(screen.getAllByRole("status")[0].textContent).toContain("2 errors, 2 warnings, 1 note.");
  });

  it("puts the status header first: counts, coverage and the three dimension scores with n/N", async () => {
    const { user, t } = setup();
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    const status = screen.getAllByRole("status")[0];
    // The error in row 5 (140 %) and the unknown id leave ALL without a usable coverage: the list says why.
    expect(status.textContent).toContain("2 errors");
    const dimensions = screen.getByRole("list", { name: t.dimensionScores });
    expect(
      within(dimensions)
        .getAllByRole("listitem")
        .map((li) => li.firstChild?.textContent)
    ).toEqual(["Economy", "Environment (dimension)", "Society and Culture"]);
    const order = [
      status,
      dimensions,
      issueButton(/140 is outside/),
      screen.getByText(t.notesHint),
    ];
    for (let i = 1; i < order.length; i++)
      expect(
        order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING
      ).toBeTruthy();
  });

  it("shows the coverage of the items with a target", async () => {
    const port = fakePort(
      snapshotOf([
        row(5, "EC: ICT: ICT: 1C", 80),
        row(6, "EC: ICT: ICT: 3C", 30000),
        row(7, "EC: ICT: ICT: 4C/4G", null),
      ])
    );
    const { user, t } = setup({ port });
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(screen.getAllByRole("status")[0].textContent).toContain(t.statusCoverage(2, 3, "67%"));
    const economy = within(screen.getByRole("list", { name: t.dimensionScores })).getAllByRole(
      "listitem"
    )[0];
    expect(economy.textContent).toContain("2/3");
    expect(economy.textContent).toContain("of max. points");
  });

  it("collapses the notes into counts per area that expand on request", async () => {
    const port = fakePort(
      snapshotOf([
        row(5, "EC: ICT: ICT: 1C", null),
        row(6, "EC: ICT: ICT: 2C", null),
        row(7, "EC: ICT: ICT: 4C/3G", 50),
      ])
    );
    const { user, t } = setup({ port });
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(screen.getByText(t.noErrors)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Missing value/ })).toBeNull();
    const ict = screen.getByRole("button", {
      name: /Economy › ICT: 2 items not reported yet · 2 items without a target/,
    });
    expect(ict.getAttribute("aria-expanded")).toBe("false");
    await user.click(ict);
    expect(ict.getAttribute("aria-expanded")).toBe("true");
    expect(issueButton(/EC: ICT: ICT: 1C .*: Missing value/)).toBeTruthy();
    expect(document.getElementById(ict.getAttribute("aria-controls") ?? "")?.hidden).toBe(false);
    await user.click(ict);
    expect(screen.queryByRole("button", { name: /Missing value/ })).toBeNull();
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
    await user.click(screen.getByRole("button", { name: /not reported yet/ })); // expand the notes
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
    expect(screen.getByText(t.allFilteredOut)).toBeTruthy();
    // Notes are not filtered: they stay collapsed below.
    expect(screen.getByRole("button", { name: /not reported yet/ })).toBeTruthy();
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
