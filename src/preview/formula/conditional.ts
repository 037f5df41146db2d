import { scalarOf } from "./arguments";
import { compileCriterion } from "./criteria";
import { FormulaError } from "./errors";
import { EvalResult, RangeValue, Value } from "./values";

/** A worksheet function that takes its arguments evaluated (ranges stay ranges). */
export type RangeFunction = (args: readonly EvalResult[]) => Value;

function grid(result: EvalResult): readonly (readonly Value[])[] {
  return result instanceof RangeValue ? result.rows : [[result]];
}

function sameShape(a: readonly (readonly Value[])[], b: readonly (readonly Value[])[]): boolean {
  return a.length === b.length && a[0].length === b[0].length;
}

const SHAPE_ERROR = new FormulaError("#VALUE!", "The ranges are not all the same size");

/**
 * The rows (as flat indexes) where every `range, criterion` pair matches, or #VALUE! when a range differs in size
 * from `shape` (Excel: "Each additional range must have the same number of rows and columns").
 */
function matching(
  shape: readonly (readonly Value[])[],
  pairs: readonly EvalResult[],
  name: string
): number[] | FormulaError {
  if (pairs.length === 0 || pairs.length % 2 !== 0) {
    return new FormulaError("#VALUE!", `${name} takes ranges and criteria in pairs`);
  }
  let hits = shape.flat().map((_, index) => index);
  for (let i = 0; i < pairs.length; i += 2) {
    const range = grid(pairs[i]);
    if (!sameShape(range, shape)) return SHAPE_ERROR;
    const test = compileCriterion(scalarOf(pairs[i + 1]));
    const cells = range.flat();
    hits = hits.filter((index) => test(cells[index]));
  }
  return hits;
}

/** Sum and count of the numbers at `hits`; an error there is the result (Excel passes it on). */
function total(values: readonly Value[], hits: readonly number[]): [number, number] | FormulaError {
  let sum = 0;
  let count = 0;
  for (const index of hits) {
    const cell = values[index];
    if (cell instanceof FormulaError) return cell;
    if (typeof cell === "number") {
      sum += cell;
      count += 1;
    }
  }
  return [sum, count];
}

function aggregate(name: string, kind: "sum" | "average", withRangeFirst: boolean): RangeFunction {
  return (args) => {
    // SUMIF(range, criterion, [sum_range]) vs SUMIFS(sum_range, range1, criterion1, ...).
    const valuesArg = withRangeFirst ? (args[2] ?? args[0]) : args[0];
    const pairs = withRangeFirst ? args.slice(0, 2) : args.slice(1);
    if (withRangeFirst && args.length > 3)
      return new FormulaError("#VALUE!", `${name} takes 2 or 3 arguments`);
    const values = grid(valuesArg);
    const hits = matching(values, pairs, name);
    if (hits instanceof FormulaError) return hits;
    const result = total(values.flat(), hits);
    if (result instanceof FormulaError) return result;
    const [sum, count] = result;
    if (kind === "sum") return sum;
    return count === 0 ? new FormulaError("#DIV/0!", `${name}: no number matches`) : sum / count;
  };
}

function count(name: string, single: boolean): RangeFunction {
  return (args) => {
    if (single && args.length !== 2)
      return new FormulaError("#VALUE!", `${name} takes 2 arguments`);
    const hits = matching(grid(args[0] ?? null), args, name);
    return hits instanceof FormulaError ? hits : hits.length;
  };
}

/**
 * SUMPRODUCT as Excel computes it: arrays of one size (else #VALUE!), "non-numeric array entries as if they were
 * zeros", an error anywhere is the result (https://support.microsoft.com/office/sumproduct-function-16753e75-9f68-
 * 4874-94ac-4d2145a2fd2e).
 */
const sumProduct: RangeFunction = (args) => {
  if (args.length === 0) return new FormulaError("#VALUE!", "SUMPRODUCT needs an array");
  const arrays = args.map(grid);
  if (arrays.some((array) => !sameShape(array, arrays[0]))) return SHAPE_ERROR;
  const flat = arrays.map((array) => array.flat());
  let sum = 0;
  for (let i = 0; i < flat[0].length; i += 1) {
    let product = 1;
    for (const array of flat) {
      const cell = array[i];
      if (cell instanceof FormulaError) return cell;
      product *= typeof cell === "number" ? cell : 0;
    }
    sum += product;
  }
  return sum;
};

/**
 * COUNTA: every non-empty value, empty text from a formula included (Excel's COUNTA help: "counts cells containing
 * any type of information, including error values and empty text"); formulajs 4.6.1 skips empty text.
 */
const countA: RangeFunction = (args) =>
  args.reduce<number>(
    (count, arg) =>
      count +
      (arg instanceof RangeValue ? arg.cells() : [arg]).filter((cell) => cell !== null).length,
    0
  );

/**
 * The functions the preview computes itself because @formulajs/formulajs differs from Excel there (measured with
 * formulajs 4.6.1: its criteria are case-sensitive, count blanks for "<>", know no wildcards, ignore "" for blank,
 * compare text with numbers; its SUMPRODUCT refuses text instead of counting it as 0; its COUNTA skips "").
 */
export const CONDITIONAL_FUNCTIONS: Readonly<Record<string, RangeFunction>> = {
  COUNTIF: count("COUNTIF", true),
  COUNTIFS: count("COUNTIFS", false),
  SUMIF: aggregate("SUMIF", "sum", true),
  SUMIFS: aggregate("SUMIFS", "sum", false),
  AVERAGEIF: aggregate("AVERAGEIF", "average", true),
  AVERAGEIFS: aggregate("AVERAGEIFS", "average", false),
  SUMPRODUCT: sumProduct,
  COUNTA: countA,
};
