import { ITEMS } from "../catalog";
import { rowFlagCodes, scoreTemplateRow, statusText } from "./row-verdict";

const POVERTY = ITEMS.find(
  (item) => /^percentage/i.test(item.unit) && item.direction === "lower" && item.defaultTarget
);

describe("a template row's Status, Score and Points (the words and numbers its formulas show)", () => {
  it("names the flags in Status order, each once, in the label language", () => {
    const row = { id: "EC: ICT: ICT: 1C", value: "12,5", year: 2010, target: "abc" };
    const codes = rowFlagCodes(row, 2024);
    expect(codes).toEqual(["NOT_NUMERIC", "STALE"]);
    expect(statusText(codes, "en")).toBe("Not a number, Stale");
    expect(statusText(codes, "fr")).toBe("Pas un nombre, Ancienne");
    expect(statusText([], "ru")).toBe("OK");
  });

  it("says nothing of year or quality when the value is missing, but still of the target", () => {
    const row = { id: "EC: ICT: ICT: 2C", value: "NR", year: 2030, quality: "Personal estimation" };
    expect(rowFlagCodes(row, 2024)).toEqual(["NO_TARGET", "MISSING"]);
  });

  it("scores 21% typed into a percentage item as 21, never as 0.21", () => {
    const item = POVERTY!;
    const typed = scoreTemplateRow({ id: item.id, value: 0.21, valuePercent: true });
    const asNumber = scoreTemplateRow({ id: item.id, value: 21 });
    expect(typed?.score).toBeCloseTo(asNumber?.score as number, 9);
    expect(typed?.points).toBe(asNumber?.points);
  });

  it("leaves Score and Points empty for a text number, and for a missing or unusable target", () => {
    expect(scoreTemplateRow({ id: "EC: ICT: ICT: 1C", value: "45" })).toBeNull();
    expect(scoreTemplateRow({ id: "EC: ICT: ICT: 2C", value: 45 })).toBeNull();
    expect(scoreTemplateRow({ id: "EC: ICT: ICT: 1C", value: 45, target: "#DIV/0!" })).toBeNull();
    expect(scoreTemplateRow({ id: "EC: ICT: ICT: 1C", value: 45, target: 90 })).toEqual({
      score: 50,
      points: 2,
    });
  });
});
