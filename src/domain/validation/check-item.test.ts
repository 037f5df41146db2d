import fc from "fast-check";
import { ITEMS } from "../catalog";
import type { RawCell } from "../workbook/workbook-port";
import { checkItem } from "./check-item";
import type { ItemCheckInput } from "./check-item";
import { compareSeverity } from "./issue";
import type { FlagCode } from "./issue";

const codes = (input: ItemCheckInput): FlagCode[] =>
  checkItem(input).issues.map((issue) => issue.code);

describe("checkItem (KPI.CHECK, docs/scoring.md §3, §7)", () => {
  it.each<[string, ItemCheckInput, FlagCode[]]>([
    ["a good value", { id: "EC: ICT: ICT: 1C", value: 97 }, []],
    ["a good value as text with %", { id: "ec:ict:ict:1c", value: "97.00 %" }, []],
    ["an alias id", { id: "SC: EH: H: 6A", value: 50 }, []],
    ["a yes/no answer", { id: "SC: SH: SA: 3A", value: "No" }, []],
    ["an unknown id", { id: "EC: ICT: ICT: 9Z", value: 5 }, ["UNKNOWN_ID"]],
    ["a blank id", { id: "  ", value: 5 }, ["UNKNOWN_ID"]],
    ["a missing value", { id: "EC: ICT: ICT: 1C", value: "NR" }, ["MISSING"]],
    ["text", { id: "SC: SH: SA: 5A", value: "12.67 Minutes" }, ["NOT_NUMERIC"]],
    ["an Excel error", { id: "SC: SH: SA: 5A", value: "#DIV/0!" }, ["CELL_ERROR"]],
    ["a value out of range", { id: "EC: ICT: ICT: 1C", value: 140 }, ["OUT_OF_RANGE"]],
    ["0.5 for a yes/no item", { id: "SC: SH: SA: 3A", value: 0.5 }, ["OUT_OF_RANGE"]],
    [
      "stale data",
      { id: "EC: ICT: ICT: 1C", value: 97, year: 2015, reportingYear: 2024 },
      ["STALE"],
    ],
    [
      "a future year",
      { id: "EC: ICT: ICT: 1C", value: 97, year: 2026, reportingYear: 2024 },
      ["FUTURE_YEAR"],
    ],
    [
      "an unreadable year",
      { id: "EC: ICT: ICT: 1C", value: 97, year: "last year" },
      ["NOT_NUMERIC"],
    ],
    [
      "an unreadable reporting year",
      { id: "EC: ICT: ICT: 1C", value: 97, year: 2020, reportingYear: "2O24" },
      ["NOT_NUMERIC"],
    ],
    [
      "low quality",
      { id: "EC: ICT: ICT: 1C", value: 97, quality: "Personal estimation" },
      ["LOW_QUALITY"],
    ],
    [
      "everything at once, most severe first",
      {
        id: "EC: ICT: ICT: 1C",
        value: 140,
        year: 2010,
        reportingYear: 2024,
        quality: "personal estimation",
      },
      ["OUT_OF_RANGE", "STALE", "LOW_QUALITY"],
    ],
    [
      "a bad value with a future year",
      {
        id: "EC: ICT: ICT: 1C",
        value: "lots",
        year: 2030,
        reportingYear: 2024,
        quality: "Personal estimation",
      },
      ["NOT_NUMERIC", "FUTURE_YEAR", "LOW_QUALITY"],
    ],
    [
      "a missing value hides year and quality, which describe no datum",
      {
        id: "EC: ICT: ICT: 1C",
        value: null,
        year: 2030,
        reportingYear: 2024,
        quality: "Personal estimation",
      },
      ["MISSING"],
    ],
    [
      "a stale year with a custom limit",
      { id: "EC: ICT: ICT: 1C", value: 1, year: 2022, reportingYear: 2024, staleAfterYears: 1 },
      ["STALE"],
    ],
    [
      "a year within a custom limit",
      { id: "EC: ICT: ICT: 1C", value: 1, year: 2015, reportingYear: 2024, staleAfterYears: 10 },
      [],
    ],
  ])("reports %s", (_, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it("returns the item and the reading", () => {
    const check = checkItem({ id: "ec: ict: ict: 1c", value: "45 %" });
    expect(check.item?.id).toBe("EC: ICT: ICT: 1C");
    expect(check.reading).toEqual({ kind: "number", value: 45 });
  });

  it.each<[RawCell, string, object]>([
    ["EC: X", "EC: X", { raw: "EC: X" }],
    [" ec: x ", "ec: x", { raw: "ec: x" }],
    [42, "42", { raw: "42" }],
    [null, "", { raw: "", reason: "blank" }],
    ["", "", { raw: "", reason: "blank" }],
  ])("reports the unknown id %j with no item and no reading", (id, itemId, params) => {
    expect(checkItem({ id, value: 1 })).toEqual({
      item: null,
      reading: null,
      issues: [{ code: "UNKNOWN_ID", severity: "error", itemId, params }],
    });
  });

  it("gives MISSING the item it is about", () => {
    expect(checkItem({ id: "EC: ICT: ICT: 1C", value: "" }).issues).toEqual([
      {
        code: "MISSING",
        severity: "info",
        itemId: "EC: ICT: ICT: 1C",
        params: { item: "EC: ICT: ICT: 1C" },
      },
    ]);
  });

  it("keeps the quality text as typed, trimmed", () => {
    const [issue] = checkItem({
      id: "EC: ICT: ICT: 1C",
      value: 5,
      quality: " PERSONAL estimation ",
    }).issues;
    expect(issue.params).toEqual({ item: "EC: ICT: ICT: 1C", quality: "PERSONAL estimation" });
  });

  it("never reports NO_TARGET, even for an item with no target or no direction", () => {
    expect(codes({ id: "EC: ICT: ICT: 2C", value: 50 })).toEqual([]);
    expect(codes({ id: "EC: I: T: 4A/PARA", value: 5 })).toEqual([]);
  });

  it.each([-1, 1.5, NaN])("refuses staleAfterYears %p as a caller's mistake", (staleAfterYears) => {
    expect(() => checkItem({ id: "EC: ICT: ICT: 1C", value: 1, staleAfterYears })).toThrow(
      RangeError
    );
  });

  it("always lists issues most severe first", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer({ min: 1890, max: 2110 }),
      fc.boolean(),
      fc.constant(null)
    );
    const quality = fc.constantFrom("Personal estimation", "Based on accurate measurements", null);
    fc.assert(
      fc.property(
        fc.constantFrom(...ITEMS),
        cell,
        cell,
        cell,
        quality,
        (item, value, year, reportingYear, q) => {
          const { issues } = checkItem({ id: item.id, value, year, reportingYear, quality: q });
          const sorted = [...issues].sort(compareSeverity);
          expect(issues).toEqual(sorted);
          expect(issues.some((issue) => issue.code === "NO_TARGET")).toBe(false);
        }
      )
    );
  });
});
