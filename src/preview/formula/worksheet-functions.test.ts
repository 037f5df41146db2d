import { FormulaError } from "./errors";
import { evaluateFormula } from "./evaluate";
import { fixedCells } from "./fixed-cells";
import { parseFormula } from "./parse";
import { Value } from "./values";
import { worksheetFunction } from "./worksheet-functions";

// A small "KPI Data" sheet: C = dimension, U = score (blank, text, error mixed in), V = points.
const source = fixedCells(
  {
    "KPI Data": {
      C5: "Economy",
      C6: "economy",
      C7: "Environment",
      C8: "Economy",
      C9: "Society",
      U5: 80,
      U6: 40,
      U7: 100,
      U8: null,
      U9: "n/a",
      V5: 4,
      V6: 2,
      V7: 4,
      V9: 1,
      W5: new FormulaError("#N/A", "no target: set one"),
      X5: "  a   b ",
      Y5: 0,
      Z5: "5",
      Z6: 5,
      Z8: "a*",
    },
    "KPI Summary": { B3: 2024, B4: "Oslo" },
  },
  { "KPI Data!U5": "0.0%", "KPI Data!V5": "#,##0.00" }
);
const calc = (formula: string): Value =>
  evaluateFormula(parseFormula(formula), { source, sheet: "KPI Data" });
const shown = (value: Value): string | number | boolean | null =>
  value instanceof FormulaError ? value.code : value;

describe("worksheet functions (formulajs, and Excel's criteria functions)", () => {
  it.each<[string, Value]>([
    // Whole columns and other sheets.
    ["=SUM($U:$U)", 220],
    ["=SUM('KPI Data'!$U:$U)", 220],
    ["=AVERAGE('KPI Data'!U5:U9)", 220 / 3],
    ["='KPI Summary'!B3+1", 2025],
    ["=SUMIFS('KPI Data'!$U:$U,'KPI Data'!$C:$C,\"Economy\")", 120],
    ["=COUNTIFS('KPI Data'!$C:$C,\"economy\",'KPI Data'!$U:$U,\"<>\")", 2],
    ['=COUNTIFS($C:$C,"E*")', 4],
    ['=COUNTIFS($C:$C,"?ociety")', 1],
    ['=COUNTIFS($U5:$U9,">50")', 2],
    ['=COUNTIFS($U5:$U9,"")', 1],
    ['=COUNTIF($U5:$U9,"<>")', 4],
    // The same counts as LibreOffice Calc 7.4 gives for the same cells (checked headless).
    ["=COUNTIF(Z5:Z8,5)", 1],
    ['=COUNTIF(Z5:Z8,"5")', 2],
    ['=COUNTIF(Z5:Z8,">4")', 1],
    ['=COUNTIF(Z5:Z9,"")', 2],
    ['=COUNTIF(Z5:Z8,"a~*")', 1],
    ['=COUNTIF(C5:C9,"<F")', 4],
    ['=SUMIF($C5:$C9,"Economy",$V5:$V9)', 6],
    ['=AVERAGEIFS($V:$V,$C:$C,"Economy")', 3],
    ['=SUMPRODUCT(($C5:$C9="Economy")*1,$V5:$V9)', 6],
    ["=SUMPRODUCT($U5:$U9,$V5:$V9)", 80 * 4 + 40 * 2 + 100 * 4],
    ['=INDEX($U:$U,MATCH("Environment",$C:$C,0))', 100],
    ['=MATCH("Society",$C5:$C9,0)', 5],
    ['=IFERROR(MATCH("Culture",$C5:$C9,0),"none")', "none"],
    ['=ISNA(MATCH("Culture",$C5:$C9,0))', true],
    ["=ISNA(NA())", true],
    ["=ROUND(2.5,0)", 3],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1234.5,-2)", 1200],
    ["=ABS(-3)", 3],
    ["=MIN(U5:U9)", 40],
    ["=MAX(U5:U9,150)", 150],
    ['=CHOOSE(2,"a","b","c")', "b"],
    ["=TRIM(X5)", "a b"],
    ["=UPPER(C5)", "ECONOMY"],
    ["=LEN(C5)", 7],
    ["=LEN(Z99)", 0],
    ['=IF(ISBLANK(U8),"empty",U8)', "empty"],
    ["=AND(U5>50,U7>50)", true],
    ["=OR(U5>90,U6>90)", false],
    ["=NOT(ISNUMBER(U9))", true],
    ["=ISTEXT(U9)", true],
    ["=ISERROR(W5)", true],
    ["=IFNA(W5,0)", 0],
    ['=CELL("format",U5)', "P1"],
    ['=CELL("format",V5)', ",2"],
    ['=CELL("format",Y5)', "G"],
    ['=CELL("type",U9)', "l"],
    ["=CELL(\"address\",'KPI Summary'!B3)", "$B$3"],
    // Text in a reference is skipped by SUM, typed text is read as a number (Excel's SUM help).
    ["=SUM(U9,1)", 1],
    ['=SUM("2",1)', 3],
    ["=CEILING.MATH(4.2)", 5],
    // Dates come back as Excel's serial numbers (1900 date system).
    ["=DATE(2024,1,1)", 45292],
    ["=YEAR(DATE(2024,1,1))", 2024],
    // IF is lazy (the branch not taken is never evaluated) and strict about its condition.
    ['=IF(U5>50,"high",NOSUCHFUNCTION())', "high"],
    ["=IF(U5>90,1)", false],
    ["=IF(U5>90,1,)", 0],
    ['=IF("TRUE",1,2)', 1],
    ["=ISBLANK(IF(TRUE,U8))", true],
    ['=COUNTA(U5:U9,"")', 5],
    ["=COUNTBLANK(U5:U9)", 1],
    ["=AVERAGE(U8,1)", 1],
    // Array constants, compared cell by cell (the template's data-quality test).
    ['=OR(TRIM(X5)={"x","a b"})', true],
    ['=OR(C5={"Society","Culture"})', false],
    ["=SUM({1,2;3,-4})", 2],
    ['=INDEX({"a","b";"c","d"},2,1)', "c"],
  ])("%s is %p", (formula, expected) => {
    const value = calc(formula);
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 10);
    else expect(value).toEqual(expected);
  });

  it.each<[string, string]>([
    ["=1/Y5", "#DIV/0!"],
    ["=SUM(W5,1)", "#N/A"],
    ['=SUMIFS($W5:$W9,$C5:$C9,"Economy")', "#N/A"],
    ["=SUMPRODUCT(W5:W6,V5:V6)", "#N/A"],
    ['=AVERAGEIFS(V5:V9,C5:C9,"Culture")', "#DIV/0!"],
    ['=SUMIFS(U5:U9,C5:C8,"Economy")', "#VALUE!"],
    ["=SUMPRODUCT(U5:U9,V5:V8)", "#VALUE!"],
    ["=U9*2", "#VALUE!"],
    ['=ABS("x")', "#VALUE!"],
    ['=MATCH("Culture",C5:C9,0)', "#N/A"],
    ["=INDEX(U5:U9,9)", "#REF!"],
    ["=NA()", "#N/A"],
    ["=NOSUCHFUNCTION(1)", "#NAME?"],
    ["=U5:U9", "#VALUE!"],
    ['=CELL("color",U5)', "#VALUE!"],
    ['=IF("abc",1,2)', "#VALUE!"],
    ["=IF(W5,1,2)", "#N/A"],
    ["=IF(1)", "#VALUE!"],
    ["=SUM({1,#N/A})", "#N/A"],
    ["=SUM('No Sheet'!A1)", "#REF!"],
  ])("%s is %s", (formula, code) => {
    expect(shown(calc(formula))).toBe(code);
  });

  it("evaluates only the branch IF takes", () => {
    const called: string[] = [];
    const spy = (name: string) => () => (called.push(name), 1);
    const value = evaluateFormula(parseFormula("=IF(U5>50,KPI.YES(),KPI.NO())"), {
      source,
      sheet: "KPI Data",
      functions: (name) => (name.startsWith("KPI.") ? spy(name) : undefined),
    });
    expect(value).toBe(1);
    expect(called).toEqual(["KPI.YES"]);
  });

  it("keeps the message of an error passed through a function", () => {
    const value = calc("=ROUND(W5,1)");
    expect(value).toBeInstanceOf(FormulaError);
    expect((value as FormulaError).message).toBe("no target: set one");
  });

  it("finds formulajs functions by Excel's name, dotted names too, and nothing else", () => {
    expect(worksheetFunction("sum")).toBeDefined();
    expect(worksheetFunction("STDEV.S")).toBeDefined();
    expect(worksheetFunction("KPI.SCORE")).toBeUndefined();
    expect(worksheetFunction("toString")).toBeUndefined();
  });
});
