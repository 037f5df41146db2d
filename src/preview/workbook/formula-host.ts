import { Value } from "../formula";

/** What rules (validation, conditional formats, charts) need from the workbook to evaluate their formulas. */
export interface FormulaHost {
  /** The calculated value of a cell. */
  value(sheetId: string, row: number, col: number): Value;
  /**
   * Evaluates a formula written for one cell of `sheetId` as if it were written `rowOffset` rows and `colOffset`
   * columns further (relative references move, absolute ones do not); a formula that does not parse is #NAME?.
   */
  evaluateAt(sheetId: string, formula: string, rowOffset: number, colOffset: number): Value;
  /**
   * Every cell a reference formula points to (`='KPI Lists'!$A$2:$A$7`), row by row, for list rules and charts.
   * Throws when the formula is not a plain reference.
   */
  referenceCells(sheetId: string, formula: string, rowOffset: number, colOffset: number): Value[];
}
