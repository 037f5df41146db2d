import { FormulaError } from "../formula";
import { interpretEntry } from "./cell-content";

describe("interpretEntry (how Excel reads typing)", () => {
  it.each<[string | number | boolean | null, string, unknown]>([
    ["12.5", "General", 12.5],
    [" 7 ", "General", 7],
    ["-3e2", "General", -300],
    ["1,234", "General", 1234],
    ["1,234.5", "General", 1234.5],
    ["12,5", "General", "12,5"], // a decimal comma is text in en-US Excel
    ["95 424", "General", "95 424"],
    ["TRUE", "General", true],
    ["false", "General", false],
    ["NR", "General", "NR"],
    ["12.67 Minutes", "General", "12.67 Minutes"],
    ["'123", "General", "123"],
    ["123", "@", "123"], // a Text cell keeps what is typed
    ["=A1", "@", "=A1"],
    [42, "General", 42],
    [false, "@", false],
  ])("%p in a %s cell is %p", (entry, format, expected) => {
    const { content } = interpretEntry(entry, format);
    expect(content).toEqual({ kind: "value", value: expected });
  });

  it.each([[""], [null], ["'"]])("%p empties the cell", (entry) => {
    expect(interpretEntry(entry, "General").content).toEqual({ kind: "empty" });
  });

  it("reads =… as a formula", () => {
    expect(interpretEntry("=K5*2", "General").content).toEqual({
      kind: "formula",
      formula: "=K5*2",
    });
    expect(interpretEntry("=", "General").content).toEqual({ kind: "value", value: "=" });
  });

  it("reads 45% as 0.45 and says a percent was typed", () => {
    expect(interpretEntry("45%", "General")).toEqual({
      content: { kind: "value", value: 0.45 },
      percent: true,
    });
    expect(interpretEntry("abc%", "General").percent).toBe(false);
  });

  it("reads a typed error code as that error", () => {
    const { content } = interpretEntry("#n/a", "General");
    expect(
      content.kind === "value" && content.value instanceof FormulaError && content.value.code
    ).toBe("#N/A");
  });
});
