import { createExcelWorkbookPort } from "../../excel/excel-workbook-port";
import type { ExcelHost } from "../../excel/excel-host";
import type { TemplateOptions, WorkbookPort } from "../../domain/workbook/workbook-port";
import { createExcelGlobal } from "../excel-api/excel-global";
import { SyncStats } from "../excel-api/request-context";
import { SimWorkbook } from "../workbook/workbook";

/**
 * The src/excel adapters against the preview's simulation of Excel, which throws on a property read without
 * load() and its sync and on isNullObject before the sync, and syncs (and counts) work a batch leaves queued, as
 * Excel.run does: the round trips of src/excel/README.md. scripts/mutation-check.mjs runs this suite too.
 */
const OPTIONS: TemplateOptions = {
  city: "Ålesund",
  reportingYear: 2024,
  scope: "core",
  lang: "en",
};

function simulated(): { port: WorkbookPort; stats: SyncStats } {
  const stats: SyncStats = { syncs: 0 };
  const excel = createExcelGlobal(new SimWorkbook(() => undefined), stats);
  const host: ExcelHost = {
    run: (batch, context) =>
      context
        ? excel.run(context, batch as (context: unknown) => Promise<never>)
        : excel.run(batch as (context: unknown) => Promise<never>),
    supports: () => true,
  };
  return { port: createExcelWorkbookPort(host), stats };
}

describe("src/excel on the strict simulation", () => {
  it("answers hasTemplate in 1 round trip and inserts in 2", async () => {
    const { port, stats } = simulated();
    await expect(port.hasTemplate()).resolves.toEqual({ ok: true, value: false });
    expect(stats.syncs).toBe(1);
    await expect(port.insertTemplate(OPTIONS)).resolves.toMatchObject({ ok: true });
    expect(stats.syncs).toBe(3);
  });

  it.each([
    ["hasTemplate", (port: WorkbookPort) => port.hasTemplate(), 1],
    ["readSheet", (port: WorkbookPort) => port.readSheet(), 2],
    ["updateTemplate", (port: WorkbookPort) => port.updateTemplate(OPTIONS), 3],
    ["selectCell", (port: WorkbookPort) => port.selectCell("'KPI Data'!K9"), 1],
    ["onDataChanged", (port: WorkbookPort) => port.onDataChanged(jest.fn()), 2],
  ] as [string, (port: WorkbookPort) => Promise<unknown>, number][])(
    "%s succeeds in the round trips src/excel/README.md gives",
    async (_, action, expected) => {
      const { port, stats } = simulated();
      await port.insertTemplate(OPTIONS);
      const before = stats.syncs;
      await expect(action(port)).resolves.toMatchObject({ ok: true });
      expect(stats.syncs - before).toBe(expected);
    }
  );
});
