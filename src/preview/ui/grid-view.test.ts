import { FormulaError } from "../formula";
import { interpretEntry } from "../workbook/cell-content";
import { SimWorkbook } from "../workbook/workbook";
import { chartBars } from "./chart-bars";
import { cellView, entryText } from "./cell-view";
import {
  COLUMN_HEADER_PX,
  DEFAULT_COLUMN_PX,
  ROW_HEADER_PX,
  columnLeftPx,
  columnPx,
  gridExtent,
  rowTopPx,
} from "./grid-geometry";

function workbookWith(entries: Record<string, string | number>) {
  const workbook = new SimWorkbook();
  const sheet = workbook.sheets[0];
  for (const [address, entry] of Object.entries(entries)) {
    const col = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    workbook.writeContent(sheet, row, col, interpretEntry(entry, "General").content);
  }
  return { workbook, sheet };
}

describe("grid geometry", () => {
  it("turns Excel's point widths into pixels and adds them up from the row headers", () => {
    const { sheet } = workbookWith({});
    sheet.columnWidths.set(1, 90);
    expect([columnPx(sheet, 0), columnPx(sheet, 1)]).toEqual([DEFAULT_COLUMN_PX, 120]);
    expect(columnLeftPx(sheet, 2)).toBe(ROW_HEADER_PX + DEFAULT_COLUMN_PX + 120);
    expect(rowTopPx(3)).toBe(COLUMN_HEADER_PX + 60);
  });

  it("draws the used area, charts and selection plus a margin, never less than a first screen", () => {
    const { workbook, sheet } = workbookWith({ C5: 1 });
    expect(gridExtent(workbook, sheet)).toEqual({ rows: 40, cols: 12 });
    workbook.select(sheet, { top: 99, left: 20, bottom: 99, right: 20 });
    expect(gridExtent(workbook, sheet)).toEqual({ rows: 110, cols: 23 });
  });
});

describe("cellView and entryText", () => {
  it.each([
    ["A1", { text: "12.5", align: "right" }, "12.5"],
    ["B1", { text: "NR", align: "left" }, "NR"],
    ["C1", { text: "TRUE", align: "center" }, "TRUE"],
    ["D1", { text: "#DIV/0!", align: "center", note: "Division by zero" }, "=1/0"],
    ["E1", { text: "13.5", align: "right" }, "=A1+1"],
    ["F1", { text: "" }, ""],
  ])("%s", (address, view, entry) => {
    const { workbook, sheet } = workbookWith({
      A1: "12.5",
      B1: "NR",
      C1: "TRUE",
      D1: "=1/0",
      E1: "=A1+1",
    });
    const col = address.charCodeAt(0) - 65;
    expect(cellView(workbook, sheet, 0, col)).toMatchObject(view);
    expect(entryText(sheet, 0, col)).toBe(entry);
  });

  it("lets a true conditional format's colours win over the cell's own", () => {
    const { workbook, sheet } = workbookWith({ A1: 150 });
    sheet.updateCell(0, 0, { format: { fill: "#FFFFFF", bold: true } });
    sheet.conditionalFormats = [
      {
        id: 1,
        area: { top: 0, left: 0, bottom: 0, right: 0 },
        formula: "=A1>100",
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      },
    ];
    expect(cellView(workbook, sheet, 0, 0)).toMatchObject({
      fill: "#FFC7CE",
      color: "#9C0006",
      bold: true,
    });
  });
});

describe("chartBars", () => {
  it("reads categories from the first column, values from the last, and the header as the series name", () => {
    const { workbook, sheet } = workbookWith({
      A1: "Area",
      B1: "Score",
      A2: "Economy",
      B2: 56.25,
      A3: "Energy",
      B3: "=NA()",
    });
    const bars = chartBars(workbook, {
      name: "c",
      type: "BarClustered",
      sourceSheetId: sheet.id,
      source: { top: 0, left: 0, bottom: 2, right: 1 },
      seriesBy: "Columns",
      title: "Scores",
      position: null,
    });
    expect(bars).toEqual({
      series: "Score",
      bars: [
        { label: "Economy", value: 56.25 },
        { label: "Energy", value: null },
      ],
    });
    expect(workbook.value(sheet.id, 2, 1)).toBeInstanceOf(FormulaError);
  });
});
