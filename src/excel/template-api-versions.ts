/**
 * The ExcelApi requirement sets of Insert and Update, apart from the code that writes the template: the port checks
 * them before it loads that code, which the task pane fetches only when Insert or Update is asked for (it holds the
 * template's plan and formulas, about a tenth of the pane's script), so the pane opens with less to load.
 */

/** Insert template: `Workbook.worksheets.add`, tables, validation, conditional formats (ExcelApi 1.8). */
export const INSERT_API = "1.8";
/** Update template: as Insert. */
export const UPDATE_API = "1.8";
/** `Table.resize` (ExcelApi 1.13): missing items grow the table over blank rows below it (docs/data-safety.md). */
export const TABLE_RESIZE_API = "1.13";
/** `AutoFilter.isDataFiltered` (ExcelApi 1.9): Update refuses under a filter (docs/data-safety.md). */
export const AUTO_FILTER_API = "1.9";
