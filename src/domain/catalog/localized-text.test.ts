import { allAreaNodes } from "./areas";
import { ITEMS, itemById, itemDisplayName } from "./catalog";
import { translationDataSchema } from "./catalog-schema";
import {
  catalogTranslationsReady,
  installCatalogTranslations,
  localizedAreaName,
  localizedItemText,
} from "./localized-text";
import translations from "./translations.json";
import type { TranslationData } from "./types";

describe("translations.json (UNOFFICIAL fr / ru texts)", () => {
  it("passes its schema and says it is unofficial", () => {
    const result = translationDataSchema.safeParse(translations);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([]);
  });

  it("translates exactly the catalog's items: a data point's name and a basis where the item has them", () => {
    const data = translations as TranslationData;
    expect(Object.keys(data.items).sort()).toEqual(ITEMS.map((item) => item.id).sort());
    for (const item of ITEMS)
      for (const tr of Object.values(data.items[item.id])) {
        expect([item.id, tr.pointName === null]).toEqual([item.id, item.pointName === null]);
        expect([item.id, tr.basis === null]).toEqual([item.id, item.defaultTarget === null]);
      }
  });

  it("falls back to the official English, marked official, while not loaded", () => {
    installCatalogTranslations(null);
    try {
      expect(catalogTranslationsReady()).toBe(false);
      expect(localizedItemText(itemById("EC: ICT: ICT: 1C"), "ru")).toMatchObject({
        name: "Household Internet Access",
        unofficial: false,
      });
      expect(localizedAreaName("dimension", "Economy", "fr")).toBe("Economy");
    } finally {
      installCatalogTranslations(translations as TranslationData);
    }
  });
});

describe("localizedItemText", () => {
  it("gives the official English, marked official, in English", () => {
    const item = itemById("EN: EN: AQ: 1C/PM2.5");
    expect(localizedItemText(item, "en")).toEqual({
      name: "Air Pollution",
      pointName: "PM2.5",
      displayName: itemDisplayName(item),
      unit: item.unit,
      basis: item.defaultTarget?.basis,
      unofficial: false,
    });
  });

  it("gives the unofficial French and Russian, marked unofficial", () => {
    const item = itemById("SC: SH: SA: 5A");
    expect(localizedItemText(item, "fr")).toMatchObject({
      name: "Délai d'intervention des services d'urgence",
      unit: "minutes",
      unofficial: true,
    });
    expect(localizedItemText(item, "ru")).toMatchObject({ unit: "минуты", unofficial: true });
    expect(localizedItemText(itemById("EN: EN: AQ: 1C/NO2"), "ru").displayName).toBe(
      "Загрязнение воздуха — NO2"
    );
  });

  it("translates every item's name and unit, and no Russian text is left in Latin words", () => {
    for (const item of ITEMS) {
      const ru = localizedItemText(item, "ru");
      const fr = localizedItemText(item, "fr");
      expect(ru.name).not.toBe(item.name);
      expect(fr.unit === item.unit && item.unit !== "minutes").toBe(false);
      // Latin letters in Russian only for formulas and codes (PM2,5, CO2, 3G, Wi-Fi, UMC, SDSN …).
      const latinWords = `${ru.name} ${ru.unit}`.match(/[A-Za-z]{3,}/g) ?? [];
      expect(latinWords.filter((w) => !["Wi", "Fi", "UMC"].includes(w))).toEqual([]);
    }
  });
});

describe("localizedAreaName", () => {
  it("names every dimension, sub-dimension and category of the tree in French and Russian", () => {
    const nodes = allAreaNodes().filter((node) => node.level !== "all");
    for (const node of nodes) {
      const level = node.level as "dimension" | "subdimension" | "category";
      expect(localizedAreaName(level, node.name, "ru")).not.toBe(node.name);
    }
    expect(localizedAreaName("dimension", "Environment", "fr")).toBe("Environnement");
    expect(localizedAreaName("category", "Innovation", "en")).toBe("Innovation");
  });
});
