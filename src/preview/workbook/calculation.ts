import {
  CellSource,
  EvalResult,
  Expr,
  ExternalFunction,
  FormulaError,
  FormulaSyntaxError,
  RangeValue,
  Value,
  evaluate,
  evaluateFormula,
  parseFormula,
} from "../formula";
import { SimSheet } from "./sheet";

/** The sheets a calculation reads: looked up by name, as formulas name them. */
export interface SheetDirectory {
  readonly sheets: readonly SimSheet[];
  sheetByName(name: string): SimSheet | undefined;
  sheetById(id: string): SimSheet | undefined;
}

/**
 * Calculates formula cells on demand and remembers the results until anything changes (the workbook then calls
 * `invalidate()`: recalculating everything on each edit is fast enough at the template's size, and cannot miss a
 * dependent). A cell that depends on itself is #REF! with the message "Circular reference".
 */
export class Calculation {
  private readonly values = new Map<string, Value>();
  private readonly inProgress = new Set<string>();
  private readonly parsed = new Map<string, Expr | FormulaSyntaxError>();
  /** The workbook's used row count, for whole-column references (forgotten with the values). */
  private usedRows: number | undefined;
  private readonly source: CellSource;

  constructor(
    private readonly sheets: SheetDirectory,
    private readonly functions: (name: string) => ExternalFunction | undefined
  ) {
    this.source = {
      hasSheet: (name) => this.sheets.sheetByName(name) !== undefined,
      sheetName: (name) => this.sheets.sheetByName(name)?.name ?? name,
      cellValue: (name, row, col) => this.value(this.sheets.sheetByName(name)!, row, col),
      usedRowCount: () => (this.usedRows ??= this.countUsedRows()),
      numberFormat: (name, row, col) => this.sheets.sheetByName(name)!.cell(row, col).numberFormat,
    };
  }

  invalidate(): void {
    this.values.clear();
    this.usedRows = undefined;
  }

  private countUsedRows(): number {
    return Math.max(0, ...this.sheets.sheets.map((sheet) => (sheet.usedArea()?.bottom ?? -1) + 1));
  }

  /** A cell's value: its constant, or its formula's result (null when empty). */
  value(sheet: SimSheet, row: number, col: number): Value {
    const content = sheet.cell(row, col).content;
    if (content.kind === "empty") return null;
    if (content.kind === "value") return content.value;
    const key = `${sheet.id}!${row},${col}`;
    const cached = this.values.get(key);
    if (cached !== undefined) return cached;
    if (this.inProgress.has(key)) return new FormulaError("#REF!", "Circular reference");
    this.inProgress.add(key);
    try {
      const value = this.evaluateOn(sheet, content.formula, 0, 0);
      this.values.set(key, value);
      return value;
    } finally {
      this.inProgress.delete(key);
    }
  }

  /** A formula evaluated on `sheet`, moved by an offset (conditional formats, validation). */
  evaluateOn(sheet: SimSheet, formula: string, rowOffset: number, colOffset: number): Value {
    const expr = this.parse(formula);
    if (expr instanceof FormulaSyntaxError) return new FormulaError("#NAME?", expr.message);
    return evaluateFormula(expr, this.context(sheet, rowOffset, colOffset));
  }

  /** Every cell a reference formula points to, row by row. */
  referenceCells(sheet: SimSheet, formula: string, rowOffset: number, colOffset: number): Value[] {
    const expr = this.parse(formula);
    if (expr instanceof FormulaSyntaxError) throw expr;
    if (expr.kind !== "ref" && expr.kind !== "range")
      throw new Error(`Not a reference: ${formula}`);
    const result: EvalResult = evaluate(expr, this.context(sheet, rowOffset, colOffset));
    return result instanceof RangeValue ? result.cells() : [result];
  }

  /** Parses (once per distinct text) a formula; a syntax error is returned, not thrown. */
  parse(formula: string): Expr | FormulaSyntaxError {
    let expr = this.parsed.get(formula);
    if (!expr) {
      try {
        expr = parseFormula(formula);
      } catch (error) {
        if (!(error instanceof FormulaSyntaxError)) throw error;
        expr = error;
      }
      this.parsed.set(formula, expr);
    }
    return expr;
  }

  private context(sheet: SimSheet, rowOffset: number, colOffset: number) {
    return {
      source: this.source,
      sheet: sheet.name,
      rowOffset,
      colOffset,
      functions: this.functions,
    };
  }
}
