/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { interpretEntry } from "../workbook/cell-content";
import { SimWorkbook } from "../workbook/workbook";
import { WorkbookView } from "./WorkbookView";

beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
  Element.prototype.scrollTo = () => undefined;
});

/** A1: whole number 0–100 (Stop); B1: list Yes/No from D1:D2; C1: a formula giving #DIV/0!. */
function setup() {
  const workbook = new SimWorkbook();
  const sheet = workbook.sheets[0];
  sheet.updateCell(0, 0, {
    validation: {
      criterion: { type: "wholeNumber", operator: "Between", formula1: 0, formula2: 100 },
      rowOffset: 0,
      colOffset: 0,
      ignoreBlanks: true,
      errorAlert: { showAlert: true, style: "Stop", title: "KPI4SSC", message: "0 to 100 only." },
    },
  });
  sheet.updateCell(0, 1, {
    validation: {
      criterion: { type: "list", source: "=$D$1:$D$2", inCellDropDown: true },
      rowOffset: 0,
      colOffset: 0,
      ignoreBlanks: true,
    },
  });
  for (const [col, entry] of [
    [2, "=1/0"],
    [3, "Yes"],
  ] as const) {
    workbook.writeContent(sheet, 0, col, interpretEntry(entry, "General").content);
  }
  workbook.writeContent(sheet, 1, 3, interpretEntry("No", "General").content);
  workbook.commit();
  render(<WorkbookView workbook={workbook} />);
  const grid = screen.getByRole("grid", { name: "Sheet Sheet1" });
  const cellAt = (address: string) =>
    grid.querySelector(`td[data-address="${address}"]`) as HTMLElement;
  const message = () => document.querySelector(".preview-cell-message")!.textContent;
  return { workbook, sheet, grid, cellAt, message, user: userEvent.setup() };
}

describe("editing the simulated workbook", () => {
  it("undoes typed entries one by one with Ctrl+Z, and with the Undo button", async () => {
    const { grid, cellAt, user } = setup();
    const undo = screen.getByRole("button", { name: "Undo" });
    expect(undo).toHaveProperty("disabled", true);
    grid.focus();
    await user.keyboard("42{Enter}");
    await user.keyboard("{ArrowUp}7{Enter}");
    expect(cellAt("A1").textContent).toBe("7");
    expect(undo).toHaveProperty("disabled", false);
    await user.keyboard("{Control>}z{/Control}");
    expect(cellAt("A1").textContent).toBe("42");
    await user.click(undo);
    expect(cellAt("A1").textContent).toBe("");
    expect(undo).toHaveProperty("disabled", true);
  });

  it("undoes a paste and a Delete", () => {
    const { grid, cellAt } = setup();
    fireEvent.paste(grid, { clipboardData: { getData: () => "5\t6" } });
    expect([cellAt("A1").textContent, cellAt("B1").textContent]).toEqual(["5", "6"]);
    fireEvent.keyDown(grid, { key: "Delete" });
    expect(cellAt("A1").textContent).toBe("");
    fireEvent.keyDown(grid, { key: "z", ctrlKey: true });
    expect(cellAt("A1").textContent).toBe("5");
    fireEvent.keyDown(grid, { key: "z", ctrlKey: true });
    expect([cellAt("A1").textContent, cellAt("B1").textContent]).toEqual(["", ""]);
  });

  it("does not record a refused entry", async () => {
    const { grid, user } = setup();
    grid.focus();
    await user.keyboard("150{Enter}");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("button", { name: "Undo" })).toHaveProperty("disabled", true);
  });

  it("offers a list cell's entries in a drop-down; choosing one types it", async () => {
    const { grid, cellAt, user } = setup();
    expect(screen.queryByRole("combobox")).toBeNull();
    await user.click(cellAt("B1"));
    const list = screen.getByRole("combobox", { name: "Allowed values for B1" });
    expect([...list.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "Choose…",
      "Yes",
      "No",
    ]);
    fireEvent.keyDown(grid, { key: "ArrowDown", altKey: true });
    expect(document.activeElement).toBe(list);
    await user.selectOptions(list, "No");
    expect(cellAt("B1").textContent).toBe("No");
  });

  it("says what is wrong with the selected cell: an error's message, or the broken rule", async () => {
    const { grid, cellAt, message, user } = setup();
    expect(message()).toBe("");
    await user.click(cellAt("C1"));
    expect(message()).toContain("#DIV/0! — Division by zero");
    await user.click(cellAt("A1"));
    fireEvent.paste(grid, { clipboardData: { getData: () => "150" } });
    expect(message()).toContain("Breaks this cell's rule — KPI4SSC: 0 to 100 only.");
  });

  it("asks before a reload only once something was typed", async () => {
    const { grid, user } = setup();
    const unload = () => {
      const event = new Event("beforeunload", { cancelable: true });
      act(() => void window.dispatchEvent(event));
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    grid.focus();
    await user.keyboard("42{Enter}");
    expect(unload()).toBe(true);
  });

  it("forgets the history when the add-in writes, so an undo never overwrites the add-in's cells", async () => {
    const { workbook, sheet, grid, user } = setup();
    grid.focus();
    await user.keyboard("42{Enter}");
    workbook.writeContent(sheet, 5, 5, interpretEntry("from the add-in", "General").content);
    workbook.recordChange(sheet, { top: 5, left: 5, bottom: 5, right: 5 }, "api");
    await act(async () => {
      workbook.commit();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole("button", { name: "Undo" })).toHaveProperty("disabled", true);
  });
});
