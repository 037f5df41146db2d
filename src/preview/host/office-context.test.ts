import { completeOfficeContext } from "./office-context";

type Requirements = { isSetSupported(name: string, version?: string): boolean };

describe("completeOfficeContext", () => {
  it.each([
    ["ExcelApi", "1.1", true],
    ["ExcelApi", "1.8", true],
    ["ExcelApi", "1.9", false],
    ["ExcelApi", "1.10", false],
    ["ExcelApi", "2.0", false],
    ["WordApi", "1.1", false],
  ])("answers %s %s with %p (the sets the preview simulates)", (name, version, supported) => {
    const office = { context: {} as Record<string, unknown> };
    completeOfficeContext(office, "fr-FR");
    expect((office.context.requirements as Requirements).isSetSupported(name, version)).toBe(
      supported
    );
  });

  it("gives the display language it is told, without overriding one office.js has", () => {
    const bare = { context: {} as Record<string, unknown> };
    completeOfficeContext(bare, "ru-RU");
    expect(bare.context.displayLanguage).toBe("ru-RU");
    const withLanguage = { context: { displayLanguage: "fr-FR" } as Record<string, unknown> };
    completeOfficeContext(withLanguage, "ru-RU");
    expect(withLanguage.context.displayLanguage).toBe("fr-FR");
  });

  it("leaves a real host's context alone", () => {
    const requirements = { isSetSupported: () => true };
    const office = { context: { requirements } as Record<string, unknown> };
    completeOfficeContext(office, "en-US");
    expect(office.context).toEqual({ requirements });
  });

  it("fails loudly before office.js is ready", () => {
    expect(() => completeOfficeContext(undefined, "en")).toThrow("office.js is not ready");
    expect(() => completeOfficeContext({}, "en")).toThrow("Office.context is missing");
  });
});
