import { displayLanguage } from "./display-language";

describe("displayLanguage", () => {
  const globals = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete globals.Office);

  it("is English outside Office", () => {
    expect(displayLanguage()).toBe("en");
  });

  it.each([
    ["fr-FR", "fr"],
    ["ru-RU", "ru"],
    ["de-DE", "en"],
    [undefined, "en"],
  ])("follows Office's display language %p → %s", (tag, lang) => {
    globals.Office = { context: { displayLanguage: tag } };
    expect(displayLanguage()).toBe(lang);
  });

  it("falls back to English while Office.context is not ready", () => {
    globals.Office = {};
    expect(displayLanguage()).toBe("en");
    globals.Office = {
      get context(): never {
        throw new Error("Office is not initialised");
      },
    };
    expect(displayLanguage()).toBe("en");
  });
});
