/* global OfficeExtension */
/**
 * The two things the adapters need from Office: a way to run a batch (`Excel.run`) and requirement-set detection.
 * Injected so the same adapters run in Excel and in the preview's simulated workbook (the tests' too).
 */
export interface ExcelHost {
  /** Runs a batch in a new request context, or in `context` (needed to remove an event handler). */
  run<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    context?: OfficeExtension.ClientRequestContext
  ): Promise<T>;
  /** True when the host supports ExcelApi `version` (e.g. "1.8"). */
  supports(version: string): boolean;
  /**
   * Calls `listener(visible)` when the task pane is shown or hidden; resolves to a remover. Absent where the host
   * cannot tell (then the pane counts as visible).
   */
  onVisibilityChanged?(listener: (visible: boolean) => void): Promise<() => Promise<void>>;
}

/** ExcelApi version of `Excel.run({ delayForCellEdit: true }, batch)`. */
export const DELAY_FOR_CELL_EDIT_API = "1.11";

/** The office.js globals the host reads: `Excel.run`, requirement sets and (shared runtime) `Office.addin`. */
export interface OfficeGlobals {
  readonly Excel: { run(...args: any[]): Promise<any> };
  readonly Office: {
    readonly context?: {
      readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
    };
    readonly addin?: {
      onVisibilityModeChanged(
        handler: (args: { visibilityMode: unknown }) => void
      ): Promise<() => Promise<void>>;
    };
  };
}

/** The global `Excel` and `Office`, or undefined outside Office. */
function globalOffice(): OfficeGlobals | undefined {
  if (typeof Excel === "undefined" || typeof Office === "undefined") return undefined;
  return { Excel, Office } as unknown as OfficeGlobals;
}

/**
 * The host of the running add-in: the global `Excel` and `Office` (or `globals`, as a test's simulated Excel gives
 * them). Outside Office (no `Excel` global) every requirement set reads as unsupported, so actions answer
 * API_UNSUPPORTED instead of throwing.
 *
 * @example createExcelWorkbookPort(officeExcelHost())
 */
export function officeExcelHost(globals?: OfficeGlobals): ExcelHost {
  const office = () => globals ?? globalOffice();
  const supports = (version: string) =>
    office()?.Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  return {
    // Without delayForCellEdit a batch fails while the user edits a cell; with it (ExcelApi 1.11) Excel runs the
    // batch once the user leaves the cell (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
    run: (batch, context) => {
      const excel = (office() ?? { Excel }).Excel;
      if (context) return excel.run(context, batch);
      if (supports(DELAY_FOR_CELL_EDIT_API)) return excel.run({ delayForCellEdit: true }, batch);
      return excel.run(batch);
    },
    supports,
    // Shared runtime only: Office.addin.onVisibilityModeChanged
    // (learn.microsoft.com/javascript/api/office/office.visibilitymode, …/develop/show-hide-add-in).
    onVisibilityChanged: async (listener) => {
      const addin = office()?.Office.addin;
      if (!addin) throw new Error("Office.addin is missing: not a shared runtime");
      return addin.onVisibilityModeChanged((args) =>
        listener(String(args.visibilityMode) !== "Hidden")
      );
    },
  };
}
