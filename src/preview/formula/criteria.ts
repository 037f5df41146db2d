import { FormulaError } from "./errors";
import { Scalar, Value, compareValues } from "./values";

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;
const TEXT_NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/**
 * Excel's criteria of COUNTIF(S), SUMIF(S) and AVERAGEIF(S), compiled to a test of one cell. The rules, from
 * Microsoft's COUNTIFS documentation (https://support.microsoft.com/office/countifs-function-dec8ccbd-8aa0-4d4b-
 * 86f2-5ad14c4f4f13), the counts in worksheet-functions.test.ts checked in LibreOffice Calc 7.4: text compares
 * case-insensitively with `*`, `?` and `~` wildcards; a text criterion that reads as a number matches numbers
 * (and, for equality, text reading as that number), a number criterion only numbers;
 * `""` matches blank cells and empty text, `"="` only blank cells, `"<>"` every non-blank cell; `<`, `>`… compare
 * only values of the criterion's own kind; error cells never match.
 *
 * @example
 * const economy = compileCriterion("economy");
 * economy("Economy"); // true
 * compileCriterion(">4")("5"); // false: text is not compared with a number
 */
export function compileCriterion(criterion: Value): (cell: Value) => boolean {
  if (criterion instanceof FormulaError) return () => false;
  if (criterion === null) return (cell) => cell === 0;
  if (typeof criterion !== "string") return (cell) => cell === criterion;
  const [, op = "", operand] = OPERATOR.exec(criterion)!;
  if (operand === "") {
    if (op === "") return (cell) => cell === null || cell === "";
    if (op === "=") return (cell) => cell === null;
    if (op === "<>") return (cell) => cell !== null;
  }
  const target = operandValue(operand);
  if (op === "" || op === "=" || op === "<>") {
    const equal = equality(target);
    return op === "<>"
      ? (cell) => !(cell instanceof FormulaError) && !equal(cell)
      : (cell) => equal(cell);
  }
  return (cell) => {
    if (cell === null || cell instanceof FormulaError || typeof cell !== typeof target)
      return false;
    const order = compareValues(cell, target);
    if (order instanceof FormulaError) return false;
    return op === "<" ? order < 0 : op === ">" ? order > 0 : op === "<=" ? order <= 0 : order >= 0;
  };
}

function operandValue(operand: string): Scalar {
  if (TEXT_NUMBER.test(operand.trim())) return Number(operand.trim());
  const upper = operand.toUpperCase();
  return upper === "TRUE" ? true : upper === "FALSE" ? false : operand;
}

function equality(target: Scalar): (cell: Value) => boolean {
  if (typeof target === "number") {
    return (cell) =>
      cell === target ||
      (typeof cell === "string" && TEXT_NUMBER.test(cell.trim()) && Number(cell) === target);
  }
  if (typeof target === "boolean") return (cell) => cell === target;
  const pattern = wildcardPattern(String(target));
  return (cell) => typeof cell === "string" && pattern.test(cell);
}

/** `*` any run, `?` one character, `~*` `~?` `~~` the character itself; case-insensitive, whole text. */
function wildcardPattern(text: string): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "~" && i + 1 < text.length && "*?~".includes(text[i + 1])) {
      source += `\\${text[i + 1]}`;
      i += 1;
    } else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}
