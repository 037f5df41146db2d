import { plural } from "./plural";

const ru = { one: "ошибка", few: "ошибки", many: "ошибок", other: "ошибки" };
const fr = { one: "erreur", other: "erreurs" };
const en = { one: "error", other: "errors" };

describe("plural", () => {
  it.each([
    ["ru", 1, ru, "ошибка"],
    ["ru", 21, ru, "ошибка"],
    ["ru", 3, ru, "ошибки"],
    ["ru", 5, ru, "ошибок"],
    ["ru", 11, ru, "ошибок"],
    ["ru", 0, ru, "ошибок"],
    ["fr", 0, fr, "erreur"],
    ["fr", 1, fr, "erreur"],
    ["fr", 2, fr, "erreurs"],
    ["en", 0, en, "errors"],
    ["en", 1, en, "error"],
    ["en", 2, en, "errors"],
  ] as const)("%s %d → %s", (lang, n, forms, expected) => {
    expect(plural(lang, n, forms)).toBe(expected);
  });

  it("falls back to `other` when the language's category has no form", () => {
    expect(plural("ru", 5, { other: "шт." })).toBe("шт.");
  });
});
