import { FormulaError } from "./errors";
import { evaluateFormula } from "./evaluate";
import { fixedCells } from "./fixed-cells";
import { parseFormula } from "./parse";
import { Value } from "./values";

const source = fixedCells({
  S: {
    A1: 5,
    A2: "text",
    A3: true,
    B1: "  two   words ",
    C1: new FormulaError("#N/A"),
    D1: "",
    D2: 0,
  },
});
const calc = (formula: string): Value => {
  const value = evaluateFormula(parseFormula(formula), { source, sheet: "S" });
  return value instanceof FormulaError ? value.code : value;
};

describe("built-in functions", () => {
  it.each<[string, Value]>([
    ["=AND(TRUE,1)", true],
    ["=AND(TRUE,0)", false],
    ["=AND(A1:A3)", true], // text inside a range is skipped
    ["=OR(FALSE,A3)", true],
    ["=OR(0,Z1)", false],
    ['=AND("x")', "#VALUE!"], // text given directly
    ["=AND(Z1:Z3)", "#VALUE!"], // no logical value at all
    ["=OR(C1,TRUE)", "#N/A"],
    ["=NOT(0)", true],
    ['=NOT("TRUE")', false],
    ["=NOT(1,2)", "#VALUE!"],
    ['=IF(A1>3,"big","small")', "big"],
    ['=IF(A1>9,"big","small")', "small"],
    ['=IF(A1>9,"big")', false],
    ['=IF(A1>9,"big",)', 0],
    ["=IF(TRUE,Z1,1)", 0],
    ['=IF(FALSE,C1,"safe")', "safe"], // the branch not taken is never evaluated
    ['=IF("maybe",1,2)', "#VALUE!"],
    ["=IF(TRUE)", "#VALUE!"],
    ["=ISBLANK(Z1)", true],
    ["=ISBLANK(D1)", false], // an empty string is not blank
    ["=ISBLANK(D2)", false],
    ["=ISNUMBER(A1)", true],
    ["=ISNUMBER(A2)", false],
    ['=ISNUMBER("5")', false],
    ["=ISTEXT(A2)", true],
    ["=ISTEXT(Z1)", false],
    ["=ISERROR(C1)", true],
    ["=ISERROR(1/0)", true],
    ["=ISERROR(A1)", false],
    ["=TRIM(B1)", "two words"],
    ['=TRIM(" a"&CHAR(9))', "#NAME?"],
    ["=UPPER(A2)", "TEXT"],
    ["=UPPER(A3)", "TRUE"],
    ["=LEN(B1)", 14],
    ["=LEN(Z1)", 0],
    ["=LEN(C1)", "#N/A"],
    ["=ROUND(2.345,2)", 2.35],
    ["=ROUND(1.005,2)", 1.01],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1234.5,-2)", 1200],
    ['=ROUND("x",1)', "#VALUE!"],
    ["=ROUND(1)", "#VALUE!"],
  ])("%s is %p", (formula, expected) => {
    expect(calc(formula)).toEqual(expected);
  });
});
