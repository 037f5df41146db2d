import { DATA_SHEET, LISTS_SHEET, SUMMARY_SHEET } from "../domain/template";
import { insertedValues } from "../domain/template/inserted-values.fixture";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { officeMock } from "./office-mock.fixture";
import type { MockWorkbookSpec } from "./office-mock.fixture";

const OPTIONS: TemplateOptions = { city: "Ålesund", reportingYear: 2024, scope: "all", lang: "en" };
const TEMPLATE = [DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET];
const TEMPLATE_IN_PLACE: MockWorkbookSpec = {
  sheets: TEMPLATE,
  table: { sheet: DATA_SHEET, address: "'KPI Data'!A4:T116" },
  used: { address: "'KPI Data'!A1:T116", values: insertedValues() },
  summaryCells: [["Ålesund"], [2024]],
};

/**
 * How the adapters call Excel, seen through office-addin-mock's spies: whole blocks rather than cells, one
 * `rows.add` for the missing items. Everything about outcomes, refusals, error codes and round trips runs on the
 * preview's strict simulation instead (port-on-simulation.test.ts, round-trips.test.ts): this mock returns
 * "not loaded" strings rather than throwing and cannot see work left after the last sync (issue 9).
 */
describe("call shapes (office-addin-mock)", () => {
  it("writes whole blocks, one table, one chart and rules per range, not per cell", async () => {
    const mock = officeMock();
    await createExcelWorkbookPort(mock.host).insertTemplate(OPTIONS);
    const data = mock.workbook.worksheets.add.mock.results[0].value;
    const addresses = data.getRange.mock.calls.map((call: string[]) => call[0]);
    expect(addresses).toContain("A5:J116");
    expect(addresses).toContain("R5:T116");
    expect(data.getRange.mock.calls.length).toBeLessThan(450);
    expect(data.tables.add).toHaveBeenCalledWith("'KPI Data'!A4:T116", true);
    const summary = mock.workbook.worksheets.add.mock.results[1].value;
    expect(summary.charts.add).toHaveBeenCalledTimes(1);
    expect(data.freezePanes.freezeRows).toHaveBeenCalledWith(4);
    expect(data.activate).toHaveBeenCalled();
  });

  it("appends the missing items as table rows when the table ends at the last row", async () => {
    const mock = officeMock({
      ...TEMPLATE_IN_PLACE,
      table: { sheet: DATA_SHEET, address: "'KPI Data'!A4:T71" },
      used: { address: "'KPI Data'!A1:T71", values: insertedValues("core") },
    });
    const result = await createExcelWorkbookPort(mock.host).updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(mock.syncs()).toBe(3);
    const table = mock.workbook.tables.getItemOrNullObject.mock.results[0].value;
    expect(table.rows.add).toHaveBeenCalledTimes(1);
    expect(table.rows.add.mock.calls[0][1]).toHaveLength(45);
  });
});
