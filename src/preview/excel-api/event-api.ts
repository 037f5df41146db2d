import { SimSheet } from "../workbook/sheet";
import { ContentChange } from "../workbook/workbook";
import { ClientObject } from "./client-object";
import { SimRequestContext } from "./request-context";
import { simulated } from "./simulated-proxy";

/** The members of Excel.WorksheetChangedEventArgs the preview fills. */
const EVENT_ARGS = {
  excelName: "WorksheetChangedEventArgs",
  members: ["type", "changeType", "source", "address", "worksheetId", "triggerSource"],
};

/** Where handler failures go (the page logs them loudly; Excel would swallow them in its own log). */
let handlerFailure: (error: unknown) => void = () => undefined;

export function reportHandlerFailuresTo(report: (error: unknown) => void): void {
  handlerFailure = report;
}

/**
 * A worksheet's `onChanged` (`OfficeExtension.EventHandlers`): `add(handler)` registers at the next sync and calls
 * the handler after every content change of the sheet, by the add-in or by typing, with the event's address.
 */
export class EventHandlersApi extends ClientObject {
  static readonly excelName = "EventHandlers";
  static readonly members = ["add"];
  protected readonly loadable: readonly string[] = [];

  constructor(
    context: SimRequestContext,
    private readonly sheet: () => SimSheet
  ) {
    super(context, EventHandlersApi.excelName);
  }

  add(handler: (args: unknown) => unknown): EventHandlerResultApi {
    let unsubscribe: (() => void) | undefined;
    this.context.enqueue(() => {
      const sheetId = this.sheet().id;
      unsubscribe = this.context.model.onContentChanged((change) => {
        if (change.sheetId === sheetId) call(handler, change);
      });
    });
    return simulated(
      new EventHandlerResultApi(this.context, () => unsubscribe?.()),
      EventHandlerResultApi
    );
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

function call(handler: (args: unknown) => unknown, change: ContentChange): void {
  const args = simulated(
    {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      address: change.address,
      worksheetId: change.sheetId,
      triggerSource: change.by === "api" ? "ThisLocalAddin" : "Unknown",
    },
    EVENT_ARGS
  );
  try {
    Promise.resolve(handler(args)).catch(handlerFailure);
  } catch (error) {
    handlerFailure(error);
  }
}

/** `OfficeExtension.EventHandlerResult`: remove() (effective at the next sync of its context). */
export class EventHandlerResultApi extends ClientObject {
  static readonly excelName = "EventHandlerResult";
  static readonly members = ["remove"];
  protected readonly loadable: readonly string[] = [];

  constructor(
    context: SimRequestContext,
    private readonly unsubscribe: () => void
  ) {
    super(context, EventHandlerResultApi.excelName);
  }

  remove(): void {
    this.context.enqueue(() => this.unsubscribe());
  }

  protected readProperty(): unknown {
    return undefined;
  }
}
