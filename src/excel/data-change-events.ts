import {
  DATA_SHEET,
  SUMMARY_CITY_CELL,
  SUMMARY_SHEET,
  SUMMARY_YEAR_CELL,
} from "../domain/template";
import { changeTouches } from "./changed-address";
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
 * While the pane is hidden (shared runtime: the page, and these handlers, stay alive) changes are only noted, and
 * one call follows when it is shown again: no sheet is read for a pane nobody sees (docs/excel-hosts.md).
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

  const gate = visibilityGate(host, listener);
  const handlers = [
    data.onChanged.add(async () => gate.changed()),
    ...(summary.isNullObject
      ? []
      : [
          summary.onChanged.add(async (event) => {
            if (changeTouches(event.address, SUMMARY_INPUTS)) gate.changed();
          }),
        ]),
  ];
  await context.sync();
  return async () => {
    gate.stop();
    await host.run(async (removal) => {
      handlers.forEach((handler) => handler.remove());
      await removal.sync();
    }, handlers[0].context);
  };
}

/**
 * Passes changes on while the pane is visible; while hidden, remembers one and passes it on when shown. Registering
 * is not awaited: a host that cannot tell visibility (outside Office, the preview) must not hold up the events.
 */
function visibilityGate(host: ExcelHost, listener: () => void) {
  let visible = true;
  let missed = false;
  const onVisibility = (shown: boolean) => {
    visible = shown;
    if (shown && missed) {
      missed = false;
      listener();
    }
  };
  const registered = Promise.resolve()
    .then(() => host.onVisibilityChanged?.(onVisibility))
    .catch(() => undefined);
  return {
    changed: () => (visible ? listener() : (missed = true)),
    stop: () => void registered.then((remove) => remove?.()).catch(() => undefined),
  };
}
