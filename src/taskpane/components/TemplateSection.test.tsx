/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { uiText } from "../../domain/messages/ui";
import type { Lang, PortErrorCode } from "../../domain/workbook/workbook-port";
import { PaneLangContext } from "../pane-language";
import { fakePort, type FakePort } from "../testing/fake-port";
import type { TemplateFormValues } from "./OptionsForm";
import { TemplateSection } from "./TemplateSection";

const EMPTY: TemplateFormValues = { city: "", yearText: "", scope: "all", templateLang: "en" };

function Harness({ port, lang, onWritten }: { port: FakePort; lang: Lang; onWritten: () => void }) {
  const [form, setForm] = useState(EMPTY);
  return (
    <PaneLangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme}>
        <TemplateSection port={port} form={form} onFormChange={setForm} onWritten={onWritten} />
      </FluentProvider>
    </PaneLangContext.Provider>
  );
}

function setup(lang: Lang = "en", port = fakePort()) {
  const onWritten = jest.fn();
  render(<Harness port={port} lang={lang} onWritten={onWritten} />);
  return { port, onWritten, user: userEvent.setup(), t: uiText(lang) };
}

const status = () => screen.getByRole("status");
const statusText = () => status().textContent ?? "";

describe("TemplateSection", () => {
  it("inserts with the options as typed, trimmed and parsed, then reports the rows written", async () => {
    const { port, onWritten, user, t } = setup();
    await user.type(screen.getByRole("textbox", { name: t.cityLabel }), "  Lyon ");
    await user.type(screen.getByRole("textbox", { name: t.yearLabel }), "2024");
    await user.click(screen.getByRole("radio", { name: t.scopeCore }));
    await user.selectOptions(screen.getByRole("combobox", { name: t.templateLangLabel }), "fr");
    await user.click(screen.getByRole("button", { name: t.insertTemplate }));

    expect(port.insertTemplate).toHaveBeenCalledWith({
      city: "Lyon",
      reportingYear: 2024,
      scope: "core",
      lang: "fr",
    });
    expect(statusText()).toContain("Template inserted: 112 rows written.");
    expect(onWritten).toHaveBeenCalledTimes(1);
  });

  it("updates with a blank year as null and says how many input cells were kept", async () => {
    const { port, user, t } = setup();
    await user.click(screen.getByRole("button", { name: t.updateTemplate }));
    expect(port.updateTemplate).toHaveBeenCalledWith({
      city: "",
      reportingYear: null,
      scope: "all",
      lang: "en",
    });
    expect(statusText()).toContain("Template updated: 112 rows; 37 input cells kept untouched.");
  });

  it("explains on the update button that every input cell is kept", () => {
    const { t } = setup();
    expect(
      screen.getByRole("button", { name: t.updateTemplate, description: t.updateHint })
    ).toBeTruthy();
  });

  const CODES: PortErrorCode[] = [
    "CELL_EDIT_MODE",
    "PROTECTED",
    "NO_TEMPLATE",
    "TEMPLATE_EXISTS",
    "TEMPLATE_DAMAGED",
    "API_UNSUPPORTED",
    "UNKNOWN",
  ];
  it.each(CODES)("words %s in the status area and does not report a write", async (code) => {
    const port = fakePort();
    port.insertTemplate.mockResolvedValue({ ok: false, error: { code } });
    const { onWritten, user, t } = setup("en", port);
    await user.click(screen.getByRole("button", { name: t.insertTemplate }));
    expect(statusText()).toContain(t.portErrors[code]);
    expect(within(status()).queryByText(t.details)).toBeNull();
    expect(onWritten).not.toHaveBeenCalled();
  });

  it("tells to finish editing the cell in cell-edit mode", async () => {
    const port = fakePort();
    port.updateTemplate.mockResolvedValue({ ok: false, error: { code: "CELL_EDIT_MODE" } });
    const { user, t } = setup("en", port);
    await user.click(screen.getByRole("button", { name: t.updateTemplate }));
    expect(statusText()).toContain("Finish editing the cell (press Enter or Esc), then try again.");
  });

  it("offers Update when the template already exists, and runs it", async () => {
    const port = fakePort();
    port.insertTemplate.mockResolvedValue({ ok: false, error: { code: "TEMPLATE_EXISTS" } });
    const { user, t } = setup("en", port);
    await user.click(screen.getByRole("button", { name: t.insertTemplate }));
    await user.click(within(status()).getByRole("button", { name: t.updateTemplate }));
    expect(port.updateTemplate).toHaveBeenCalledTimes(1);
    expect(statusText()).toMatch(/37 input cells kept/);
  });

  it.each([
    [
      "a port error with detail",
      (port: FakePort) =>
        port.insertTemplate.mockResolvedValue({
          ok: false,
          error: { code: "UNKNOWN", detail: "GeneralException" },
        }),
      "GeneralException",
    ],
    [
      "a rejected call",
      (port: FakePort) => port.insertTemplate.mockRejectedValue(new Error("boom")),
      "boom",
    ],
  ])(
    "shows %s as the generic message with a closed details disclosure",
    async (_label, arrange, detail) => {
      const port = fakePort();
      arrange(port);
      const { user, t } = setup("en", port);
      await user.click(screen.getByRole("button", { name: t.insertTemplate }));
      expect(statusText()).toContain(t.portErrors.UNKNOWN);
      const disclosure = within(status()).getByText(t.details).closest("details");
      expect(disclosure?.open).toBe(false);
      expect(disclosure?.textContent).toContain(detail);
      expect(statusText()).not.toMatch(/\n\s+at /);
    }
  );

  it("refuses an invalid year without calling the port and says why", async () => {
    const { port, user, t } = setup();
    await user.type(screen.getByRole("textbox", { name: t.yearLabel }), "20x4");
    await user.click(screen.getByRole("button", { name: t.insertTemplate }));
    expect(port.insertTemplate).not.toHaveBeenCalled();
    expect(statusText()).toContain(t.fixYearFirst);
    expect(screen.getByText(t.yearInvalid)).toBeTruthy();
  });

  it("shows the year error when the field is left, not while typing", async () => {
    const { user, t } = setup();
    await user.type(screen.getByRole("textbox", { name: t.yearLabel }), "202");
    expect(screen.queryByText(t.yearInvalid)).toBeNull();
    await user.tab();
    expect(screen.getByText(t.yearInvalid)).toBeTruthy();
  });

  it("runs one write at a time: a second click while busy is ignored", async () => {
    const port = fakePort();
    const gate = { open: () => undefined as void };
    const summary = { rows: 30, keptInputCells: 0, sheets: [] };
    port.insertTemplate.mockReturnValue(
      new Promise((resolve) => (gate.open = () => resolve({ ok: true, value: summary })))
    );
    const { user, t } = setup("en", port);
    const insert = screen.getByRole("button", { name: t.insertTemplate });
    await user.click(insert);
    expect(statusText()).toContain(t.working);
    await user.click(insert);
    await user.click(screen.getByRole("button", { name: t.updateTemplate }));
    expect(port.insertTemplate).toHaveBeenCalledTimes(1);
    expect(port.updateTemplate).not.toHaveBeenCalled();
    await act(async () => gate.open());
    expect(statusText()).toContain("Template inserted: 30 rows written.");
  });

  it("works from the keyboard alone", async () => {
    const { port, user, t } = setup();
    screen.getByRole("button", { name: t.insertTemplate }).focus();
    await user.keyboard("{Enter}");
    await user.tab();
    await user.keyboard(" ");
    expect(port.insertTemplate).toHaveBeenCalledTimes(1);
    expect(port.updateTemplate).toHaveBeenCalledTimes(1);
  });

  it.each(["fr", "ru"] as const)("speaks %s", async (lang) => {
    const port = fakePort();
    port.insertTemplate.mockResolvedValue({ ok: false, error: { code: "PROTECTED" } });
    const { user, t } = setup(lang, port);
    expect(screen.getByRole("textbox", { name: t.cityLabel })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: t.insertTemplate }));
    expect(statusText()).toContain(t.portErrors.PROTECTED);
  });
});
