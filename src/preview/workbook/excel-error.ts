/** Excel's error codes (`OfficeExtension.Error.code`) that the simulated workbook raises. */
export type ExcelErrorCode =
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "AccessDenied"
  | "InvalidOperation"
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "InvalidOperationInCellEditMode";

/**
 * An error as a failed Excel batch reports it: `code` is what add-ins branch on (src/excel maps it to a
 * PortErrorCode), `message` and `debugInfo` describe it.
 *
 * @example
 * throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.");
 */
export class ExcelError extends Error {
  readonly debugInfo: {
    readonly code: ExcelErrorCode;
    readonly message: string;
    errorLocation?: string;
  };

  constructor(
    readonly code: ExcelErrorCode,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}
