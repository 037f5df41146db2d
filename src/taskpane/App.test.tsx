/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { ITEMS } from "../domain/catalog";
import { uiText } from "../domain/messages/ui";
import type { Lang } from "../domain/workbook/workbook-port";
import { App } from "./App";
import type { OfficeThemeColors } from "./office-theme";
import { fakePort, row, snapshotOf } from "./testing/fake-port";

/** The ICT rows of a template (kept small: jsdom is slow to name hundreds of buttons), one value out of range. */
const TEMPLATE = ITEMS.filter((item) => item.subdimension === "ICT").map((item, i) =>
  row(5 + i, item.id, item.id === "EC: ICT: ICT: 1C" ? 140 : 50)
);

function setup(initialLang: Lang = "en", officeTheme?: OfficeThemeColors) {
  const port = fakePort(snapshotOf(TEMPLATE, { reportingYear: 2024 }));
  const view = render(<App port={port} initialLang={initialLang} officeTheme={officeTheme} />);
  return { port, view, user: userEvent.setup() };
}

/** The CSS rules Fluent inserted (through the CSSOM, so not in the style elements' text). */
const insertedCss = () =>
  [...document.querySelectorAll("style")]
    .flatMap((style) => [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText))
    .join("\n");

describe("App", () => {
  it("has a banner, a main landmark, a title and one heading per section", () => {
    setup();
    const t = uiText("en");
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("main")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(t.appTitle);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      t.checkHeading,
      t.scoresHeading,
      t.templateHeading,
    ]);
    expect(screen.getAllByRole("region")).toHaveLength(3);
  });

  it("starts in the Office language, for the pane and for the template's labels", async () => {
    const { port, user } = setup("ru");
    const t = uiText("ru");
    await user.click(screen.getByRole("button", { name: t.insertTemplate }));
    expect(port.insertTemplate).toHaveBeenCalledWith(expect.objectContaining({ lang: "ru" }));
  });

  it("switches the pane's language from the picker and marks the page with it", async () => {
    const { port, view, user } = setup("en");
    await user.selectOptions(
      screen.getByRole("combobox", { name: uiText("en").languagePickerLabel }),
      "fr"
    );
    const fr = uiText("fr");
    expect(screen.getByRole("heading", { level: 2, name: fr.templateHeading })).toBeTruthy();
    expect(screen.getByRole("button", { name: fr.checkButton })).toBeTruthy();
    expect(view.container.querySelector("[lang='fr']")).not.toBeNull();
    await user.click(screen.getByRole("button", { name: fr.insertTemplate }));
    // The template's label language is its own choice: switching the pane does not change it.
    expect(port.insertTemplate).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }));
  });

  it("checks, lists the issues and shows the scores from the same read", async () => {
    const { port, user } = setup();
    const t = uiText("en");
    await user.click(screen.getByRole("button", { name: t.checkButton }));
    expect(port.readSheet).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: /140 is outside 0–100/ })).toBeTruthy();
    const scores = screen.getByRole("region", { name: t.scoresHeading });
    expect(within(scores).queryByText(t.scoresNeedCheck)).toBeNull();
    expect(within(scores).getAllByText(/\d+\/\d+/).length).toBeGreaterThan(0);
  });

  it("checks the sheet again after inserting the template", async () => {
    const { port, user } = setup();
    await user.click(screen.getByRole("button", { name: uiText("en").insertTemplate }));
    expect(port.readSheet).toHaveBeenCalledTimes(1);
  });

  it.each([
    [undefined, webLightTheme],
    [{ bodyBackgroundColor: "#FFFFFF" }, webLightTheme],
    [{ bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" }, webDarkTheme],
  ])("follows Office's theme %j", (officeTheme, theme) => {
    setup("en", officeTheme);
    expect(insertedCss()).toContain(`--colorNeutralBackground1: ${theme.colorNeutralBackground1};`);
  });

  it("has no serious or critical axe violations, with issues, scores and a status shown", async () => {
    const { port, user } = setup();
    port.insertTemplate.mockResolvedValue({
      ok: false,
      error: { code: "UNKNOWN", detail: "GeneralException" },
    });
    await user.click(screen.getByRole("button", { name: uiText("en").checkButton }));
    await user.click(screen.getByRole("button", { name: uiText("en").insertTemplate }));
    // Contrast needs a real layout engine (the e2e run checks it in Chromium); jsdom has none.
    const results = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });
    const serious = results.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical"
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
    ).toEqual([]);
  }, 30_000);
});
