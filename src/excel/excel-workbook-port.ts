import { DATA_SHEET } from "../domain/template";
import type { WorkbookPort } from "../domain/workbook/workbook-port";
import { EVENTS_API, subscribeDataChanges } from "./data-change-events";
import { officeExcelHost } from "./excel-host";
import type { ExcelHost } from "./excel-host";
import { INSERT_API, insertTemplate } from "./insert-template";
import { runAction } from "./office-errors";
import { READ_API, readKpiSheet } from "./read-kpi-sheet";
import { SELECT_API, selectCell } from "./select-cell";
import { CONVERT_API, convertTextNumber } from "./convert-text-number";
import { TABLE_RESIZE_API } from "./append-rows";
import { AUTO_FILTER_API } from "./table-filter";
import { UPDATE_API, updateTemplate } from "./update-template";

/**
 * The task pane's workbook, in Excel: every action is one `Excel.run`, feature-detected first, and answers a
 * PortResult (never throws, never a stack trace). `host` defaults to the global Excel and Office; the preview
 * passes its simulated workbook, and so do the tests (src/preview/excel-api/simulation.fixture.ts).
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
      runAction(host, INSERT_API, (context) => insertTemplate(context, options)),
    updateTemplate: (options) =>
      runAction(host, UPDATE_API, (context) =>
        updateTemplate(context, options, {
          autoFilter: host.supports(AUTO_FILTER_API),
          tableResize: host.supports(TABLE_RESIZE_API),
        })
      ),
    readSheet: () => runAction(host, READ_API, readKpiSheet),
    selectCell: (address) => runAction(host, SELECT_API, (context) => selectCell(context, address)),
    convertTextNumber: (address, text, number) =>
      runAction(host, CONVERT_API, (context) => convertTextNumber(context, address, text, number)),
    onDataChanged: (listener) =>
      runAction(host, EVENTS_API, (context) => subscribeDataChanges(host, context, listener)),
  };
}
