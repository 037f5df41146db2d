import { FormulaSyntaxError } from "./errors";
import { parseFormula } from "./parse";

describe("parseFormula", () => {
  it("gives * / precedence over + - and + - over &, comparisons last", () => {
    expect(parseFormula("=1+2*3&4=5")).toEqual({
      kind: "binary",
      op: "=",
      left: {
        kind: "binary",
        op: "&",
        left: {
          kind: "binary",
          op: "+",
          left: { kind: "number", value: 1 },
          right: {
            kind: "binary",
            op: "*",
            left: { kind: "number", value: 2 },
            right: { kind: "number", value: 3 },
          },
        },
        right: { kind: "number", value: 4 },
      },
      right: { kind: "number", value: 5 },
    });
  });

  it("is left-associative", () => {
    expect(parseFormula("=8-4-2")).toMatchObject({
      op: "-",
      left: { op: "-" },
      right: { value: 2 },
    });
  });

  it("keeps empty arguments as null", () => {
    expect(parseFormula("=KPI.SCORE(A5,K5,,P5)")).toMatchObject({
      kind: "call",
      name: "KPI.SCORE",
      args: [{ kind: "ref" }, { kind: "ref" }, null, { kind: "ref" }],
    });
    expect(parseFormula("=IF(A1,,)")).toMatchObject({ args: [{ kind: "ref" }, null, null] });
    expect(parseFormula("=NOW()")).toMatchObject({ args: [] });
  });

  it("reads a sheet-qualified range with its sheet", () => {
    expect(parseFormula("='KPI Data'!$K$5:$K$116")).toEqual({
      kind: "range",
      sheet: "KPI Data",
      start: { row: 4, col: 10, rowAbsolute: true, colAbsolute: true },
      end: { row: 115, col: 10, rowAbsolute: true, colAbsolute: true },
    });
  });

  it.each([["=1+"], ["=(1"], ["=IF(1 2)"], ["=A1:"], ["=Sheet1!A1:Sheet2!A2"], ["=1)"], ["=,"]])(
    "rejects %s",
    (formula) => {
      expect(() => parseFormula(formula)).toThrow(FormulaSyntaxError);
    }
  );

  it.each([
    ["=SUM($U:$U)", undefined, 20, 20, true],
    ["=SUM('KPI Data'!$A:C)", "KPI Data", 0, 2, true],
    ["=SUM(Data!B:B)", "Data", 1, 1, false],
  ])("reads the whole-column reference in %s", (formula, sheet, first, last, absolute) => {
    const call = parseFormula(formula);
    if (call.kind !== "call") throw new Error("not a call");
    expect(call.args[0]).toEqual({
      kind: "range",
      sheet,
      columns: true,
      start: { row: 0, col: first, rowAbsolute: true, colAbsolute: absolute },
      end: { row: 1_048_575, col: last, rowAbsolute: true, colAbsolute: expect.any(Boolean) },
    });
  });

  it.each(["=SUM(A:B1)", "=SUM(A1:B)", "=SUM(Data!A:Other!B)"])("refuses %s", (formula) => {
    expect(() => parseFormula(formula)).toThrow(FormulaSyntaxError);
  });

  it("keeps a bare column-like word without a colon a name", () => {
    expect(parseFormula("=AB")).toEqual({ kind: "name", name: "AB" });
  });

  it("reads an array constant: rows by ;, items by , with signed numbers, text, logicals and errors", () => {
    expect(parseFormula('={1,-2.5;"a",TRUE}')).toEqual({
      kind: "array",
      rows: [
        [1, -2.5],
        ["a", true],
      ],
    });
    expect(parseFormula("={#N/A}")).toEqual({ kind: "array", rows: [[{ error: "#N/A" }]] });
  });

  it.each(["={1,2;3}", "={A1}", "={1+2}", "={1,2"])("refuses the array constant %s", (formula) => {
    expect(() => parseFormula(formula)).toThrow(FormulaSyntaxError);
  });
});
