import fc from "fast-check";
import { decimalValue } from "./decimal-value";

/** What decimalValue promises: the double Number() reads from the digits and the fraction. */
const byNumber = (integerPart: string, fraction: string): number =>
  Number(`${integerPart.replace(/\D/g, "") || "0"}.${fraction || "0"}`);

describe("decimalValue (the exact, allocation-free reading of a text number)", () => {
  it.each([
    ["95 424", "", 95424],
    ["95\u202f424", "5", 95424.5],
    ["1,234,567", "89", 1234567.89],
    ["12", "5", 12.5],
    ["", "5", 0.5],
    ["007", "", 7],
    ["0", "0", 0],
    ["0", "1", 0.1],
    ["", "", 0],
    ["999999999999999", "", 999999999999999], // 15 digits: the exact path
    ["9007199254740993", "", 9007199254740992], // 16 digits, past 2^53: rounds as Number() does
    ["1", "0000000000000000000000001", 1], // 26 digits: Number() decides
    ["", "1234567890123456789012345", 0.12345678901234568],
  ])("reads %j . %j as %p", (integerPart, fraction, value) => {
    expect(decimalValue(integerPart, fraction)).toBe(value);
  });

  it("equals Number() on any digits, with or without thousands separators", () => {
    const digits = fc.stringMatching(/^\d{0,20}$/);
    const grouped = fc.stringMatching(/^[1-9]\d{0,2}([ ,.'\u00a0]\d{3}){0,5}$/);
    fc.assert(
      fc.property(fc.oneof(digits, grouped), digits, (integerPart, fraction) => {
        expect(decimalValue(integerPart, fraction)).toBe(byNumber(integerPart, fraction));
      }),
      { numRuns: 5000 }
    );
  });

  it("equals Number() where rounding is hardest: 15 to 17 significant digits", () => {
    const significant = fc.stringMatching(/^[1-9]\d{14,16}$/);
    const cut = fc.integer({ min: 0, max: 17 });
    fc.assert(
      fc.property(significant, cut, (all, at) => {
        const integerPart = all.slice(0, at);
        const fraction = all.slice(at);
        expect(decimalValue(integerPart, fraction)).toBe(byNumber(integerPart, fraction));
      }),
      { numRuns: 5000 }
    );
  });
});
