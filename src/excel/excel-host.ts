/* global OfficeExtension */
/**
 * The two things the adapters need from Office: a way to run a batch (`Excel.run`) and requirement-set detection.
 * Injected so the same adapters run in Excel, in the preview's simulated workbook and under office-addin-mock.
 */
export interface ExcelHost {
  /** Runs a batch in a new request context, or in `context` (needed to remove an event handler). */
  run<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    context?: OfficeExtension.ClientRequestContext
  ): Promise<T>;
  /** True when the host supports ExcelApi `version` (e.g. "1.8"). */
  supports(version: string): boolean;
}

/**
 * The host of the running add-in: the global `Excel` and `Office`. Outside Office (no `Excel` global) every
 * requirement set reads as unsupported, so actions answer API_UNSUPPORTED instead of throwing.
 *
 * @example createExcelWorkbookPort(officeExcelHost())
 */
export function officeExcelHost(): ExcelHost {
  return {
    run: (batch, context) => (context ? Excel.run(context, batch) : Excel.run(batch)),
    supports: (version) =>
      typeof Excel !== "undefined" &&
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", version) === true,
  };
}
