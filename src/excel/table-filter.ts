/**
 * Whether the data sheet is filtered, read so Update can refuse before writing: values written over filtered rows
 * have been reported to land in the wrong cells (office-js issue #224, "Setting range data when filter is applied
 * doesn't work"), and rows a user cannot see are not rows to write into (docs/data-safety.md, "Filters").
 *
 * With ExcelApi 1.9, the worksheet's and the table's `autoFilter.isDataFiltered` ("Specifies if the AutoFilter has
 * filter criteria", ExcelApi 1.9 in Microsoft's reference for Excel.AutoFilter). Without it, `range.rowHidden` of
 * the used range (ExcelApi 1.2: `null` when some rows are hidden, `true` when all are): hidden rows cannot be told
 * from filtered ones there, so any hidden row counts as a filter.
 */

/** ExcelApi version that has `autoFilter` on worksheets and tables. */
export const AUTO_FILTER_API = "1.9";

/** A filter state queued for loading; `filtered()` may be called after the next sync. */
export interface FilterProbe {
  filtered(): boolean;
}

/**
 * Queues the loads that tell whether the data sheet or its table is filtered (no sync).
 *
 * @example const probe = probeFilters(sheet, table, used, host.supports(AUTO_FILTER_API)); await context.sync();
 */
export function probeFilters(
  sheet: Excel.Worksheet,
  table: Excel.Table | null,
  used: Excel.Range,
  autoFilterApi: boolean
): FilterProbe {
  if (!autoFilterApi) {
    used.load("rowHidden");
    return { filtered: () => used.rowHidden !== false };
  }
  sheet.autoFilter.load("isDataFiltered");
  table?.autoFilter.load("isDataFiltered");
  return {
    filtered: () =>
      sheet.autoFilter.isDataFiltered === true || table?.autoFilter.isDataFiltered === true,
  };
}
