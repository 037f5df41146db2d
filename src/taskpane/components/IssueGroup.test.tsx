/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { validateRows } from "../../domain/validation";
import type { Lang } from "../../domain/workbook/workbook-port";
import { CellFixContext } from "../cell-fix";
import type { ConvertTextNumber } from "../cell-fix";
import { PaneLangContext } from "../pane-language";
import { row } from "../testing/fake-port";
import { IssueList } from "./IssueList";

const ROWS = [row(5, "EC: ICT: ICT: 1C", " 12,5"), row(6, "EC: ICT: ICT: 2C", "abc")];
const ISSUES = validateRows(ROWS, { cells: "template" });

function renderList(lang: Lang, convert: ConvertTextNumber | null) {
  return render(
    <PaneLangContext.Provider value={lang}>
      <CellFixContext.Provider value={convert}>
        <FluentProvider theme={webLightTheme}>
          <IssueList issues={ISSUES} rows={ROWS} onSelectCell={() => undefined} />
        </FluentProvider>
      </CellFixContext.Provider>
    </PaneLangContext.Provider>
  );
}

describe("the one-click conversion of a text number", () => {
  it("offers it for the text number only, and writes only after the click", async () => {
    const convert = jest.fn();
    renderList("en", convert);
    const buttons = screen.getAllByRole("button", { name: /Convert to the number/ });
    expect(buttons.map((b) => b.textContent)).toEqual(["Convert to the number 12.5"]);
    expect(convert).not.toHaveBeenCalled();
    await userEvent.click(buttons[0]);
    expect(convert).toHaveBeenCalledWith("'KPI Data'!E5", " 12,5", 12.5);
  });

  it("writes the number the language's way (decimal comma in French)", () => {
    renderList("fr", jest.fn());
    expect(screen.getByRole("button", { name: "Convertir en nombre : 12,5" })).toBeTruthy();
  });

  it("offers nothing where no one may write", () => {
    renderList("en", null);
    expect(screen.queryByRole("button", { name: /Convert/ })).toBeNull();
  });
});
