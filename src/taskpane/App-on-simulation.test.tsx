/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DATA_SHEET, SUMMARY_SHEET } from "../domain/template";
import { uiText } from "../domain/messages/ui";
import { officeExcelHost } from "../excel/excel-host";
import { createExcelWorkbookPort } from "../excel/excel-workbook-port";
import { sheetNamed, shown, typeInto } from "../preview/excel-api/cells.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import type { HostProfile } from "../preview/host/host-profile";
import { App } from "./App";

/**
 * The real pane on the preview's strict simulation of Excel, through the product's own host (officeExcelHost over
 * the simulation's `Excel` and `Office`), under both host profiles: insert the template from the form, type values
 * into the sheet, check, and read the issue list. Every batch the pane runs meets Excel's rules (load() and a sync
 * before a read, isNullObject after a sync, trailing work counted).
 */
const t = uiText("en");
// A percentage item (0–100) of the core scope: the pane lists 140 as out of range.
const ITEM = "EC: ICT: ICT: 1C";

/** The 1-based row of the data sheet whose id (column A) is `id`. */
function rowOf(workbook: Parameters<typeof shown>[0], id: string): number {
  for (let row = 5; row < 200; row++) if (shown(workbook, DATA_SHEET, `A${row}`) === id) return row;
  throw new Error(`no row for ${id}`);
}

describe.each<HostProfile>(["web", "desktop"])("the pane on the simulation (%s)", (profile) => {
  it("inserts the template, checks the values typed in the sheet and lists the issues", async () => {
    const sim = simulation({ profile });
    const port = createExcelWorkbookPort(officeExcelHost({ Excel: sim.excel, Office: sim.office }));
    render(<App port={port} initialLang="en" />);
    const user = userEvent.setup();

    await user.type(screen.getByRole("textbox", { name: new RegExp(t.cityLabel) }), "Bergen");
    await user.type(screen.getByRole("textbox", { name: new RegExp(t.yearLabel) }), "2024");
    await user.click(screen.getByRole("radio", { name: t.scopeCore }));
    await user.click(screen.getByRole("button", { name: t.insertTemplate }));
    await screen.findByText(/Template inserted/, undefined, { timeout: 10_000 });
    expect(shown(sim.workbook, SUMMARY_SHEET, "B2")).toBe("Bergen");
    expect(sheetNamed(sim.workbook, DATA_SHEET).frozenRows).toBe(4);

    const row = rowOf(sim.workbook, ITEM);
    typeInto(sim.workbook, DATA_SHEET, `K${row}`, 140);
    typeInto(sim.workbook, DATA_SHEET, `L${row}`, 2024);
    const syncs = sim.stats.syncs;
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    const issue = await screen.findByRole(
      "button",
      { name: /140 is outside 0–100/ },
      { timeout: 10_000 }
    );
    // A Check reads the sheet in two round trips (src/excel/README.md); a change handler may add its own re-check.
    expect(sim.stats.syncs - syncs).toBeGreaterThanOrEqual(2);

    // Choosing the issue selects its cell in the sheet.
    await user.click(issue);
    await waitFor(() => {
      const data = sheetNamed(sim.workbook, DATA_SHEET);
      expect(sim.workbook.activeSheetId).toBe(data.id);
      expect(sim.workbook.selection(data)).toMatchObject({ top: row - 1, left: 10 });
    });
    expect(within(document.body).queryByText(/PropertyNotLoaded|not simulated/)).toBeNull();
  }, 60_000);
});
