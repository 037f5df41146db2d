import { foldWhiteSpace, isWhiteSpace } from "./white-space";

describe("isWhiteSpace", () => {
  it("agrees with JavaScript's \\s on every code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect([code, isWhiteSpace(code)]).toEqual([code, /\s/.test(String.fromCharCode(code))]);
    }
  });
});

describe("foldWhiteSpace", () => {
  it.each([
    ["  Not \n reported ", "Not reported"],
    ["\u3000a\u2028\u2029b\ufeff", "a b"],
    ["", ""],
    [" \t ", ""],
    ["a", "a"],
  ])("folds %j to %j, as trim and replace(/\\s+/g) do", (text, folded) => {
    expect(foldWhiteSpace(text)).toBe(folded);
    expect(foldWhiteSpace(text)).toBe(text.trim().replace(/\s+/g, " "));
  });

  it("stops past the limit", () => {
    expect(foldWhiteSpace("ab  cd", 5)).toBe("ab cd");
    expect(foldWhiteSpace("ab  cd", 4)).toBeNull();
    expect(foldWhiteSpace("a".repeat(32_767), 20)).toBeNull();
  });
});
