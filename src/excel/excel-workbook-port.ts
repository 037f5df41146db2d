import { DATA_SHEET } from "../domain/template";
import type { PortResult, WorkbookPort } from "../domain/workbook/workbook-port";
import { EVENTS_API, subscribeDataChanges } from "./data-change-events";
import { officeExcelHost } from "./excel-host";
import type { ExcelHost } from "./excel-host";
import { runAction } from "./office-errors";
import { READ_API, readKpiSheet } from "./read-kpi-sheet";
import { SELECT_API, selectCell } from "./select-cell";

/**
 * ExcelApi version insert and update need: data validation (1.8) and, below it, conditional formats and freeze
 * panes. Kept here so that the lazy modules stay lazy.
 */
const TEMPLATE_WRITE_API = "1.8";

/**
 * The template writers (the plan, its labels, insert and update) load on first use: a pane that only checks and
 * scores starts without them. A chunk that cannot load is an UNKNOWN error, like any other failure.
 */
async function lazily<T>(
  load: () => Promise<(context: Excel.RequestContext) => Promise<T>>,
  host: ExcelHost
): Promise<PortResult<T>> {
  let batch: (context: Excel.RequestContext) => Promise<T>;
  try {
    batch = await load();
  } catch (error) {
    return { ok: false, error: { code: "UNKNOWN", detail: String(error) } };
  }
  return runAction(host, TEMPLATE_WRITE_API, batch);
}

/**
 * The task pane's workbook, in Excel: every action is one `Excel.run`, feature-detected first, and answers a
 * PortResult (never throws, never a stack trace). `host` defaults to the global Excel and Office; the preview
 * passes its simulated workbook, tests pass office-addin-mock.
 *
 * @example const port = createExcelWorkbookPort(); const result = await port.readSheet();
 */
export function createExcelWorkbookPort(host: ExcelHost = officeExcelHost()): WorkbookPort {
  return {
    hasTemplate: () =>
      runAction(host, READ_API, async (context) => {
        const data = context.workbook.worksheets.getItemOrNullObject(DATA_SHEET);
        await context.sync();
        return !data.isNullObject;
      }),
    insertTemplate: (options) =>
      lazily(async () => {
        const { insertTemplate } = await import(
          /* webpackChunkName: "template" */ "./insert-template"
        );
        return (context) => insertTemplate(context, options);
      }, host),
    updateTemplate: (options) =>
      lazily(async () => {
        const { updateTemplate } = await import(
          /* webpackChunkName: "template" */ "./update-template"
        );
        return (context) => updateTemplate(context, options);
      }, host),
    readSheet: () => runAction(host, READ_API, readKpiSheet),
    selectCell: (address) => runAction(host, SELECT_API, (context) => selectCell(context, address)),
    onDataChanged: (listener) =>
      runAction(host, EVENTS_API, (context) => subscribeDataChanges(host, context, listener)),
  };
}
