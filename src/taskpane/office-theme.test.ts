import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentThemeFor } from "./office-theme";

describe("fluentThemeFor", () => {
  it.each([
    ["#000000", webDarkTheme],
    ["#1F1F1F", webDarkTheme],
    ["#262626", webDarkTheme],
    ["#444", webDarkTheme],
    ["#FFFFFF", webLightTheme],
    ["#F3F2F1", webLightTheme],
    ["#E6E6E6", webLightTheme],
    ["#808080", webLightTheme],
    ["fff", webLightTheme],
  ])("body background %s", (bodyBackgroundColor, theme) => {
    expect(fluentThemeFor({ bodyBackgroundColor })).toBe(theme);
  });

  it.each([
    undefined,
    { bodyBackgroundColor: "" },
    { bodyBackgroundColor: "dark" },
    { bodyBackgroundColor: "#12345" },
  ])("falls back to light for %j", (officeTheme) => {
    expect(fluentThemeFor(officeTheme)).toBe(webLightTheme);
  });
});
