/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SimWorkbook } from "../workbook/workbook";
import { WorkbookView } from "./WorkbookView";

beforeAll(() => {
  // jsdom lays nothing out: scrolling is a no-op here.
  Element.prototype.scrollIntoView = () => undefined;
  Element.prototype.scrollTo = () => undefined;
});

function setup() {
  const workbook = new SimWorkbook();
  const sheet = workbook.sheets[0];
  sheet.updateCell(0, 0, {
    validation: {
      criterion: { type: "custom", formula: "=AND(ISNUMBER(A1),A1<=100)" },
      rowOffset: 0,
      colOffset: 0,
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "Value", message: "A number up to 100." },
      errorAlert: { showAlert: true, style: "Stop", title: "KPI4SSC", message: "Up to 100 only." },
    },
  });
  render(<WorkbookView workbook={workbook} />);
  const grid = screen.getByRole("grid", { name: "Sheet Sheet1" });
  const cellAt = (address: string) =>
    grid.querySelector(`td[data-address="${address}"]`) as HTMLElement;
  return { workbook, sheet, grid, cellAt, user: userEvent.setup() };
}

describe("WorkbookView", () => {
  it("shows the selected cell's input message and address", () => {
    setup();
    expect(screen.getByRole("note").textContent).toContain("Value A number up to 100.");
    expect((screen.getByRole("textbox", { name: "Selected cell" }) as HTMLInputElement).value).toBe(
      "A1"
    );
  });

  it("types into a cell from the grid: a character starts the entry, Enter commits and moves down", async () => {
    const { grid, cellAt, user } = setup();
    grid.focus();
    await user.keyboard("42{Enter}");
    expect(cellAt("A1").textContent).toBe("42");
    expect((screen.getByRole("textbox", { name: "Selected cell" }) as HTMLInputElement).value).toBe(
      "A2"
    );
    expect(document.activeElement).toBe(grid);
  });

  it("refuses an entry the rule rejects with its alert; Retry goes back to the entry, Cancel drops it", async () => {
    const { grid, cellAt, user } = setup();
    grid.focus();
    await user.keyboard("150{Enter}");
    const alert = screen.getByRole("alertdialog", { name: "KPI4SSC" });
    expect(alert.textContent).toContain("Up to 100 only.");
    expect(document.activeElement?.textContent).toBe("Retry");
    await user.tab();
    expect(document.activeElement?.textContent).toBe("Cancel");
    await user.tab();
    expect(document.activeElement?.textContent).toBe("Retry");
    await user.keyboard("{Enter}");
    const entry = screen.getByRole("textbox", { name: "Contents of cell A1" });
    expect(document.activeElement).toBe(entry);
    expect((entry as HTMLInputElement).value).toBe("150");
    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(cellAt("A1").textContent).toBe("");
    expect((entry as HTMLInputElement).value).toBe("");
  });

  it("cancels an entry with Escape and keeps the cell", async () => {
    const { grid, cellAt, user } = setup();
    await user.click(cellAt("B2"));
    await user.keyboard("x{Escape}");
    expect(cellAt("B2").textContent).toBe("");
    expect(document.activeElement).toBe(grid);
  });

  it("moves with the arrows, edits the formula with F2 and clears with Delete", async () => {
    const { cellAt, user, grid } = setup();
    grid.focus();
    await user.keyboard("{ArrowRight}=1+2{Enter}");
    expect(cellAt("B1").textContent).toContain("3");
    await user.keyboard("{ArrowUp}{F2}");
    expect(
      (screen.getByRole("textbox", { name: "Contents of cell B1" }) as HTMLInputElement).value
    ).toBe("=1+2");
    await user.keyboard("{Escape}{Delete}");
    expect(cellAt("B1").textContent).toBe("");
  });

  it("pastes without validation", async () => {
    const { cellAt, grid, user } = setup();
    await user.click(cellAt("A1"));
    fireEvent.paste(grid, { clipboardData: { getData: () => "150\t7" } });
    expect(cellAt("A1").textContent).toContain("150");
    expect(cellAt("B1").textContent).toContain("7");
  });

  it("shows another sheet from its tab and redraws after a change made elsewhere", async () => {
    const { workbook, user } = setup();
    act(() => {
      workbook.addSheet("KPI Data");
      workbook.commit();
    });
    await user.click(screen.getByRole("button", { name: "KPI Data" }));
    expect(screen.getByRole("grid", { name: "Sheet KPI Data" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "KPI Data" }).getAttribute("aria-current")).toBe(
      "page"
    );
  });
});
