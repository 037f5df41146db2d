import { DATA_SHEET, SUMMARY_SHEET } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { sheetNamed } from "../preview/excel-api/cells.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import { formatArea, parseArea } from "../preview/workbook/area";
import type { SimWorkbook } from "../preview/workbook/workbook";
import { createExcelWorkbookPort } from "./excel-workbook-port";

const OPTIONS: TemplateOptions = {
  city: "Ålesund",
  reportingYear: 2024,
  scope: "core",
  lang: "en",
};

async function withTemplate() {
  const sim = simulation();
  const port = createExcelWorkbookPort(sim.host);
  await port.insertTemplate(OPTIONS);
  return { ...sim, port };
}

/** The selected cells, sheet-qualified, as Excel shows the active sheet's selection. */
function selection(workbook: SimWorkbook): string {
  const sheet = workbook.sheetById(workbook.activeSheetId)!;
  return `'${sheet.name}'!${formatArea(workbook.selection(sheet))}`;
}

/**
 * A user's edit of `address` on a sheet (a cell, a block, a whole row or column), as Excel reports it to onChanged
 * handlers after the current task; resolves once the handlers ran.
 */
async function userChanges(workbook: SimWorkbook, sheet: string, address: string) {
  workbook.recordChange(sheetNamed(workbook, sheet), parseArea(address)!, "user");
  workbook.commit();
  await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("selectCell", () => {
  it.each([
    ["'KPI Data'!K17", "'KPI Data'!K17"],
    ["K17", "'KPI Data'!K17"],
    ["'KPI Summary'!B3", "'KPI Summary'!B3"],
  ])("selects %s", async (address, selected) => {
    const { workbook, stats, port } = await withTemplate();
    const before = stats.syncs;
    await expect(port.selectCell(address)).resolves.toEqual({ ok: true, value: undefined });
    expect(selection(workbook)).toBe(selected);
    expect(stats.syncs - before).toBe(1);
  });

  it("answers NO_TEMPLATE for a sheet that is gone", async () => {
    const { workbook, port } = await withTemplate();
    sheetNamed(workbook, DATA_SHEET).name = "Renamed";
    const result = await port.selectCell("'KPI Data'!K17");
    expect(result.ok ? "ok" : result.error.code).toBe("NO_TEMPLATE");
  });

  it.each(["'KPI Data'!", "K", "not an address"])(
    "refuses %p without calling Excel",
    async (address) => {
      const { stats, port } = await withTemplate();
      const before = stats.syncs;
      const result = await port.selectCell(address);
      expect(result.ok ? "ok" : result.error.code).toBe("UNKNOWN");
      expect(stats.syncs).toBe(before);
    }
  );
});

describe("onDataChanged", () => {
  it("calls back on any data change and on the Summary's city or year only, until unsubscribed", async () => {
    const { workbook, port } = await withTemplate();
    const listener = jest.fn();
    const subscribed = await port.onDataChanged(listener);
    if (!subscribed.ok) throw new Error(subscribed.error.code);

    await userChanges(workbook, DATA_SHEET, "K9");
    await userChanges(workbook, SUMMARY_SHEET, "D7");
    await userChanges(workbook, SUMMARY_SHEET, "B3");
    await userChanges(workbook, SUMMARY_SHEET, "A1:C2");
    expect(listener).toHaveBeenCalledTimes(3);

    await subscribed.value();
    await userChanges(workbook, DATA_SHEET, "K9");
    await userChanges(workbook, SUMMARY_SHEET, "B3");
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("takes whole-row and whole-column addresses (row and column operations) on the Summary", async () => {
    const { workbook, port } = await withTemplate();
    const listener = jest.fn();
    await port.onDataChanged(listener);
    for (const address of ["3:3", "20:20", "B:B", "Z:Z"])
      await userChanges(workbook, SUMMARY_SHEET, address);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("reads nothing while the pane is hidden, and calls back once when it is shown", async () => {
    const { workbook, host, stats } = await withTemplate();
    let setVisible: (visible: boolean) => void = () => undefined;
    const removeVisibility = jest.fn(async () => undefined);
    const port = createExcelWorkbookPort({
      ...host,
      onVisibilityChanged: async (listener) => ((setVisible = listener), removeVisibility),
    });
    const listener = jest.fn();
    const subscribed = await port.onDataChanged(listener);
    if (!subscribed.ok) throw new Error(subscribed.error.code);
    await Promise.resolve();
    const syncs = stats.syncs;
    setVisible(false);
    await userChanges(workbook, DATA_SHEET, "K9");
    await userChanges(workbook, DATA_SHEET, "K9");
    expect(listener).not.toHaveBeenCalled();
    expect(stats.syncs).toBe(syncs);
    setVisible(true);
    expect(listener).toHaveBeenCalledTimes(1);
    await userChanges(workbook, DATA_SHEET, "K9");
    expect(listener).toHaveBeenCalledTimes(2);
    await subscribed.value();
    await Promise.resolve();
    expect(removeVisibility).toHaveBeenCalledTimes(1);
  });

  it("answers NO_TEMPLATE in a workbook without the template", async () => {
    const result = await createExcelWorkbookPort(simulation().host).onDataChanged(jest.fn());
    expect(result.ok ? "ok" : result.error.code).toBe("NO_TEMPLATE");
  });

  it("watches the data sheet alone when the Summary is gone", async () => {
    const { workbook, port } = await withTemplate();
    const summary = sheetNamed(workbook, SUMMARY_SHEET);
    workbook.sheets.splice(workbook.sheets.indexOf(summary), 1);
    const listener = jest.fn();
    const subscribed = await port.onDataChanged(listener);
    expect(subscribed.ok).toBe(true);
    await userChanges(workbook, DATA_SHEET, "K5");
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe("requirement sets", () => {
  it.each([
    ["insertTemplate", "1.8"],
    ["readSheet", "1.4"],
    ["onDataChanged", "1.7"],
  ] as const)(
    "%s needs ExcelApi %s and answers API_UNSUPPORTED below it",
    async (action, version) => {
      const sim = simulation();
      const asked: string[] = [];
      const port = createExcelWorkbookPort({
        ...sim.host,
        supports: (v) => (asked.push(v), false),
      });
      const call = {
        insertTemplate: () => port.insertTemplate(OPTIONS),
        readSheet: () => port.readSheet(),
        onDataChanged: () => port.onDataChanged(jest.fn()),
      }[action];
      const result = await call();
      expect(result.ok ? "ok" : result.error.code).toBe("API_UNSUPPORTED");
      expect(asked).toEqual([version]);
      expect(sim.stats.syncs).toBe(0);
    }
  );

  it.each([
    ["1.7", "API_UNSUPPORTED"],
    ["1.8", "ok"],
  ])("inserts on a host up to ExcelApi %s: %s", async (apiVersion, code) => {
    const sim = simulation({ apiVersion });
    const result = await createExcelWorkbookPort(sim.host).insertTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe(code);
  });
});
