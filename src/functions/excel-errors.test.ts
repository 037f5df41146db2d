import {
  ERROR_CODES,
  installCustomFunctionsStandIn,
  StandInError,
} from "../../test/functions/custom-functions-stand-in";
import type { MessageCode } from "../domain/messages";
import { excelErrorFor, passOnError } from "./excel-errors";

beforeAll(installCustomFunctionsStandIn);

describe("excelErrorFor: #N/A or #VALUE! as docs/scoring.md §7 says", () => {
  it.each<[MessageCode, Record<string, string | number>, string]>([
    ["MISSING", { item: "EC: ICT: ICT: 1C" }, ERROR_CODES.notAvailable],
    ["NO_TARGET", { item: "EC: ICT: ICT: 2C" }, ERROR_CODES.notAvailable],
    ["INSUFFICIENT_COVERAGE", { scored: 3, eligible: 9 }, ERROR_CODES.notAvailable],
    ["NO_SCORABLE_ITEMS", { area: "Culture" }, ERROR_CODES.notAvailable],
    ["UNKNOWN_ID", { raw: "XX" }, ERROR_CODES.invalidValue],
    ["UNKNOWN_AREA", { raw: "Nowhere" }, ERROR_CODES.invalidValue],
    ["NOT_NUMERIC", { item: "EC: ICT: ICT: 1C", raw: "abc" }, ERROR_CODES.invalidValue],
    ["OUT_OF_RANGE", { item: "EC: ICT: ICT: 1C", value: 140 }, ERROR_CODES.invalidValue],
    ["DUPLICATE", { item: "EC: ICT: ICT: 1C", count: 2 }, ERROR_CODES.invalidValue],
    ["BAD_ARGUMENT", { argument: "method", raw: "x", allowed: "u4ssc" }, ERROR_CODES.invalidValue],
    ["SHAPE_MISMATCH", { argument: "values", cells: 1, expected: 2 }, ERROR_CODES.invalidValue],
    ["TOO_LARGE", { cells: 100001, limit: 100000 }, ERROR_CODES.invalidValue],
  ])("%s → %s", (code, params, excelCode) => {
    const error = excelErrorFor({ code, params }, "en");
    expect(error).toBeInstanceOf(StandInError);
    expect(error.code).toBe(excelCode);
    expect(error.message).toBeTruthy();
  });

  it("passes a cell's error on", () => {
    const error = excelErrorFor(
      { code: "CELL_ERROR", params: { item: "EC: ICT: ICT: 1C", raw: "#DIV/0!" } },
      "en"
    );
    expect(error).toEqual(new StandInError(ERROR_CODES.divisionByZero));
  });
});

describe("passOnError", () => {
  it.each([
    ["#DIV/0!", ERROR_CODES.divisionByZero],
    ["#N/A", ERROR_CODES.notAvailable],
    ["#NUM!", ERROR_CODES.invalidNumber],
    ["#NAME?", ERROR_CODES.invalidName],
    ["#NULL!", ERROR_CODES.nullReference],
    ["#REF!", ERROR_CODES.invalidReference],
    ["#VALUE!", ERROR_CODES.invalidValue],
    ["#SPILL!", ERROR_CODES.invalidValue],
    ["#getting_data", ERROR_CODES.invalidValue],
  ])("%s → %s, without a message when no item is named", (text, code) => {
    expect(passOnError(text, {}, "en")).toEqual(new StandInError(code));
  });

  it("adds the cell's message where Excel shows one (#N/A, #VALUE!) and an item is named", () => {
    const params = { item: "EC: ICT: ICT: 1C", raw: "#N/A" };
    expect(passOnError("#N/A", params, "en").message).toMatch(/holds the Excel error #N\/A/);
    expect(passOnError("#NUM!", { ...params, raw: "#NUM!" }, "en").message).toBeUndefined();
  });
});
