import fc from "fast-check";
import { ITEMS, itemById } from "../catalog";
import type { RawCell } from "../workbook/workbook-port";
import { parseCellValue } from "./parse-cell-value";

const percent = itemById("EC: ICT: ICT: 1C"); // percentage of households, 0–100
const minutes = itemById("SC: SH: SA: 5A"); // minutes, ≥ 0
const yesNo = itemById("SC: SH: SA: 3A"); // Resilience Plans, yes/no
const number = (value: number) => ({ kind: "number", value });
const notNumeric = (reason?: string) => ({
  kind: "invalid",
  code: "NOT_NUMERIC",
  params: reason
    ? expect.objectContaining({ reason })
    : expect.not.objectContaining({ reason: expect.anything() }),
});

describe("parseCellValue (docs/scoring.md §2)", () => {
  it.each<[RawCell, unknown]>([
    [42, number(42)],
    [-3.5, number(-3.5)],
    [0, number(0)],
    ["12.5", number(12.5)],
    ["12,5", number(12.5)],
    [" 95 424 ", number(95424)],
    ["95\u00a0424", number(95424)],
    ["95\u202f424", number(95424)],
    ["1,234.5", number(1234.5)],
    ["1.234,5", number(1234.5)],
    ["+7", number(7)],
    ["\u22127", number(-7)],
    ["1.5e3", number(1500)],
    ["1", number(1)],
    ["0", number(0)],
  ])("reads %j as a number for a numeric item", (raw, expected) => {
    expect(parseCellValue(raw, minutes)).toEqual(expected);
  });

  it.each<RawCell>([
    null,
    undefined,
    "",
    "  ",
    "NR",
    "nr",
    "N/A",
    "n/a",
    "-",
    "—",
    "Not reported",
    "Not Reported",
    " NOT AVAILABLE ",
    "not verified",
  ])("reads %j as missing", (raw) => {
    expect(parseCellValue(raw, percent)).toEqual({ kind: "missing" });
    expect(parseCellValue(raw, yesNo)).toEqual({ kind: "missing" });
  });

  it.each([
    ["45%", 45],
    ["45 %", 45],
    ["97.00 %", 97],
    ["12,5 %", 12.5],
    ["100%", 100],
  ])("accepts the %% sign in %j for a percentage item", (raw, value) => {
    expect(parseCellValue(raw, percent)).toEqual(number(value));
  });

  it.each(["45%", "45 %"])(
    "refuses the %% sign in %j for an item that is not a percentage",
    (raw) => {
      expect(parseCellValue(raw, minutes)).toEqual(notNumeric("percentSign"));
      expect(parseCellValue(raw, yesNo)).toEqual(notNumeric("percentSign"));
    }
  );

  it.each<[RawCell, number]>([
    ["Yes", 1],
    ["No", 0],
    [" yes ", 1],
    ["TRUE", 1],
    ["false", 0],
    [true, 1],
    [false, 0],
    ["1", 1],
    ["0", 0],
    [1, 1],
    [0, 0],
    ["Да", 1],
    ["нет", 0],
    ["Oui", 1],
    ["NON", 0],
  ])("reads %j as %p for a yes/no item", (raw, value) => {
    expect(parseCellValue(raw, yesNo)).toEqual(number(value));
  });

  it.each<RawCell>(["Yes", "No", "TRUE", "Да", "Oui", true, false])(
    "refuses the yes/no answer %j for a numeric item",
    (raw) => {
      expect(parseCellValue(raw, minutes)).toEqual(notNumeric("yesNoWord"));
    }
  );

  it.each(["Maybe", "Y", "partly"])("refuses %j for a yes/no item", (raw) => {
    expect(parseCellValue(raw, yesNo)).toEqual(notNumeric("notYesNo"));
  });

  it.each([
    "#DIV/0!",
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#BUSY!",
  ])("reads the Excel error %j as CELL_ERROR", (raw) => {
    expect(parseCellValue(raw, percent)).toEqual({
      kind: "invalid",
      code: "CELL_ERROR",
      params: { item: percent.id, raw },
    });
  });

  it.each([NaN, Infinity, -Infinity])("refuses the number %p", (raw) => {
    expect(parseCellValue(raw, minutes)).toEqual({
      kind: "invalid",
      code: "NOT_NUMERIC",
      params: { item: minutes.id, raw: String(raw), reason: "nonFinite" },
    });
  });

  it("names both readings of an ambiguous number", () => {
    expect(parseCellValue("1,234", minutes)).toEqual({
      kind: "invalid",
      code: "NOT_NUMERIC",
      params: {
        item: minutes.id,
        raw: "1,234",
        reason: "ambiguous",
        thousands: 1234,
        decimal: 1.234,
        separator: ",",
      },
    });
  });

  it.each(["12.67 Minutes", "95 424 / 100 000 inhabitants", "0.01 % / City GDP", "246 Services"])(
    "refuses %j: a number followed by unit words",
    (raw) => {
      expect(parseCellValue(raw, minutes)).toEqual(notNumeric("unitWords"));
      expect(parseCellValue(raw, percent)).toEqual(notNumeric("unitWords"));
    }
  );

  it.each(["abc", "ca. 12", "<5", "12..5"])("refuses the text %j", (raw) => {
    expect(parseCellValue(raw, minutes)).toEqual(notNumeric());
  });

  it("gives the item and the raw text, trimmed, to the message", () => {
    expect(parseCellValue("  twelve ", minutes)).toEqual({
      kind: "invalid",
      code: "NOT_NUMERIC",
      params: { item: minutes.id, raw: "twelve" },
    });
  });
});

describe("parseCellValue properties", () => {
  const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.stringMatching(/^[ +\-−]?[0-9 .,'\u00a0\u202f]{0,12}[%eE]?[0-9]{0,3}[ %a-z]{0,4}$/),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined)
  );
  const anyItem = fc.constantFrom(...ITEMS);

  it("never throws, and always gives one of the three readings", () => {
    fc.assert(
      fc.property(rawCell, anyItem, (raw, item) => {
        const reading = parseCellValue(raw, item);
        expect(["number", "missing", "invalid"]).toContain(reading.kind);
        if (reading.kind === "number") expect(Number.isFinite(reading.value)).toBe(true);
        if (reading.kind === "invalid") expect(reading.params.item).toBe(item.id);
      })
    );
  });

  it("reads a finite number as itself, for every item", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), anyItem, (value, item) => {
        expect(parseCellValue(value, item)).toEqual({ kind: "number", value });
      })
    );
  });

  it("reads a number written by JavaScript as that number, or as ambiguous with it as one reading", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const reading = parseCellValue(String(value), minutes);
        // `===`, not toBe: String(-0) is "0", and 0 === -0.
        if (reading.kind === "number") expect(reading.value === value).toBe(true);
        else expect(reading).toMatchObject({ params: { reason: "ambiguous", decimal: value } });
      })
    );
  });
});
