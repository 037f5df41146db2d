import {
  MAX_COLS,
  MAX_ROWS,
  columnLetters,
  formatCellRef,
  parseCellRef,
  parseColumnRef,
} from "./a1";
import { tokenize } from "./tokenize";

/**
 * Moves a formula's relative references as Excel does when one formula fills a range (or is copied): each
 * reference without `$` moves by the distance between the cells; one pushed off the sheet becomes `#REF!`.
 * Text outside references is kept as written.
 *
 * @example
 * shiftFormula("=IF(ISBLANK(K5),\"\",$B$3&K5)", 2, 0); // "=IF(ISBLANK(K7),\"\",$B$3&K7)"
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (!formula.startsWith("=") || (rows === 0 && cols === 0)) return formula;
  const body = formula.slice(1);
  let out = "";
  let last = 0;
  for (const token of tokenize(body)) {
    if (token.kind !== "ref") continue;
    const prefix = token.text.slice(0, token.text.length - token.cell!.length);
    if (token.column) {
      // One side of a whole-column reference: only its column moves.
      const side = parseColumnRef(token.cell!)!;
      const col = side.colAbsolute ? side.col : side.col + cols;
      const moved =
        col >= 0 && col < MAX_COLS
          ? `${side.colAbsolute ? "$" : ""}${columnLetters(col)}`
          : "#REF!";
      out += body.slice(last, token.start) + prefix + moved;
      last = token.end;
      continue;
    }
    const ref = parseCellRef(token.cell!)!;
    const row = ref.rowAbsolute ? ref.row : ref.row + rows;
    const col = ref.colAbsolute ? ref.col : ref.col + cols;
    const onSheet = row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLS;
    out +=
      body.slice(last, token.start) +
      prefix +
      (onSheet ? formatCellRef({ ...ref, row, col }) : "#REF!");
    last = token.end;
  }
  return `=${out}${body.slice(last)}`;
}
