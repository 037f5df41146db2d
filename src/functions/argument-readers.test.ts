import { MAX_AREA_ROWS } from "../domain/scoring";
import {
  alignedRange,
  heldError,
  readMethod,
  readMinCoverage,
  singleCell,
} from "./argument-readers";

describe("readMethod", () => {
  it.each<[unknown, string]>([
    [undefined, "u4ssc"],
    [null, "u4ssc"],
    ["", "u4ssc"],
    ["U4SSC", "u4ssc"],
    [" mean ", "mean"],
    ["Goalposts", "goalposts"],
  ])("%j → %s", (arg, method) => {
    expect(readMethod(arg)).toEqual({ ok: true, value: method });
  });

  it.each<[unknown, string]>([
    ["best", "best"],
    [3, "3"],
    [true, "true"],
  ])("%j is BAD_ARGUMENT", (arg, raw) => {
    expect(readMethod(arg)).toEqual({
      ok: false,
      failure: {
        code: "BAD_ARGUMENT",
        params: { argument: "method", raw, allowed: '"u4ssc", "mean", "goalposts"' },
      },
    });
  });
});

describe("readMinCoverage", () => {
  it.each<[unknown, number | undefined]>([
    [undefined, undefined],
    [null, undefined],
    ["", undefined],
    [0, 0],
    [0.5, 0.5],
    [1, 1],
  ])("%j → %p", (arg, value) => {
    expect(readMinCoverage(arg)).toEqual({ ok: true, value });
  });

  it.each([[-0.01], [1.01], ["0.5"], [true], [Number.NaN]])("%j is BAD_ARGUMENT", (arg) => {
    expect(readMinCoverage(arg)).toMatchObject({ ok: false, failure: { code: "BAD_ARGUMENT" } });
  });
});

describe("singleCell and alignedRange", () => {
  it("takes one cell as a scalar or a 1×1 range, and names the shape of anything larger", () => {
    expect(singleCell(7, "value")).toEqual({ ok: true, value: 7 });
    expect(singleCell([[7]], "value")).toEqual({ ok: true, value: 7 });
    expect(singleCell([[1, 2, 3]], "value")).toEqual({
      ok: false,
      failure: { code: "BAD_ARGUMENT", params: { argument: "value", raw: "1×3", allowed: "1×1" } },
    });
  });

  it("checks a range's size against the ids, and refuses huge ranges before copying them", () => {
    expect(alignedRange([[1], [2]], "values", 2)).toEqual({ ok: true, value: [1, 2] });
    expect(alignedRange([[1], [2]], "values", 3)).toEqual({
      ok: false,
      failure: { code: "SHAPE_MISMATCH", params: { argument: "values", cells: 2, expected: 3 } },
    });
    const huge = new Array(MAX_AREA_ROWS + 1).fill([null]);
    expect(alignedRange(huge, "ids", huge.length)).toMatchObject({
      ok: false,
      failure: { code: "TOO_LARGE" },
    });
  });
});

describe("heldError", () => {
  it.each<[unknown, string | null]>([
    [{ code: "#N/A" }, "#N/A"],
    ["#div/0!", "#DIV/0!"],
    ["N/A", null],
    [5, null],
  ])("%j → %p", (arg, expected) => {
    expect(heldError(arg)).toBe(expected);
  });
});
