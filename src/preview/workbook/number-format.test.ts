import { FormulaError } from "../formula";
import { assertSimulatedNumberFormat, displayText } from "./number-format";

describe("displayText", () => {
  it.each<[unknown, string, string]>([
    [null, "General", ""],
    [12.5, "General", "12.5"],
    [1 / 3, "General", "0.333333333333333"],
    [85.25, "0.0", "85.3"],
    [2.345, "0.00", "2.35"],
    [-2.5, "0", "-3"],
    [2024, "0", "2024"],
    [0.456, "0.0%", "45.6%"],
    [0.5, "0%", "50%"],
    [1234567.8, "#,##0", "1,234,568"],
    [1234.5, "#,##0.00", "1,234.50"],
    ["text", "0.0", "text"],
    [true, "General", "TRUE"],
    [new FormulaError("#N/A", "Missing value"), "0.0", "#N/A"],
  ])("%p as %s is %s", (value, format, expected) => {
    expect(displayText(value as never, format)).toBe(expected);
  });
});

describe("assertSimulatedNumberFormat", () => {
  it.each([["General"], ["@"], ["0"], ["0.0"], ["0.00%"], ["#,##0"]])("draws %s", (format) => {
    expect(() => assertSimulatedNumberFormat(format)).not.toThrow();
  });

  it.each([["yyyy-mm-dd"], ["0.0;[Red]-0.0"], ["$#,##0"], [""]])(
    "names %p as not simulated",
    (format) => {
      expect(() => assertSimulatedNumberFormat(format)).toThrow(
        `Preview does not simulate number format ${format}`
      );
    }
  );
});
