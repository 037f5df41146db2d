import fc from "fast-check";
import {
  ERROR_CODES,
  installCustomFunctionsStandIn,
  StandInError,
  thrownBy,
} from "../../test/functions/custom-functions-stand-in";
import { ITEMS } from "../domain/catalog";
import { MAX_AREA_ROWS } from "../domain/scoring";
import * as emptyCells from "../excel/empty-cells";
import * as registered from "./functions";
import { band, info } from "./functions";
import { check, coverage, points, score } from "./kpi-values";

beforeAll(installCustomFunctionsStandIn);

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const ED = column("SC: EH: ED: 1C", "SC: EH: ED: 2C", "SC: EH: ED: 3C", "SC: EH: ED: 4C");
const ED_TARGETS = column(null, null, 1000, null); // 3C has no default target
const { notAvailable: NA, invalidValue: VALUE } = ERROR_CODES;

describe("KPI.SCORE", () => {
  it.each<[unknown, unknown[][], unknown[][] | undefined, unknown, number]>([
    ["EC: ICT: ICT: 1C", [[97]], undefined, undefined, 97],
    ["ec:ict:ict:1c", [[45]], [[90]], null, 50],
    ["EC: ICT: ICT: 1C", [["45 %"]], [[""]], "", 45],
    ["EN: EN: AQ: 1C/PM2.5", [[20]], undefined, "GOALPOSTS", 50],
    ["EN: EN: AQ: 1C/PM2.5", [[20]], undefined, " mean ", 25],
  ])(
    "scores the item %s = %j (target %j, method %j) → %d",
    (id, value, targets, method, expected) => {
      expect(score(id, value, undefined, targets, method)).toBeCloseTo(expected, 10);
    }
  );

  it("scores an area from aligned ranges: the worked examples of docs/scoring.md §5", () => {
    expect(score("Education", column(20, 70, 1000, 10), ED, ED_TARGETS)).toBe(56.25);
    expect(score("Education", column("NR", 70, 1000, 50), ED, ED_TARGETS, "u4ssc", 0)).toBe(75);
    expect(score("Education", column(20, 70, 500, 10), ED, ED_TARGETS, "mean")).toBeCloseTo(
      37.5,
      10
    );
  });

  it("takes ranges laid out as rows as well as columns", () => {
    const ids = [["SC: EH: ED: 1C", "SC: EH: ED: 2C"]];
    expect(score("Education", [[100, 50]], ids)).toBe(((4 + 2) / 8) * 100);
  });

  it.each<[string, () => unknown, string, string | RegExp]>([
    ["a missing value", () => score("EC: ICT: ICT: 1C", [[null]]), NA, "Missing value"],
    ["NR", () => score("EC: ICT: ICT: 1C", [["NR"]]), NA, "Missing value"],
    ["no target", () => score("EC: ICT: ICT: 2C", [[50]]), NA, "no target: set one"],
    [
      "no worst goalpost",
      () => score("EC: ICT: ICT: 1C", [[50]], undefined, undefined, "goalposts"),
      NA,
      "no target: set one",
    ],
    [
      "insufficient coverage",
      () => score("Education", column(20, "NR", "NR", "NR"), ED, ED_TARGETS),
      NA,
      "insufficient data: 1 of 4 items",
    ],
    [
      "no scorable items",
      () => score("Culture", column(1), column("SC: EH: C: 1C")),
      NA,
      "no scorable items in Culture",
    ],
    [
      "an unknown id",
      () => score("EC: XX: 1C", [[50]]),
      VALUE,
      /"EC: XX: 1C" is not a U4SSC KPI id/,
    ],
    ["a blank id", () => score("", [[50]]), VALUE, /No KPI id given/],
    [
      "an unknown id in ids",
      () => score("Education", column(1, 2), column("SC: EH: ED: 1C", "XX")),
      VALUE,
      /"XX" is not/,
    ],
    [
      "an unknown area",
      () => score("Nowhere", column(1), column("SC: EH: ED: 1C")),
      VALUE,
      /"Nowhere" is not a KPI area/,
    ],
    [
      "text that is not a number",
      () => score("SC: SH: SA: 5A", [["12.67 Minutes"]]),
      VALUE,
      /enter the number alone/,
    ],
    [
      "a value out of range",
      () => score("EC: ICT: ICT: 1C", [[140]]),
      VALUE,
      /140 is outside 0–100/,
    ],
    [
      "an unusable target",
      () => score("EC: ICT: ICT: 1C", [[40]], undefined, [["high"]]),
      VALUE,
      /target: "high"/,
    ],
    [
      "a duplicate item",
      () => score("Education", column(1, 2), column("SC: EH: ED: 1C", "sc:eh:ed:1c")),
      VALUE,
      /entered in 2 rows/,
    ],
    [
      "an unknown method",
      () => score("EC: ICT: ICT: 1C", [[50]], undefined, undefined, "best"),
      VALUE,
      'method: "best" is not allowed; use "u4ssc", "mean", "goalposts"',
    ],
    [
      "a minimum coverage above 1",
      () => score("Education", column(1), column("SC: EH: ED: 1C"), undefined, undefined, 2),
      VALUE,
      /min_coverage: "2"/,
    ],
    [
      "a minimum coverage as text",
      () => score("Education", column(1), column("SC: EH: ED: 1C"), undefined, undefined, "0.5"),
      VALUE,
      /min_coverage/,
    ],
    [
      "values not aligned with ids",
      () => score("Education", column(1, 2, 3), ED),
      VALUE,
      "value has 3 cells but ids has 4; the ranges must be the same size",
    ],
    [
      "targets not aligned with ids",
      () => score("Education", column(1, 2, 3, 4), ED, column(1)),
      VALUE,
      /targets has 1 cells but ids has 4/,
    ],
    [
      "an area without ids",
      () => score("Education", column(1, 2)),
      VALUE,
      "value has 2 cells but ids has 0; the ranges must be the same size",
    ],
    [
      "a range as an item's value",
      () => score("EC: ICT: ICT: 1C", column(1, 2)),
      VALUE,
      'value: "2×1" is not allowed; use 1×1',
    ],
    [
      "a range as an item's target",
      () => score("EC: ICT: ICT: 1C", [[1]], undefined, column(1, 2)),
      VALUE,
      /targets: "2×1"/,
    ],
  ])("fails on %s", (_case, call, code, message) => {
    const error = thrownBy(call);
    expect(error.code).toBe(code);
    if (typeof message === "string") expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it(`refuses ranges of more than ${MAX_AREA_ROWS} rows with a clear message`, () => {
    const ids = new Array(MAX_AREA_ROWS + 1).fill(["SC: EH: ED: 1C"]);
    const error = thrownBy(() => score("ALL", ids, ids));
    expect(error).toMatchObject({
      code: VALUE,
      message: `range too large: ${MAX_AREA_ROWS + 1} cells (at most ${MAX_AREA_ROWS})`,
    });
  });

  it("scores 100 000 rows in one call", () => {
    const ids = Array.from({ length: MAX_AREA_ROWS }, (_, i) => [i < 4 ? ED[i][0] : null]);
    const values = Array.from({ length: MAX_AREA_ROWS }, (_, i) => [[20, 70, 1000, 10][i] ?? null]);
    const targets = Array.from({ length: MAX_AREA_ROWS }, (_, i) => [i === 2 ? 1000 : null]);
    expect(score("ALL", values, ids, targets)).toBe(56.25);
  });

  it.each<[string, unknown, string]>([
    ["as an error object", { code: "#DIV/0!" }, ERROR_CODES.divisionByZero],
    ["as an ErrorCellValue", { type: "Error", errorType: "Num" }, ERROR_CODES.invalidNumber],
    ["as text", "#NULL!", ERROR_CODES.nullReference],
    ["#N/A", "#N/A", NA],
  ])("passes on an error in the value cell (%s)", (_case, cell, code) => {
    expect(thrownBy(() => score("EC: ICT: ICT: 1C", [[cell]])).code).toBe(code);
  });

  it("words a passed-on #N/A with the cell it comes from", () => {
    expect(thrownBy(() => score("EC: ICT: ICT: 1C", [["#N/A"]])).message).toMatch(
      /holds the Excel error #N\/A/
    );
  });

  it.each<[unknown, string]>([
    [{ code: "#REF!" }, ERROR_CODES.invalidReference],
    ["#NAME?", ERROR_CODES.invalidName],
  ])("passes on an error in the id cell (%j)", (id, code) => {
    expect(thrownBy(() => score(id, [[50]])).code).toBe(code);
  });

  it("passes on an error in an ids range, and ignores errors in values of other areas", () => {
    expect(
      thrownBy(() => score("Education", column(1, 2), column("SC: EH: ED: 1C", "#DIV/0!"))).code
    ).toBe(ERROR_CODES.divisionByZero);
    const ids = column("SC: EH: ED: 1C", "EC: ICT: ICT: 1C");
    expect(score("Education", column(50, { code: "#N/A" }), ids)).toBe(50);
  });
});

describe("KPI.SCORE and KPI.POINTS on any input", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.integer({ min: -10, max: 200_000 }),
    fc.constantFrom(null, undefined, "", "NR", "Yes", "45 %", "1,234", "#N/A", true, {
      code: "#DIV/0!",
    }),
    fc.string()
  );
  const id = fc.oneof(fc.constantFrom(...ITEMS.map((item) => item.id)), fc.string());
  const method = fc.constantFrom(undefined, "u4ssc", "mean", "goalposts");

  it("return a score in [0, 100] and points 1–4, or throw a CustomFunctions.Error — never NaN", () => {
    fc.assert(
      fc.property(id, cell, cell, method, (itemId, value, target, m) => {
        try {
          // No host here: nothing to read, so every answer is immediate (a 0 throws BLANK_UNKNOWN).
          const result = score(itemId, [[value]], undefined, [[target]], m) as number;
          expect(Number.isFinite(result) && result >= 0 && result <= 100).toBe(true);
          expect([1, 2, 3, 4]).toContain(points(itemId, value, target));
        } catch (thrown) {
          expect(thrown).toBeInstanceOf(StandInError);
        }
      }),
      { numRuns: 2000 }
    );
  });
});

describe("KPI.POINTS", () => {
  it.each<[unknown, unknown, unknown, number]>([
    ["EC: ICT: ICT: 1C", 70, undefined, 3],
    ["EC: ICT: ICT: 1C", 70, 70, 4],
    ["EN: EN: AQ: 1C/PM2.5", 20, null, 1],
    ["EC: I: UP: 2A/COMPACT", "Yes", "", 4],
  ])("%s = %j (target %j) → %d points", (id, value, target, expected) => {
    expect(points(id, value, target)).toBe(expected);
  });

  it.each<[unknown, unknown, unknown, string, RegExp]>([
    ["EC: ICT: ICT: 1C", null, undefined, NA, /^Missing value$/],
    ["EC: ICT: ICT: 2C", 50, undefined, NA, /^no target: set one$/],
    ["XX", 50, undefined, VALUE, /"XX" is not a U4SSC KPI id/],
    ["EC: ICT: ICT: 1C", "abc", undefined, VALUE, /"abc" is not a number/],
    ["EC: ICT: ICT: 1C", 50, { code: "#DIV/0!" }, ERROR_CODES.divisionByZero, /^$/],
  ])("%s = %j (target %j) fails with %s", (id, value, target, code, message) => {
    const error = thrownBy(() => points(id, value, target));
    expect(error.code).toBe(code);
    expect(error.message ?? "").toMatch(message);
  });
});

describe("KPI.BAND", () => {
  it.each([
    [0, "0–33% of target"],
    [56.25, "33–66% of target"],
    [75, "66–95% of target"],
    [95, "95%+ of target"],
    [100, "95%+ of target"],
  ])("%d → %s", (value, label) => {
    expect(band(value)).toBe(label);
  });

  it.each<[unknown, string, string | undefined]>([
    [null, NA, "Missing value"],
    ["", NA, "Missing value"],
    [120, VALUE, 'score: "120" is not allowed; use 0–100'],
    [-1, VALUE, 'score: "-1" is not allowed; use 0–100'],
    ["56", VALUE, 'score: "56" is not allowed; use 0–100'],
    [true, VALUE, 'score: "true" is not allowed; use 0–100'],
    [Number.NaN, VALUE, 'score: "NaN" is not allowed; use 0–100'],
    [{ code: "#DIV/0!" }, ERROR_CODES.divisionByZero, undefined],
  ])("%j fails with %s", (value, code, message) => {
    expect(thrownBy(() => band(value))).toEqual({ code, message });
  });
});

describe("KPI.COVERAGE", () => {
  it("is the share of eligible items scored, even below the minimum of an area score", () => {
    expect(coverage("Education", column(20, "NR", "abc", 10), ED, ED_TARGETS)).toBe(0.5);
    expect(coverage("Education", column(20, "NR", "NR", "NR"), ED)).toBeCloseTo(1 / 3, 12);
  });

  // Values 20, NR, "abc", 10: 1C and 4C are scored, 3C is not (text), 2C is missing.
  it.each<[string, unknown[][] | undefined, unknown, number]>([
    ["scored (n), default targets: 3C has none, so only 1C and 4C count", undefined, "scored", 2],
    ["eligible (N), default targets", undefined, "eligible", 3],
    [
      "scored (n) once a target is typed for 3C: its text value is not scored",
      ED_TARGETS,
      "scored",
      2,
    ],
    ["eligible (N) once a target is typed for 3C", ED_TARGETS, "eligible", 4],
    ["eligible (N), case and spaces ignored", ED_TARGETS, " Eligible ", 4],
    ["fraction, named", ED_TARGETS, "fraction", 0.5],
  ])("counts with result %s", (_case, targets, result, expected) => {
    expect(coverage("Education", column(20, "NR", "abc", 10), ED, targets, result)).toBe(expected);
  });

  it("counts 0 of 0 for an area with no eligible item, where the share is #N/A", () => {
    const ids = column("SC: EH: C: 2A");
    expect(coverage("Culture", column(1), ids, undefined, "scored")).toBe(0);
    expect(coverage("Culture", column(1), ids, undefined, "eligible")).toBe(0);
  });

  it("refuses an unknown result with the allowed words", () => {
    const error = thrownBy(() => coverage("Education", column(1, 2, 3, 4), ED, undefined, "count"));
    expect(error.code).toBe(VALUE);
    expect(error.message).toMatch(/"fraction", "scored", "eligible"/);
  });

  it.each<[string, () => unknown, string, RegExp]>([
    [
      "an unknown area",
      () => coverage("Nowhere", column(1), column("SC: EH: ED: 1C")),
      VALUE,
      /not a KPI area/,
    ],
    [
      "no eligible item",
      () => coverage("Culture", column(1), column("SC: EH: C: 2A")),
      NA,
      /no scorable items in Culture/,
    ],
    [
      "values not aligned",
      () => coverage("Education", column(1), ED),
      VALUE,
      /^values has 1 cells but ids has 4/,
    ],
    [
      "a duplicate",
      () => coverage("Education", column(1, 1), column("SC: EH: ED: 1C", "SC: EH: ED: 1C")),
      VALUE,
      /2 rows/,
    ],
  ])("fails on %s", (_case, call, code, message) => {
    const error = thrownBy(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe("KPI.CHECK", () => {
  it.each<[unknown[], string | RegExp]>([
    [["EC: ICT: ICT: 1C", 97], "OK"],
    [["EC: ICT: ICT: 1C", "97 %", 2023, "Based on accurate measurements", 2024], "OK"],
    [["EC: ICT: ICT: 1C", null], "Missing value"],
    [["EC: ICT: ICT: 1C", { code: "#DIV/0!" }], /holds the Excel error #DIV\/0!/],
    [["SC: SH: SA: 5A", "12.67 Minutes"], /"12.67 Minutes" has words or a unit after the number/],
    [["", 5], /^No KPI id given/],
    [["EC: ICT: ICT: 1C", 90, 2015, undefined, 2024], /data year 2015 is older than 2021/],
    [
      ["EC: ICT: ICT: 1C", 90, 2025, undefined, 2024],
      /data year 2025 is after the reporting year 2024/,
    ],
  ])("%j → %s", (args, expected) => {
    const result = check(...(args as [unknown, unknown, unknown?, unknown?, unknown?]));
    if (typeof expected === "string") expect(result).toBe(expected);
    else expect(result).toMatch(expected);
  });

  it("lists several flags most severe first, joined by '; '", () => {
    const subject = "EC: ICT: ICT: 1C Household Internet Access";
    expect(check("EC: ICT: ICT: 1C", 140, 2015, "Personal estimation", 2024)).toBe(
      [
        `${subject}: 140 is outside 0–100 (percentage of households)`, // error
        `${subject}: data year 2015 is older than 2021, the oldest accepted for reporting year 2024`, // warning
        `${subject}: low data quality ("Personal estimation"); give a traceable source where you can`, // warning
      ].join("; ")
    );
  });

  it("passes on an error held by the id cell", () => {
    expect(thrownBy(() => check({ code: "#N/A" }, 5)).code).toBe(NA);
  });
});

describe("KPI.INFO", () => {
  it.each<[string, string, string | number]>([
    ["EN: EN: AQ: 1C/PM2.5", "name", "Air Pollution — PM2.5"],
    ["EC: ICT: ICT: 1C", "name", "Household Internet Access"],
    ["EN: EN: AQ: 1C/PM2.5", "unit", "µg/m³ (annual mean)"],
    ["EN: EN: AQ: 1C/PM2.5", "Type", "core"],
    ["EN: EN: AQ: 1C/PM2.5", " DIRECTION ", "lower"],
    ["EN: EN: AQ: 1C/PM2.5", "dimension", "Environment"],
    ["SC: EH: ED: 5A", "subdimension", "Education, Health and Culture"],
    ["SC: EH: ED: 5A", "category", "Health"],
    ["EC: ICT: ICT: 2C", "sdg", "SDG 17 (17.6.2, 17.8.1)"],
    ["EC: ICT: ICT: 3C", "sdg", "SDG 5, 9, 17"],
    ["EC: I: T: 5A", "min", 1],
    ["EC: ICT: ICT: 1C", "max", 100],
    ["EN: EN: AQ: 1C/PM2.5", "target", 5],
  ])("%s %s → %j", (id, field, expected) => {
    expect(info(id, field)).toEqual(expected);
  });

  it("gives the default target's basis and source", () => {
    expect(info("EN: EN: AQ: 1C/PM2.5", "basis")).toMatch(/WHO/);
    expect(String(info("EN: EN: AQ: 1C/PM2.5", "source")).length).toBeGreaterThan(10);
  });

  it.each<[unknown, unknown, string, string | undefined | RegExp]>([
    ["EC: ICT: ICT: 3C", "max", NA, undefined], // unbounded
    ["EC: ICT: ICT: 2C", "target", NA, "no target: set one"],
    ["EC: ICT: ICT: 2C", "basis", NA, "no target: set one"],
    [
      "EC: ICT: ICT: 1C",
      "colour",
      VALUE,
      /field: "colour" is not allowed; use name, unit, type, direction, dimension, subdimension, category, sdg, min, max, target, basis, source/,
    ],
    ["EC: ICT: ICT: 1C", "toString", VALUE, /field: "toString" is not allowed/],
    ["XX", "name", VALUE, /"XX" is not a U4SSC KPI id/],
    ["EC: ICT: ICT: 1C", { code: "#REF!" }, ERROR_CODES.invalidReference, undefined],
  ])("%j %j fails with %s", (id, field, code, message) => {
    const error = thrownBy(() => info(id, field));
    expect(error.code).toBe(code);
    if (message instanceof RegExp) expect(error.message).toMatch(message);
    else expect(error.message).toBe(message);
  });
});

describe("messages follow Office's display language", () => {
  const globals = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete globals.Office);

  it("words bands and errors in French when Office says so", () => {
    globals.Office = { context: { displayLanguage: "fr-FR" } };
    expect(band(56.25)).toBe("33–66 % de la cible");
    expect(thrownBy(() => score("EC: ICT: ICT: 1C", [[null]])).message).toBe("Valeur manquante");
  });
});

describe("as registered with Excel: the four functions asking for addresses answer a 1×1 array", () => {
  // Their metadata declares a matrix result (scripts/functions-metadata.js); the value is the one kpi-values.ts
  // computes, and an error stays an error of the call.
  afterEach(() => jest.restoreAllMocks());

  it("answers [[value]] at once when no 0 must be checked", () => {
    expect(registered.score("EC: ICT: ICT: 1C", [[97]])).toEqual([[97]]);
    expect(registered.score("Education", column(20, 70, 1000, 10), ED, ED_TARGETS)).toEqual([
      [56.25],
    ]);
    expect(registered.points("EC: ICT: ICT: 1C", 70)).toEqual([[3]]);
    expect(registered.coverage("Education", column(20, 70, 1000, "NR"), ED, ED_TARGETS)).toEqual([
      [0.75],
    ]);
    expect(registered.check("EC: ICT: ICT: 1C", 50)).toEqual([["OK"]]);
  });

  it("throws the same CustomFunctions.Error as the value would", () => {
    const registeredError = thrownBy(() => registered.score("XX", [[1]]));
    expect(registeredError).toEqual(thrownBy(() => score("XX", [[1]])));
    expect(registeredError.code).toBe(VALUE);
    expect(thrownBy(() => registered.points("EC: ICT: ICT: 1C", "")).code).toBe(NA);
  });

  it("answers a promise of [[value]] when a 0 is read, and rejects as the value does", async () => {
    const desktop = { blanksArriveAsNull: false, read: async () => [[[true]]] };
    jest.spyOn(emptyCells, "officeEmptyCellHost").mockReturnValue(desktop);
    const addresses = {
      parameterAddresses: ["", "", "S!F2"],
    } as unknown as CustomFunctions.Invocation;
    await expect(registered.points("EC: ICT: ICT: 1C", 70, 0, addresses)).resolves.toEqual([[3]]);
    const blankValue = {
      parameterAddresses: ["", "S!D2"],
    } as unknown as CustomFunctions.Invocation;
    await expect(
      registered.points("EC: ICT: ICT: 1C", 0, undefined, blankValue)
    ).rejects.toMatchObject({ code: NA });
    await expect(
      registered.check("EC: ICT: ICT: 1C", 0, undefined, undefined, undefined, blankValue)
    ).resolves.toEqual([[expect.stringMatching(/missing|not reported/i)]]);
  });
});
