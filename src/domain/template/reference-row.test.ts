import { itemById } from "../catalog";
import type { CatalogItem } from "../catalog";
import { LABELS } from "./labels";
import {
  allowedText,
  basisText,
  nameInLabelLanguage,
  newInputCells,
  sdgText,
} from "./reference-row";
import { EN_LABELS } from "./labels.en";
import { FR_LABELS } from "./labels.fr";
import { RU_LABELS } from "./labels.ru";

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

describe("the template's texts of catalog facts in its label language (docs/scoring.md §8)", () => {
  const item = itemById("EN: EN: AQ: 1C/PM10");

  it("names the KPI in the label language: official English, or the unofficial translation", () => {
    expect(nameInLabelLanguage(item, EN_LABELS)).toBe("Air Pollution — PM10");
    expect(nameInLabelLanguage(item, FR_LABELS)).toBe("Pollution de l'air — PM10");
    expect(nameInLabelLanguage(item, RU_LABELS)).toBe("Загрязнение воздуха — PM10");
  });

  it("prefills the target basis in the label language, marking a translation as unofficial", () => {
    expect(basisText(item, EN_LABELS)).toBe(item.defaultTarget?.basis);
    expect(basisText(item, FR_LABELS)).toMatch(
      /^Lignes directrices OMS .*\(traduction non officielle\)$/
    );
    expect(basisText(item, RU_LABELS)).toMatch(/^Рекомендации ВОЗ .*\(неофициальный перевод\)$/);
    expect(basisText(itemById("EC: ICT: ICT: 2C"), RU_LABELS)).toBeNull();
    expect(newInputCells(itemById("EC: ICT: ICT: 2C"), RU_LABELS)[6]).toBe(
      RU_LABELS.noDefaultTarget
    );
  });
});
