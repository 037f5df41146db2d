import {
  DATA_SHEET,
  SUMMARY_CITY_CELL,
  SUMMARY_SHEET,
  SUMMARY_YEAR_CELL,
  rangesOverlap,
} from "../domain/template";
import type { ExcelHost } from "./excel-host";
import { PortFailure } from "./office-errors";

/** ExcelApi version worksheet change events need. */
export const EVENTS_API = "1.7";

/** The Summary cells whose change matters to a Check (the reporting year and city). */
const SUMMARY_INPUTS = `${SUMMARY_CITY_CELL}:${SUMMARY_YEAR_CELL}`;

/**
 * Calls `listener` after any change on the data sheet, and after a change of the Summary's city or reporting year
 * (other Summary cells are formulas). Registers both handlers in one round trip after finding the sheets; resolves
 * to an unsubscribe function that removes them in the context they were added in (Office requires it).
 *
 * @example const stop = await subscribeDataChanges(host, context, () => recheck()); await stop();
 */
export async function subscribeDataChanges(
  host: ExcelHost,
  context: Excel.RequestContext,
  listener: () => void
): Promise<() => Promise<void>> {
  const data = context.workbook.worksheets.getItemOrNullObject(DATA_SHEET);
  const summary = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  await context.sync();
  if (data.isNullObject) throw new PortFailure("NO_TEMPLATE", `no sheet named "${DATA_SHEET}"`);

  const handlers = [
    data.onChanged.add(async () => listener()),
    ...(summary.isNullObject
      ? []
      : [
          summary.onChanged.add(async (event) => {
            if (rangesOverlap(event.address, SUMMARY_INPUTS)) listener();
          }),
        ]),
  ];
  await context.sync();
  return async () => {
    await host.run(async (removal) => {
      handlers.forEach((handler) => handler.remove());
      await removal.sync();
    }, handlers[0].context);
  };
}
