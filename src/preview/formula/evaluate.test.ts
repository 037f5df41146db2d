import { FormulaError } from "./errors";
import { EvalContext, evaluateFormula } from "./evaluate";
import { fixedCells } from "./fixed-cells";
import { parseFormula } from "./parse";
import { Value } from "./values";

const source = fixedCells({
  "KPI Data": {
    A5: "EC: ICT: ICT: 1C",
    K5: 85,
    K6: "12,5",
    K7: "NR",
    K8: true,
    L5: " 12 ",
    M5: new FormulaError("#N/A", "x"),
  },
  "KPI Summary": { B3: 2024, B4: "Oslo" },
});
const context: EvalContext = { source, sheet: "KPI Data" };
const calc = (formula: string, extra: Partial<EvalContext> = {}): Value =>
  evaluateFormula(parseFormula(formula), { ...context, ...extra });
const code = (value: Value): string | Value => (value instanceof FormulaError ? value.code : value);

describe("evaluateFormula", () => {
  it.each<[string, Value]>([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=-K5+100", 15],
    ["=10/4", 2.5],
    ['="a"&1&TRUE', "a1TRUE"],
    ['=K5&"%"', "85%"],
    ["=L5*2", 24],
    ["=K8+1", 2],
    ["=Z99", 0],
    ["=Z99+1", 1],
    ['=Z99&"x"', "x"],
    ["='KPI Summary'!$B$3-1", 2023],
    ["='kpi summary'!B4", "Oslo"],
    ["=K5>80", true],
    ["=K5<=85", true],
    ["=K5<>85", false],
    ['="abc"="ABC"', true],
    ['=5<"1"', true],
    ['=TRUE>"z"', true],
    ["=Z99=0", true],
    ['=Z99=""', true],
    ["=Z99=FALSE", true],
    ["=0.1+0.2", 0.30000000000000004],
  ])("%s is %p", (formula, expected) => {
    expect(calc(formula)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["=1/0", "#DIV/0!"],
    ['="x"+1', "#VALUE!"],
    ["=K6+1", "#VALUE!"], // "12,5" is text to Excel's arithmetic
    ["=M5+1", "#N/A"],
    ["=1+M5", "#N/A"],
    ["=M5&K5", "#N/A"],
    ["=M5=1", "#N/A"],
    ["=NOSUCH(1)", "#NAME?"],
    ["=myName+1", "#NAME?"],
    ["='No Sheet'!A1", "#REF!"],
    ["=K5:K6", "#VALUE!"],
    ["=#REF!", "#REF!"],
  ])("%s is %s", (formula, expected) => {
    expect(code(calc(formula))).toBe(expected);
  });

  it("moves relative references by the offset, never absolute ones", () => {
    expect(calc("=K5", { rowOffset: 1 })).toBe("12,5");
    expect(calc("=$K$5", { rowOffset: 1 })).toBe(85);
    expect(calc("=K$5", { rowOffset: 2 })).toBe(85);
    expect(calc("=J5", { colOffset: 1 })).toBe(85);
  });

  it("gives #REF! when the offset moves a reference off the sheet", () => {
    expect(code(calc("=A1", { rowOffset: -1 }))).toBe("#REF!");
  });

  it("calls an external function with lazily evaluated arguments", () => {
    const seen: unknown[] = [];
    const functions = (name: string) =>
      name === "KPI.ECHO"
        ? (args: readonly { omitted: boolean; evaluate(): unknown }[]) => {
            seen.push(...args.map((a) => (a.omitted ? "omitted" : a.evaluate())));
            return "done";
          }
        : undefined;
    expect(calc("=kpi.echo(K5,,'KPI Summary'!B4)", { functions })).toBe("done");
    expect(seen).toEqual([85, "omitted", "Oslo"]);
  });
});
