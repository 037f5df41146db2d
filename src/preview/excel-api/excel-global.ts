import { SimWorkbook } from "../workbook/workbook";
import { CellEditMode } from "./cell-edit-mode";
import { SimRequestContext, SyncStats } from "./request-context";
import { missing, simulated } from "./simulated-proxy";
import { WorkbookApi } from "./workbook-api";

type Batch<T> = (context: unknown) => Promise<T>;

const REQUEST_CONTEXT = { excelName: "RequestContext", members: ["workbook", "sync"] };

/**
 * The simulated `Excel` namespace: `run` (the adapters pass enum values as strings) and `new RequestContext()`, which
 * a shared-runtime custom function may create to read the workbook
 * (learn.microsoft.com/office/dev/add-ins/excel/call-excel-apis-from-custom-function): its work runs on its own
 * `sync()` calls, nothing is synced for it.
 */
export interface SimulatedExcel {
  RequestContext: new () => unknown;
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(context: unknown, batch: Batch<T>): Promise<T>;
  run<T>(options: { delayForCellEdit?: boolean }, batch: Batch<T>): Promise<T>;
}

const RUN_OPTIONS = ["delayForCellEdit"];

/**
 * Builds the `Excel` global over a simulated workbook. `Excel.run(batch)` gives the batch a new request context and
 * syncs what it left queued, as Excel does; `Excel.run(context, batch)` reuses a context the preview handed out
 * (how an event handler is removed later); `Excel.run({ delayForCellEdit }, batch)` waits for the end of a cell edit
 * (`cellEdit`) where a plain run fails during one. Every sync is counted in `stats`, including the one that runs
 * work a batch leaves queued.
 *
 * @example
 * const excel = createExcelGlobal(new SimWorkbook(), { syncs: 0 });
 * await excel.run(async (context) => { … await context.sync(); });
 */
export function createExcelGlobal(
  model: SimWorkbook,
  stats: SyncStats,
  cellEdit: CellEditMode = new CellEditMode()
): SimulatedExcel {
  // API objects keep the raw context (`range.context`), the batch gets the wrapped one: either leads back here.
  const wrapped = new WeakMap<SimRequestContext, object>();
  const unwrapped = new WeakMap<object, SimRequestContext>();
  const wrap = (raw: SimRequestContext): void => {
    const proxied = simulated(raw, REQUEST_CONTEXT);
    raw.workbook = simulated(new WorkbookApi(raw), WorkbookApi);
    wrapped.set(raw, proxied);
    unwrapped.set(proxied, raw);
  };
  const run = async <T>(...args: unknown[]): Promise<T> => {
    const [first, second] = args;
    let raw: SimRequestContext;
    let batch: Batch<T>;
    let delay = false;
    if (
      args.length === 2 &&
      typeof second === "function" &&
      typeof first === "object" &&
      first !== null &&
      !(first instanceof SimRequestContext) &&
      !unwrapped.has(first)
    ) {
      const unknown = Object.keys(first).filter((key) => !RUN_OPTIONS.includes(key));
      if (unknown.length > 0) throw missing(`Excel.run option ${unknown.join(", ")}`);
      delay = (first as { delayForCellEdit?: boolean }).delayForCellEdit === true;
      raw = new SimRequestContext(model, stats);
      wrap(raw);
      batch = second as Batch<T>;
    } else if (args.length === 1 && typeof first === "function") {
      raw = new SimRequestContext(model, stats);
      wrap(raw);
      batch = first as Batch<T>;
    } else if (
      args.length === 2 &&
      typeof second === "function" &&
      first instanceof SimRequestContext
    ) {
      raw = unwrapped.get(first) ?? first;
      batch = second as Batch<T>;
    } else {
      throw missing("Excel.run with these arguments (only run(batch) and run(context, batch))");
    }
    await cellEdit.admit(delay);
    const result = await batch(wrapped.get(raw));
    if (raw.hasPendingOperations) await raw.sync();
    return result;
  };
  // A constructor returning an object gives that object to `new`: the wrapped context, as Excel.run's batch gets.
  function RequestContext(): object {
    const raw = new SimRequestContext(model, stats);
    wrap(raw);
    return wrapped.get(raw)!;
  }
  return simulated({ run, RequestContext } as unknown as SimulatedExcel, {
    excelName: "",
    members: ["run", "RequestContext"],
  });
}
