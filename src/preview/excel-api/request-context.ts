import { ExcelError } from "../workbook/excel-error";
import { SimWorkbook } from "../workbook/workbook";

/** Counters the tests read: how many round trips the add-in made. */
export interface SyncStats {
  syncs: number;
  /** Tests only: the n-th sync (1-based) fails with this error before running anything, as a failed round trip. */
  failAt?: { readonly at: number; readonly error: unknown };
  /** Tests only: when present, every write that ran is logged here (sheet name, address, what was written). */
  calls?: SimCall[];
}

/** One write the add-in made, as `SyncStats.calls` logs it once its sync ran it. */
export interface SimCall {
  readonly sheet: string;
  readonly address: string;
  /** "values", "formulas", "numberFormat", "dataValidation", "conditionalFormats" or "rows.add". */
  readonly what: string;
}

/**
 * The simulated `Excel.RequestContext`: API calls queue operations; `sync()` runs them in order against the
 * workbook, fills loaded properties, and counts itself. As in Excel, a failing operation rejects the sync with its
 * error (code, message, debugInfo), the operations before it stay applied and the rest of the batch is dropped.
 */
export class SimRequestContext {
  #queue: (() => void)[] = [];
  /** `context.workbook`, set by createExcelGlobal once the context exists (its API objects need the context). */
  workbook: unknown = undefined;

  constructor(
    readonly model: SimWorkbook,
    readonly stats: SyncStats
  ) {}

  /** Queues an operation for the next `sync()`. */
  enqueue(operation: () => void): void {
    this.#queue.push(operation);
  }

  get hasPendingOperations(): boolean {
    return this.#queue.length > 0;
  }

  async sync(): Promise<void> {
    this.stats.syncs += 1;
    const operations = this.#queue;
    this.#queue = [];
    if (this.stats.failAt?.at === this.stats.syncs) throw this.stats.failAt.error;
    // A real sync is a round trip: let the caller's code after `sync()` run only in a later task.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    try {
      for (const operation of operations) operation();
    } finally {
      this.model.commit();
    }
  }
}

/** The error a property read before `load()` + `sync()` gives, worded as office.js words it. */
export function propertyNotLoaded(property: string): ExcelError {
  return new ExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}
