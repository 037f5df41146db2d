import { itemById } from "../catalog";
import { formatIssue } from "../messages";
import { checkItem } from "./check-item";
import { readTemplateCell, templateCellVerdict, templateReader } from "./template-cell";
import { validateRows } from "./validate-rows";

const PERCENT = itemById("EC: ICT: ICT: 1C"); // percentage of households, 0–100
const RATE = itemById("EC: ICT: ICT: 3C"); // per 100 000 inhabitants, ≥ 0
const YES_NO = itemById("EC: I: UP: 2A/COMPACT");

describe("percent entry (docs/template.md): what the cell shows is what is scored", () => {
  it.each([
    // Excel stores 0.21 for `21%` typed anywhere, and for `21` typed into a percent-formatted cell.
    [0.21, true, { kind: "number", value: 0.21 * 100 }],
    [0.005, true, { kind: "number", value: 0.5 }],
    // `21` and `0.21` typed into a General cell: stored as typed, read as typed.
    [21, false, { kind: "number", value: 21 }],
    [0.21, false, { kind: "number", value: 0.21 }],
  ])("reads %p (percent format %p) in a percentage item as %p", (raw, percentFormat, reading) => {
    expect(readTemplateCell({ raw, percentFormat }, PERCENT)).toEqual(reading);
  });

  it("never scores 21% as 0.21 %: 150% is out of range, as the cell shows", () => {
    expect(templateCellVerdict({ raw: 1.5, percentFormat: true }, PERCENT)).toBe("OUT_OF_RANGE");
    expect(templateCellVerdict({ raw: 1.5, percentFormat: false }, PERCENT)).toBe("OK");
  });

  it("refuses a percentage in an item that is not one, naming the % sign", () => {
    const reading = readTemplateCell({ raw: 0.05, percentFormat: true }, RATE);
    expect(reading).toEqual({
      kind: "invalid",
      code: "NOT_NUMERIC",
      params: { item: RATE.id, raw: "5%", reason: "percentSign" },
    });
  });
});

describe("yes/no words (docs/template.md)", () => {
  it.each(["Yes", " oui ", "ДА", "да", true, 1])("reads %p as yes", (raw) => {
    expect(readTemplateCell({ raw }, YES_NO)).toEqual({ kind: "number", value: 1 });
  });
  it.each(["No", "NON", "нет", false, 0])("reads %p as no", (raw) => {
    expect(readTemplateCell({ raw }, YES_NO)).toEqual({ kind: "number", value: 0 });
  });
  it.each([
    ["maybe", "NOT_NUMERIC"],
    ["1", "NOT_NUMERIC"],
    [0.5, "OUT_OF_RANGE"],
    ["NR", "MISSING"],
  ] as const)("judges %p in a yes/no item %s", (raw, verdict) => {
    expect(templateCellVerdict({ raw }, YES_NO)).toBe(verdict);
  });
  it("refuses a yes/no word in a numeric item", () => {
    expect(readTemplateCell({ raw: "Oui" }, RATE)).toMatchObject({
      params: { reason: "yesNoWord" },
    });
  });
});

describe("text numbers are flagged, with the number to convert to", () => {
  it.each([
    ["12,5", 12.5],
    ["45", 45],
    ["45 %", 45],
  ])("%p is NOT_NUMERIC textNumber %p in a percentage item", (raw, number) => {
    const reading = readTemplateCell({ raw }, PERCENT);
    expect(reading).toEqual({
      kind: "invalid",
      code: "NOT_NUMERIC",
      params: { item: PERCENT.id, raw, reason: "textNumber", number },
    });
  });

  it("words it in the three languages", () => {
    const issue = checkItem({ id: PERCENT.id, value: "12,5", readValue: templateReader() })
      .issues[0];
    expect(formatIssue(issue, "en")).toMatch(/text that looks like the number 12\.5; convert it/);
    expect(formatIssue(issue, "fr")).toMatch(/12,5/);
    expect(formatIssue(issue, "ru")).toMatch(/12,5/);
  });

  it("keeps the lenient reading for analysts' sheets (KPI.* functions)", () => {
    expect(checkItem({ id: PERCENT.id, value: "12,5" }).issues).toEqual([]);
    expect(validateRows([{ id: PERCENT.id, value: "12,5" }], { cells: "template" })[0].code).toBe(
      "NOT_NUMERIC"
    );
  });

  it.each([" Not  reported ", "n/a", "—", ""])(
    "reads %p as missing, as Excel's TRIM and = do",
    (raw) => {
      expect(templateCellVerdict({ raw }, RATE)).toBe("MISSING");
    }
  );

  it("reads an error text as the cell error it is (Excel hands errors to add-ins as text)", () => {
    expect(templateCellVerdict({ raw: "#DIV/0!" }, RATE)).toBe("CELL_ERROR");
  });
});
