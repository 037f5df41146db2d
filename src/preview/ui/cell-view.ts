import { FormulaError } from "../formula";
import { conditionalLook } from "../workbook/conditional-format";
import { displayText } from "../workbook/number-format";
import { SimSheet } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";

/** How the grid draws one cell. */
export interface CellView {
  readonly text: string;
  /** An error's message (a custom function's CustomFunctions.Error message), for the tooltip. */
  readonly note?: string;
  readonly align: "left" | "center" | "right";
  readonly fill?: string;
  readonly color?: string;
  readonly bold: boolean;
  readonly wrap: boolean;
}

/**
 * The look of a cell: its value through its number format, Excel's General alignment (numbers right, logicals and
 * errors centred, text left), its own formatting, and the colours its conditional formats give it on top.
 *
 * @example
 * cellView(workbook, dataSheet, 4, 17); // { text: "OK", align: "left", bold: false, wrap: true, … }
 */
export function cellView(
  workbook: SimWorkbook,
  sheet: SimSheet,
  row: number,
  col: number
): CellView {
  const cell = sheet.cell(row, col);
  const value = workbook.value(sheet.id, row, col);
  const look = sheet.conditionalFormats.length
    ? conditionalLook(workbook, sheet.id, sheet.conditionalFormats, row, col)
    : {};
  const isError = value instanceof FormulaError;
  return {
    text: displayText(value, cell.numberFormat),
    ...(isError && value.message ? { note: value.message } : {}),
    align:
      typeof value === "number"
        ? "right"
        : typeof value === "boolean" || isError
          ? "center"
          : "left",
    fill: look.fill ?? cell.format.fill,
    color: look.fontColor ?? cell.format.fontColor,
    bold: cell.format.bold === true,
    wrap: cell.format.wrap === true,
  };
}

/**
 * What the formula bar shows for a cell: its formula, or its constant as typed (an error as its code).
 *
 * @example
 * entryText(sheet, 4, 17); // "=KPI.CHECK(A5,…)"
 */
export function entryText(sheet: SimSheet, row: number, col: number): string {
  const { content } = sheet.cell(row, col);
  if (content.kind === "empty") return "";
  if (content.kind === "formula") return content.formula;
  return displayText(content.value, "General");
}
