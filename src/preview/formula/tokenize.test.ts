import { FormulaSyntaxError } from "./errors";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it.each([
    [
      "KPI.SCORE(A5,K5,,P5)",
      ["function", "lparen", "ref", "comma", "ref", "comma", "comma", "ref", "rparen"],
    ],
    ["'KPI Summary'!$B$3", ["ref"]],
    ["'KPI Data'!$K$5:$K$116", ["ref", "colon", "ref"]],
    ['"a ""quoted"" text"&1.5e2', ["string", "operator", "number"]],
    ["A1<=B2<>C3>=D4", ["ref", "operator", "ref", "operator", "ref", "operator", "ref"]],
    ["TRUE=false", ["boolean", "operator", "boolean"]],
    ["#REF!+#N/A", ["error", "operator", "error"]],
    ["Sheet1!A1", ["ref"]],
    ["myName", ["name"]],
  ])("%s", (body, kinds) => {
    expect(tokenize(body).map((t) => t.kind)).toEqual(kinds);
  });

  it("keeps the sheet and the cell of a qualified reference apart", () => {
    expect(tokenize("'O''Brien''s'!B3")[0]).toMatchObject({
      sheet: "O'Brien's",
      cell: "B3",
      start: 0,
      end: 16,
    });
  });

  it("unquotes strings", () => {
    expect(tokenize('"say ""hi"""')[0].text).toBe('say "hi"');
  });

  it("reads the braces and row separators of an array constant", () => {
    expect(tokenize('{1,"a";2,3}').map((t) => t.kind)).toEqual([
      "lbrace",
      "number",
      "comma",
      "string",
      "semicolon",
      "number",
      "comma",
      "number",
      "rbrace",
    ]);
  });

  it.each([['"unclosed'], ["'Sheet 1'A1"], ["'Sheet 1'!XYZ"], ["A1 ^ 2"], ["50%"], ["[1]"]])(
    "rejects %s",
    (body) => {
      expect(() => tokenize(body)).toThrow(FormulaSyntaxError);
    }
  );
});
