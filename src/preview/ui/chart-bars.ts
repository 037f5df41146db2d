import { FormulaError } from "../formula";
import { SimChart } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";

export interface ChartBar {
  readonly label: string;
  /** null when the cell holds no number (an error or text): Excel draws no bar. */
  readonly value: number | null;
}

/**
 * The bars of a chart's first series: the source's first column names the categories, its second column holds the
 * values, and its first row is the header (as Excel reads a range with text headers, series by columns).
 *
 * @example
 * chartBars(workbook, chart); // [{ label: "Economy", value: 56.3 }, { label: "Environment", value: null }, …]
 */
export function chartBars(
  workbook: SimWorkbook,
  chart: SimChart
): { series: string; bars: ChartBar[] } {
  const { source, sourceSheetId } = chart;
  const text = (row: number, col: number): string => {
    const value = workbook.value(sourceSheetId, row, col);
    return value instanceof FormulaError ? value.code : value === null ? "" : String(value);
  };
  const bars: ChartBar[] = [];
  for (let row = source.top + 1; row <= source.bottom; row += 1) {
    const value = workbook.value(sourceSheetId, row, source.right);
    bars.push({ label: text(row, source.left), value: typeof value === "number" ? value : null });
  }
  return { series: text(source.top, source.right), bars };
}
