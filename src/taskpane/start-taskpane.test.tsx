/** @jest-environment jsdom */
import { webDarkTheme } from "@fluentui/react-components";
import { screen } from "@testing-library/react";
import { act } from "react";
import { uiText } from "../domain/messages/ui";
import { createExcelWorkbookPort } from "../excel/excel-workbook-port";
import { startTaskpane } from "./start-taskpane";
import { installFakeOffice, type FakeOfficeHost } from "./testing/fake-office";

jest.mock("../excel/excel-workbook-port", () => ({
  createExcelWorkbookPort: jest.fn(() => jest.requireActual("./testing/fake-port").fakePort()),
}));

let removeOffice = () => undefined as void;

/** Installs the host's office.js stand-in (none: office.js did not load), then starts the pane. */
async function start(office: FakeOfficeHost | undefined) {
  document.body.innerHTML = '<div id="container"></div>';
  if (office) removeOffice = installFakeOffice(office);
  await act(async () => startTaskpane(document.getElementById("container")));
}

afterEach(() => {
  jest.clearAllMocks();
  removeOffice();
});

describe("startTaskpane", () => {
  it.each([
    ["office.js did not load", undefined],
    ["Office has no host (a plain browser tab)", { host: null }],
    ["the host is not Excel", { host: "Word" }],
  ])("says in one line where the pane runs when %s", async (_label, office) => {
    await start(office);
    expect(screen.getByRole("status").textContent).toBe(uiText("en").notInHost);
    expect(screen.queryByRole("button")).toBeNull();
    expect(createExcelWorkbookPort).not.toHaveBeenCalled();
  });

  it("renders the pane in Excel, in Office's display language, on the Excel port", async () => {
    await start({ host: "Excel", displayLanguage: "fr-FR" });
    expect(createExcelWorkbookPort).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: uiText("fr").insertTemplate })).toBeTruthy();
    expect(document.documentElement.lang).toBe("fr");
  });

  it("passes Office's theme to the pane", async () => {
    await start({ host: "Excel", officeTheme: () => ({ bodyBackgroundColor: "#1F1F1F" }) });
    const css = [...document.querySelectorAll("style")]
      .flatMap((style) => [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText))
      .join("\n");
    expect(css).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`);
  });

  it("still renders when reading Office's theme throws", async () => {
    await start({
      host: "Excel",
      officeTheme: () => {
        throw new Error("not supported on this platform");
      },
    });
    expect(screen.getByRole("button", { name: uiText("en").insertTemplate })).toBeTruthy();
  });
});
