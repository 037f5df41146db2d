import { bandLabel, severityLabel } from "./labels";

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
