import { SimWorkbook } from "../workbook/workbook";
import { SimRequestContext, SyncStats } from "./request-context";
import { missing, simulated } from "./simulated-proxy";
import { WorkbookApi } from "./workbook-api";

type Batch<T> = (context: unknown) => Promise<T>;

const REQUEST_CONTEXT = { excelName: "RequestContext", members: ["workbook", "sync"] };

/** The simulated `Excel` namespace: only `run` (the adapters pass enum values as strings). */
export interface SimulatedExcel {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(context: unknown, batch: Batch<T>): Promise<T>;
}

/**
 * Builds the `Excel` global over a simulated workbook. `Excel.run(batch)` gives the batch a new request context and
 * syncs what it left queued, as Excel does; `Excel.run(context, batch)` reuses a context the preview handed out
 * (how an event handler is removed later). Every sync is counted in `stats`.
 *
 * @example
 * const excel = createExcelGlobal(new SimWorkbook(), { syncs: 0 });
 * await excel.run(async (context) => { … await context.sync(); });
 */
export function createExcelGlobal(model: SimWorkbook, stats: SyncStats): SimulatedExcel {
  const contexts = new WeakMap<object, SimRequestContext>();
  const wrap = (raw: SimRequestContext): object => {
    const proxied = simulated(raw, REQUEST_CONTEXT);
    raw.workbook = simulated(new WorkbookApi(raw), WorkbookApi);
    contexts.set(proxied, raw);
    return proxied;
  };
  const run = async <T>(...args: unknown[]): Promise<T> => {
    const [first, second] = args;
    let context: object;
    let batch: Batch<T>;
    if (args.length === 1 && typeof first === "function") {
      context = wrap(new SimRequestContext(model, stats));
      batch = first as Batch<T>;
    } else if (
      args.length === 2 &&
      typeof second === "function" &&
      typeof first === "object" &&
      first &&
      contexts.has(first)
    ) {
      context = first;
      batch = second as Batch<T>;
    } else {
      throw missing("Excel.run with these arguments (only run(batch) and run(context, batch))");
    }
    const raw = contexts.get(context)!;
    const result = await batch(context);
    if (raw.hasPendingOperations) await raw.sync();
    return result;
  };
  return simulated({ run } as SimulatedExcel, { excelName: "", members: ["run"] });
}
