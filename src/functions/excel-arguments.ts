import type { RawCell } from "../domain/workbook/workbook-port";

/** `errorType` of an Excel.ErrorCellValue (data-types runtime) → the error as Excel prints it. */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  Div0: "#DIV/0!",
  NotAvailable: "#N/A",
  Name: "#NAME?",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Value: "#VALUE!",
};

/**
 * The Excel error an argument carries, as Excel prints it ("#N/A"), or null. Excel may hand an error to a custom
 * function as a CustomFunctions.Error-like object (`code` "#N/A") or, with data types, as an ErrorCellValue
 * (`type` "Error", `errorType` "NotAvailable"); with the default metadata it may not call the function at all.
 *
 * @example excelErrorOf({ code: "#DIV/0!" }) === "#DIV/0!"
 * @example excelErrorOf(12) === null
 */
export function excelErrorOf(arg: unknown): string | null {
  if (typeof arg !== "object" || arg === null) return null;
  const { code, type, errorType } = arg as { code?: unknown; type?: unknown; errorType?: unknown };
  if (typeof code === "string" && code.startsWith("#")) return code;
  if (type === "Error" && typeof errorType === "string") return ERROR_TYPES[errorType] ?? "#VALUE!";
  return null;
}

/**
 * A data-type cell value (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts) as
 * a plain value: its `basicValue` (formatted numbers and most types), else an entity's `text`; null otherwise.
 */
function plainValueOf(arg: object): RawCell {
  const { basicValue, text } = arg as { basicValue?: unknown; text?: unknown };
  if (["number", "string", "boolean"].includes(typeof basicValue)) return basicValue as RawCell;
  return typeof text === "string" ? text : null;
}

/** A data-type value with no plain value, named by its type ("[WebImage]") for messages. */
function typeLabel(arg: object): string {
  const { type } = arg as { type?: unknown };
  return typeof type === "string" ? `[${type}]` : "[data type]";
}

/**
 * One cell as the domain reads it: numbers, text and booleans as they are, an error as its "#…" text (which the
 * parser reads as CELL_ERROR), nothing as null, a data-type value (entity, formatted number) by its plain value or
 * text (never "[object Object]"), and anything else as text.
 *
 * @example toRawCell(undefined) === null
 * @example toRawCell({ code: "#N/A" }) === "#N/A"
 * @example toRawCell({ type: "Entity", text: "Paris", properties: {} }) === "Paris"
 */
export function toRawCell(arg: unknown): RawCell {
  if (arg === null || arg === undefined) return null;
  if (typeof arg === "number" || typeof arg === "string" || typeof arg === "boolean") return arg;
  if (Array.isArray(arg)) return String(arg);
  if (typeof arg === "object") return excelErrorOf(arg) ?? plainValueOf(arg) ?? typeLabel(arg);
  return String(arg);
}

/**
 * A range argument as a list of cells, row by row. A single value (a scalar, or an omitted argument's null) is
 * a one-cell range, so one signature serves a cell and a range.
 *
 * @example flattenRange([[1, 2], [3, 4]]) → [1, 2, 3, 4]
 * @example flattenRange(5) → [5]
 */
export function flattenRange(arg: unknown): RawCell[] {
  if (!Array.isArray(arg)) return [toRawCell(arg)];
  const cells: RawCell[] = [];
  for (const row of arg) {
    if (Array.isArray(row)) for (const cell of row) cells.push(toRawCell(cell));
    else cells.push(toRawCell(row));
  }
  return cells;
}

/** Number of cells of a range argument without flattening it (to refuse huge ranges cheaply). */
export function cellCount(arg: unknown): number {
  if (!Array.isArray(arg)) return 1;
  let count = 0;
  for (const row of arg) count += Array.isArray(row) ? row.length : 1;
  return count;
}

/**
 * True when an optional argument was left out: omitted (undefined / null), an empty range, or empty text.
 *
 * @example isOmitted(null) === true
 * @example isOmitted([[""]]) === true
 */
export function isOmitted(arg: unknown): boolean {
  if (arg === null || arg === undefined || arg === "") return true;
  if (Array.isArray(arg)) return arg.length === 0 || (arg.length === 1 && isOmitted(arg[0]));
  return false;
}
