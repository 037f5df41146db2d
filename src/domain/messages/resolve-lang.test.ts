import { resolveLang } from "./resolve-lang";

describe("resolveLang", () => {
  it.each([
    ["fr-FR", "fr"],
    ["fr", "fr"],
    ["FR-ca", "fr"],
    ["fr_BE", "fr"],
    ["ru", "ru"],
    ["ru-RU", "ru"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["nb-NO", "en"],
    ["", "en"],
    ["  ", "en"],
    [null, "en"],
    [undefined, "en"],
    ["french", "en"],
  ])("resolves %j to %s", (tag, lang) => {
    expect(resolveLang(tag)).toBe(lang);
  });
});
