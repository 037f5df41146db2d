import { Area } from "./area";
import { CellContent } from "./cell-content";
import { SimSheet } from "./sheet";
import { SimWorkbook } from "./workbook";

/** The cells of one edit as they were before it. */
export interface EditSnapshot {
  readonly sheetId: string;
  readonly area: Area;
  readonly cells: readonly {
    row: number;
    col: number;
    content: CellContent;
    numberFormat: string;
  }[];
}

/** How many edits the preview remembers (its own bound, so a long session does not grow without end). */
const LIMIT = 100;

/**
 * What a person typed, pasted or cleared in the grid, newest last, so Ctrl+Z can take it back. Only the person's
 * edits: Excel since ExcelApi 1.20 also undoes an add-in's writes
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities); the preview does not
 * simulate that, and forgets the history when the add-in writes, so an undo never overwrites what the add-in wrote
 * after the edit. `hasTypedData` says the workbook holds a person's edits (for the warning before a reload).
 */
export class EditHistory {
  private readonly edits: EditSnapshot[] = [];
  private typed = false;

  /** The cells of `area` as they are now, before an edit. */
  snapshot(sheet: SimSheet, area: Area): EditSnapshot {
    const cells = [];
    for (let row = area.top; row <= area.bottom; row += 1) {
      for (let col = area.left; col <= area.right; col += 1) {
        const { content, numberFormat } = sheet.cell(row, col);
        cells.push({ row, col, content, numberFormat });
      }
    }
    return { sheetId: sheet.id, area, cells };
  }

  /** Records an edit that was made (its snapshot taken before it). */
  push(snapshot: EditSnapshot): void {
    this.edits.push(snapshot);
    if (this.edits.length > LIMIT) this.edits.shift();
    this.typed = true;
  }

  get canUndo(): boolean {
    return this.edits.length > 0;
  }

  get hasTypedData(): boolean {
    return this.typed;
  }

  /** After the workbook was saved (downloaded): nothing typed is lost by a reload any more. */
  markSaved(): void {
    this.typed = false;
  }

  clear(): void {
    this.edits.length = 0;
  }

  /**
   * Puts the cells of the last edit back (content and number format), selects them and announces the change as a
   * person's (the add-in's onChanged handlers run, as after Excel's undo). Returns false when there is nothing to
   * undo or the edit's sheet is gone.
   *
   * @example
   * history.undo(workbook); // K5 holds what it held before the last entry
   */
  undo(workbook: SimWorkbook): boolean {
    const edit = this.edits.pop();
    const sheet = edit && workbook.sheetById(edit.sheetId);
    if (!edit || !sheet) return false;
    for (const { row, col, content, numberFormat } of edit.cells) {
      workbook.writeContent(sheet, row, col, content);
      sheet.updateCell(row, col, { numberFormat });
    }
    workbook.recordChange(sheet, edit.area, "user");
    workbook.select(sheet, edit.area);
    workbook.commit();
    this.typed = true;
    return true;
  }
}
