import { areaBandLabel, bandLabel, severityLabel } from "./labels";

describe("bandLabel (docs/scoring.md §4)", () => {
  it.each([
    [1, "en", "0–33% of target"],
    [2, "en", "33–66% of target"],
    [3, "en", "66–95% of target"],
    [4, "en", "95%+ of target"],
    [1, "fr", "0–33 % de la cible"],
    [4, "fr", "95 % et plus de la cible"],
    [2, "ru", "33–66 % от целевого значения"],
    [4, "ru", "95 % и более от целевого значения"],
  ] as const)("labels band %p in %s as %j", (band, lang, label) => {
    expect(bandLabel(band, lang)).toBe(label);
  });
});

describe("areaBandLabel (docs/scoring.md §5)", () => {
  it.each([1, 2, 3, 4] as const)("words band %p as a share of the maximum points", (band) => {
    expect(areaBandLabel(band, "en")).toMatch(/of max\. points$/);
    expect(areaBandLabel(band, "fr")).toMatch(/des points max\.$/);
    expect(areaBandLabel(band, "ru")).toMatch(/от макс\. баллов$/);
    for (const lang of ["en", "fr", "ru"] as const)
      expect(areaBandLabel(band, lang)).not.toBe(bandLabel(band, lang));
  });
});

describe("severityLabel", () => {
  it.each([
    ["error", "en", "Error"],
    ["warning", "en", "Warning"],
    ["info", "en", "Info"],
    ["error", "fr", "Erreur"],
    ["warning", "fr", "Avertissement"],
    ["info", "ru", "Сведения"],
  ] as const)("labels %s in %s as %j", (severity, lang, label) => {
    expect(severityLabel(severity, lang)).toBe(label);
  });
});
