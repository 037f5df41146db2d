/**
 * Options of KPI.SCORE and KPI.COVERAGE (issue 10): a garbage min_coverage is refused also for one item, and an
 * Excel error in method, min_coverage or result is passed on as that error, not turned into #VALUE!.
 */
import {
  ERROR_CODES,
  installCustomFunctionsStandIn,
  thrownBy,
} from "../../test/functions/custom-functions-stand-in";
import { coverage, score } from "./kpi-values";

beforeAll(installCustomFunctionsStandIn);

const ITEM = "EC: ICT: ICT: 1C";
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const ED = column("SC: EH: ED: 1C", "SC: EH: ED: 2C", "SC: EH: ED: 3C", "SC: EH: ED: 4C");
const { invalidValue: VALUE } = ERROR_CODES;

describe("min_coverage when scoring one item", () => {
  it.each<[unknown]>([["abc"], [2], [-0.1], [NaN], [Infinity], [true], [[["x"]]]])(
    "refuses %p with #VALUE! and a message naming the argument",
    (minCoverage) => {
      const error = thrownBy(() => score(ITEM, [[97]], undefined, undefined, "u4ssc", minCoverage));
      expect(error.code).toBe(VALUE);
      expect(error.message).toMatch(/min_coverage/);
    }
  );

  it.each<[unknown]>([[undefined], [null], [""], [0], [0.5], [1]])(
    "accepts %p and scores the item",
    (minCoverage) => {
      expect(score(ITEM, [[97]], undefined, undefined, "u4ssc", minCoverage)).toBe(97);
    }
  );
});

describe("an Excel error in an option is passed on", () => {
  const errors = Object.entries({
    "#DIV/0!": ERROR_CODES.divisionByZero,
    "#N/A": ERROR_CODES.notAvailable,
    "#NUM!": ERROR_CODES.invalidNumber,
    "#REF!": ERROR_CODES.invalidReference,
    "#NAME?": ERROR_CODES.invalidName,
    "#NULL!": ERROR_CODES.nullReference,
  });

  it.each(errors)("%s in method (item and area)", (text, code) => {
    expect(thrownBy(() => score(ITEM, [[97]], undefined, undefined, { code: text })).code).toBe(
      code
    );
    const area = () => score("Education", column(1, 2, 3, 4), ED, undefined, text);
    expect(thrownBy(area).code).toBe(code);
  });

  it.each(errors)("%s in min_coverage (item and area)", (text, code) => {
    const item = () => score(ITEM, [[97]], undefined, undefined, "u4ssc", { code: text });
    expect(thrownBy(item).code).toBe(code);
    const area = () => score("Education", column(1, 2, 3, 4), ED, undefined, "u4ssc", text);
    expect(thrownBy(area).code).toBe(code);
  });

  it.each(errors)("%s in result of KPI.COVERAGE", (text, code) => {
    const call = () => coverage("Education", column(1, 2, 3, 4), ED, undefined, { code: text });
    expect(thrownBy(call).code).toBe(code);
  });

  it("still refuses a text option with #VALUE! and a message", () => {
    const error = thrownBy(() => coverage("Education", column(1, 2, 3, 4), ED, undefined, "all"));
    expect(error.code).toBe(VALUE);
    expect(error.message).toMatch(/result/);
  });
});
