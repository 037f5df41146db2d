import { itemById } from "../catalog";
import type { CatalogItem } from "../catalog";
import { LABELS } from "./labels";
import { allowedText, newInputCells, sdgText } from "./reference-row";

const item = (over: Partial<CatalogItem>): CatalogItem => ({
  ...itemById("EC: ICT: ICT: 1C"),
  ...over,
});

describe("reference cells", () => {
  it.each([
    [{ direction: "higher", min: 0, max: 100 }, "en", "0–100"],
    [{ direction: "lower", min: 0, max: null }, "en", "≥ 0"],
    [{ direction: "lower", min: 1, max: null }, "en", "≥ 1"],
    [{ direction: "higher", min: null, max: 5 }, "en", "≤ 5"],
    [{ direction: "higher", min: null, max: null }, "fr", "tout nombre"],
    [{ direction: "yesno", min: 0, max: 1 }, "ru", "Да / Нет"],
  ] as const)("allows %p as %s: %p", (over, lang, expected) => {
    expect(allowedText(item(over), LABELS[lang])).toBe(expected);
  });

  it.each([
    [{ sdgGoals: [17], sdgTargets: ["17.6.2", "17.8.1"] }, "17 (17.6.2, 17.8.1)"],
    [{ sdgGoals: [5, 9, 17], sdgTargets: [] }, "5, 9, 17"],
    [{ sdgGoals: [], sdgTargets: [] }, ""],
  ])("writes SDG %p as %p", (over, expected) => {
    expect(sdgText(item(over))).toBe(expected);
  });

  it("prefills no target for an item that is never scored, and says why", () => {
    const none = itemById("EC: I: T: 4A/PARA");
    expect(none.direction).toBe("none");
    expect(newInputCells(none, LABELS.en)).toEqual(["", "", "", "", "", "", LABELS.en.notScored]);
  });
});
