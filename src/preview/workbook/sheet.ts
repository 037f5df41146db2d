import { Area } from "./area";
import { CellContent, EMPTY } from "./cell-content";
import { ConditionalFormatRule } from "./conditional-format";
import { CellValidation } from "./data-validation";

/** Direct formatting of a cell (what `range.format` sets). */
export interface CellFormat {
  readonly bold?: boolean;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
}

export interface Cell {
  readonly content: CellContent;
  readonly numberFormat: string;
  readonly format: CellFormat;
  readonly validation?: CellValidation;
}

/**
 * The state of an AutoFilter (a worksheet's, or a table's) as `autoFilter.isDataFiltered` reads it. The preview has
 * no filter UI: it is unfiltered unless a test sets it (`sheet.autoFilter.isDataFiltered = true`).
 */
export interface SimAutoFilter {
  isDataFiltered: boolean;
}

export const BLANK_CELL: Cell = { content: EMPTY, numberFormat: "General", format: {} };

export interface SimChart {
  name: string;
  readonly type: string;
  readonly sourceSheetId: string;
  readonly source: Area;
  readonly seriesBy: string;
  title: string;
  /** Top-left and bottom-right cells the chart covers (setPosition); null until placed. */
  position: { readonly start: Area; readonly end: Area } | null;
}

/** One worksheet of the simulated workbook: cells stored sparsely, plus the sheet's rules and charts. */
export class SimSheet {
  private readonly cells = new Map<string, Cell>();
  /** Column widths in points (Excel's `format.columnWidth`); absent = the default width. */
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  /** Columns frozen at the left (`freezePanes.freezeAt`); the grid shows them, it does not pin them. */
  frozenColumns = 0;
  protected = false;
  /** Conditional formats in priority order (index 0 is applied first). */
  conditionalFormats: ConditionalFormatRule[] = [];
  readonly charts: SimChart[] = [];
  /** The sheet's own AutoFilter (tables have theirs); set by tests, the preview has no filter UI. */
  readonly autoFilter: SimAutoFilter = { isDataFiltered: false };
  /**
   * Rows hidden (by a filter or by hand), as `range.rowHidden` reads them; set by tests, the grid shows every row.
   */
  readonly hiddenRows = new Set<number>();

  constructor(
    readonly id: string,
    public name: string
  ) {}

  cell(row: number, col: number): Cell {
    return this.cells.get(key(row, col)) ?? BLANK_CELL;
  }

  updateCell(row: number, col: number, patch: Partial<Cell>): void {
    const next = { ...this.cell(row, col), ...patch };
    const isBlank =
      next.content.kind === "empty" &&
      next.numberFormat === "General" &&
      Object.keys(next.format).length === 0 &&
      !next.validation;
    if (isBlank) this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), next);
  }

  /** Every stored cell (content, formatting or validation), in no particular order: for writing the sheet out. */
  *storedCells(): IterableIterator<{ row: number; col: number; cell: Cell }> {
    for (const [k, cell] of this.cells) {
      const [row, col] = k.split(",").map(Number);
      yield { row, col, cell };
    }
  }

  /**
   * The smallest area holding every cell with content or formatting, as Excel's `getUsedRange()` (values and
   * formats, or only values with `valuesOnly`); null for an empty sheet.
   */
  usedArea(valuesOnly = false): Area | null {
    let area: Area | null = null;
    for (const [k, cell] of this.cells) {
      const formatted = cell.numberFormat !== "General" || Object.keys(cell.format).length > 0;
      if (cell.content.kind === "empty" && (valuesOnly || !formatted)) continue;
      const [row, col] = k.split(",").map(Number);
      area = area
        ? {
            top: Math.min(area.top, row),
            left: Math.min(area.left, col),
            bottom: Math.max(area.bottom, row),
            right: Math.max(area.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return area;
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}
