import { FormulaError, toBoolean } from "../formula";
import { Area, containsCell } from "./area";
import { FormulaHost } from "./formula-host";

/** A "Custom" (formula) conditional format: the only type the preview simulates. */
export interface ConditionalFormatRule {
  readonly id: number;
  /** The range it was added to: the formula is written for its top-left cell. */
  readonly area: Area;
  formula: string;
  fill?: string;
  fontColor?: string;
}

/** The colours conditional formats give a cell (absent: the cell's own formatting shows). */
export interface ConditionalLook {
  readonly fill?: string;
  readonly fontColor?: string;
}

/**
 * The fill and font colour that a sheet's conditional formats give one cell: rules are tried in priority order and
 * each property comes from the first true rule that sets it, as in Excel. A rule whose formula gives an error or
 * anything but TRUE / a non-zero number does not apply.
 *
 * @example
 * conditionalLook(host, sheet.id, sheet.conditionalFormats, 4, 10); // { fill: "#FFC7CE", fontColor: "#9C0006" }
 */
export function conditionalLook(
  host: FormulaHost,
  sheetId: string,
  rules: readonly ConditionalFormatRule[],
  row: number,
  col: number
): ConditionalLook {
  let fill: string | undefined;
  let fontColor: string | undefined;
  for (const rule of rules) {
    if (!containsCell(rule.area, row, col) || !rule.formula) continue;
    if ((fill || !rule.fill) && (fontColor || !rule.fontColor)) continue;
    const result = host.evaluateAt(
      sheetId,
      rule.formula,
      row - rule.area.top,
      col - rule.area.left
    );
    if (result instanceof FormulaError || toBoolean(result) !== true) continue;
    fill ??= rule.fill;
    fontColor ??= rule.fontColor;
  }
  return { ...(fill ? { fill } : {}), ...(fontColor ? { fontColor } : {}) };
}
