import {
  DATA_COLUMNS,
  DATA_SHEET,
  LISTS_SHEET,
  SUMMARY_SHEET,
  columnLetter,
} from "../domain/template";
import { insertedValues } from "../domain/template/inserted-values.fixture";
import type { PortResult, TemplateOptions } from "../domain/workbook/workbook-port";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { officeMock } from "./office-mock.fixture";
import type { MockWorkbookSpec } from "./office-mock.fixture";

const OPTIONS: TemplateOptions = { city: "Ålesund", reportingYear: 2024, scope: "all", lang: "en" };
const TEMPLATE = [DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET];
const TEMPLATE_IN_PLACE: MockWorkbookSpec = {
  sheets: TEMPLATE,
  table: { sheet: DATA_SHEET, address: "'KPI Data'!A4:AH116" },
  used: { address: "'KPI Data'!A1:T116", values: insertedValues() },
  summaryCells: [["Ålesund"], [2024]],
};

/**
 * How the adapters call Excel, seen through office-addin-mock's spies: whole blocks rather than cells, one
 * `rows.add` for the missing items. Everything about outcomes, refusals, error codes and round trips runs on the
 * preview's strict simulation instead (port-on-simulation.test.ts, round-trips.test.ts): this mock returns
 * "not loaded" strings rather than throwing and cannot see work left after the last sync (issue 9).
 */
const codeOf = <T>(result: PortResult<T>) => (result.ok ? "ok" : result.error.code);

describe("call shapes (office-addin-mock)", () => {
  it("writes whole blocks, one table, one chart and rules per range, not per cell", async () => {
    const mock = officeMock();
    await createExcelWorkbookPort(mock.host).insertTemplate(OPTIONS);
    const data = mock.workbook.worksheets.add.mock.results[0].value;
    const addresses = data.getRange.mock.calls.map((call: string[]) => call[0]);
    expect(addresses).toContain("A5:J116");
    expect(addresses).toContain("R5:T116");
    expect(data.getRange.mock.calls.length).toBeLessThan(450);
    expect(data.tables.add).toHaveBeenCalledWith("'KPI Data'!A4:AH116", true);
    const summary = mock.workbook.worksheets.add.mock.results[1].value;
    expect(summary.charts.add).toHaveBeenCalledTimes(1);
    // Header rows and the id … KPI columns stay in view (A–E: dataColumn("kpi") is 5).
    expect(data.freezePanes.freezeAt).toHaveBeenCalledWith("A1:E4");
    expect(data.activate).toHaveBeenCalled();
  });

  it.each([
    ["the data sheet", { sheets: [DATA_SHEET] }],
    ["the Lists sheet only", { sheets: [LISTS_SHEET] }],
    ["the table on a renamed sheet", { table: { sheet: "Old data", address: "A4:AH116" } }],
  ])(
    "refuses with TEMPLATE_EXISTS when %s exists, after one round trip and no write",
    async (_, spec) => {
      const mock = officeMock(spec);
      const result = await createExcelWorkbookPort(mock.host).insertTemplate(OPTIONS);
      expect(codeOf(result)).toBe("TEMPLATE_EXISTS");
      expect(mock.syncs()).toBe(1);
      expect(mock.workbook.worksheets.add).not.toHaveBeenCalled();
    }
  );

  it("refuses with PROTECTED when the workbook structure is protected", async () => {
    const mock = officeMock({ workbookProtected: true });
    expect(codeOf(await createExcelWorkbookPort(mock.host).insertTemplate(OPTIONS))).toBe(
      "PROTECTED"
    );
    expect(mock.workbook.worksheets.add).not.toHaveBeenCalled();
  });

  it.each([
    ["InvalidOperationInCellEditMode", 1, "CELL_EDIT_MODE"],
    ["InvalidOperationInCellEditMode", 2, "CELL_EDIT_MODE"],
    ["AccessDenied", 2, "PROTECTED"],
    ["GeneralException", 2, "UNKNOWN"],
  ])("maps %s at round trip %i to %s", async (code, at, expected) => {
    const mock = officeMock({
      failSync: { at, error: Object.assign(new Error(`${code}!`), { code }) },
    });
    const result = await createExcelWorkbookPort(mock.host).insertTemplate(OPTIONS);
    expect(result).toEqual({ ok: false, error: { code: expected, detail: `${code}: ${code}!` } });
  });
});

describe("updateTemplate and readSheet (office-addin-mock)", () => {
  it("updates in three round trips and appends nothing to a complete template", async () => {
    const mock = officeMock(TEMPLATE_IN_PLACE);
    const result = await createExcelWorkbookPort(mock.host).updateTemplate(OPTIONS);
    expect(codeOf(result)).toBe("ok");
    expect(mock.syncs()).toBe(3);
    expect(mock.workbook.worksheets.add).not.toHaveBeenCalled();
  });

  it("grows the table over the blank rows below it with table.resize (ExcelApi 1.13)", async () => {
    const mock = officeMock({
      ...TEMPLATE_IN_PLACE,
      table: { sheet: DATA_SHEET, address: "'KPI Data'!A4:AH71" },
      used: { address: "'KPI Data'!A1:T71", values: insertedValues("core") },
    });
    const result = await createExcelWorkbookPort(mock.host).updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(mock.syncs()).toBe(3);
    const table = mock.workbook.tables.getItemOrNullObject.mock.results[0].value;
    expect(table.rows.add).not.toHaveBeenCalled();
    expect(table.resize).toHaveBeenCalledWith(
      `'KPI Data'!A4:${columnLetter(DATA_COLUMNS.length)}116`
    );
  });

  it("appends the missing items as table rows where table.resize is missing", async () => {
    const mock = officeMock({
      ...TEMPLATE_IN_PLACE,
      apiVersion: "1.12",
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

  it.each([
    ["the data sheet is missing", { sheets: [SUMMARY_SHEET] }, "NO_TEMPLATE", 1],
    [
      "the data sheet is protected",
      { ...TEMPLATE_IN_PLACE, protectedSheets: [DATA_SHEET] },
      "PROTECTED",
      2,
    ],
    [
      "the Summary is protected",
      { ...TEMPLATE_IN_PLACE, protectedSheets: [SUMMARY_SHEET] },
      "PROTECTED",
      2,
    ],
    [
      "a column was moved",
      { ...TEMPLATE_IN_PLACE, used: { address: "'KPI Data'!B1:U116", values: insertedValues() } },
      "TEMPLATE_DAMAGED",
      2,
    ],
    [
      "the data sheet is filtered",
      { ...TEMPLATE_IN_PLACE, filtered: "sheet" as const },
      "FILTERED",
      2,
    ],
    ["the table is filtered", { ...TEMPLATE_IN_PLACE, filtered: "table" as const }, "FILTERED", 2],
  ])("refuses to update when %s, before any write", async (_, spec, code, syncs) => {
    const mock = officeMock(spec);
    expect(codeOf(await createExcelWorkbookPort(mock.host).updateTemplate(OPTIONS))).toBe(code);
    expect(mock.syncs()).toBe(syncs);
    expect(mock.workbook.worksheets.add).not.toHaveBeenCalled();
    expect(mock.sheet(DATA_SHEET).getRange).not.toHaveBeenCalled();
  });

  it("reads in two round trips, loading values, number formats and address", async () => {
    const mock = officeMock(TEMPLATE_IN_PLACE);
    const result = await createExcelWorkbookPort(mock.host).readSheet();
    expect(mock.syncs()).toBe(2);
    expect(result.ok && result.value.rows.length).toBe(112);
    expect(result.ok && [result.value.city, result.value.reportingYear]).toEqual(["Ålesund", 2024]);
  });

  it("reads NO_TEMPLATE with the renamed sheet's name, in two round trips", async () => {
    const mock = officeMock({
      sheets: [SUMMARY_SHEET],
      table: { sheet: "Data 2024", address: "A4:AH116" },
    });
    const result = await createExcelWorkbookPort(mock.host).readSheet();
    expect(result.ok ? "" : result.error.detail).toContain('"Data 2024"');
    expect(codeOf(result)).toBe("NO_TEMPLATE");
    expect(mock.syncs()).toBe(2);
  });

  it("reads TEMPLATE_DAMAGED when no header row is found", async () => {
    const mock = officeMock({
      ...TEMPLATE_IN_PLACE,
      used: {
        address: "'KPI Data'!A1:B2",
        values: [
          ["a", "b"],
          [1, 2],
        ],
      },
    });
    expect(codeOf(await createExcelWorkbookPort(mock.host).readSheet())).toBe("TEMPLATE_DAMAGED");
  });

  it("answers hasTemplate in one round trip", async () => {
    const yes = officeMock(TEMPLATE_IN_PLACE);
    const no = officeMock();
    await expect(createExcelWorkbookPort(yes.host).hasTemplate()).resolves.toEqual({
      ok: true,
      value: true,
    });
    await expect(createExcelWorkbookPort(no.host).hasTemplate()).resolves.toEqual({
      ok: true,
      value: false,
    });
    expect([yes.syncs(), no.syncs()]).toEqual([1, 1]);
  });
});
