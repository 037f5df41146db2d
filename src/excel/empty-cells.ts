/**
 * Which cells of a custom function's arguments are empty. Excel on Windows and Mac hands an empty cell to a custom
 * function as 0, in a single cell and in a range alike (office-js #4702, #5262, #1951); Excel on the web hands it as
 * null; builds with a later fix pass null too, and no requirement set tells them apart (a Microsoft engineer in
 * #4702, who suggests reading the cell when a 0 arrives). A shared-runtime function may read the workbook through
 * `new Excel.RequestContext()`
 * (learn.microsoft.com/office/dev/add-ins/excel/call-excel-apis-from-custom-function), and with
 * `@requiresParameterAddresses` Excel gives it the address of each argument
 * (learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.invocation#parameteraddresses).
 * `Range.valueTypes` (ExcelApi 1.1) says "Empty" for an empty cell (Excel.RangeValueType). docs/excel-hosts.md.
 */

/** Reads, for each address, a matrix of "is this cell empty" in one round trip. */
export type EmptyCellReader = (addresses: readonly string[]) => Promise<boolean[][][]>;

/** How the running host hands empty cells to custom functions, and how to find them. */
export interface EmptyCellHost {
  /** True on Excel on the web, which passes an empty cell as null: a 0 there is a 0. */
  readonly blanksArriveAsNull: boolean;
  /** Null when this host cannot read the workbook from a custom function (no Excel API). */
  readonly read: EmptyCellReader | null;
}

/** Splits "'KPI Data'!D2:D5" into the sheet name and the range address. */
export function splitAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address };
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/**
 * The reader over a request-context factory: every range's `valueTypes` loaded, one `sync()` for all of them.
 *
 * @example const masks = await readEmptyCells(() => new Excel.RequestContext())(["Sheet1!A1:A3"]);
 */
export function readEmptyCells(newContext: () => Excel.RequestContext): EmptyCellReader {
  return async (addresses) => {
    const context = newContext();
    const ranges = addresses.map((address) => {
      const { sheet, range } = splitAddress(address);
      const worksheets = context.workbook.worksheets;
      const worksheet =
        sheet === null ? worksheets.getActiveWorksheet() : worksheets.getItem(sheet);
      return worksheet.getRange(range).load("valueTypes");
    });
    await context.sync();
    return ranges.map((range) => range.valueTypes.map((row) => row.map((t) => t === "Empty")));
  };
}

/**
 * The running host, from the globals: Excel on the web is `Office.context.platform` "OfficeOnline"
 * (Office.PlatformType); the reader needs the `Excel` global of the shared runtime.
 *
 * @example officeEmptyCellHost().blanksArriveAsNull // true in Excel on the web
 */
export function officeEmptyCellHost(): EmptyCellHost {
  const platform = typeof Office === "undefined" ? undefined : Office.context?.platform;
  // Excel.RequestContext is looked up only when cells must be read (a simulation may lack it): a failure then
  // rejects the read, and the function says it cannot tell.
  return {
    blanksArriveAsNull: String(platform) === "OfficeOnline",
    read: typeof Excel === "undefined" ? null : readEmptyCells(() => new Excel.RequestContext()),
  };
}
