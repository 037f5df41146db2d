import { ExcelError } from "../workbook/excel-error";

/**
 * Excel's cell-edit mode, on demand (a test or the preview page enters and leaves it). While a cell is being
 * edited a batch fails with InvalidOperationInCellEditMode, unless it was run with `{ delayForCellEdit: true }`:
 * then it waits until the edit ends (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit,
 * Excel.RunOptions).
 *
 * @example const edit = new CellEditMode(); edit.enter(); await edit.admit(false); // rejects
 */
export class CellEditMode {
  #editing = false;
  #waiting: (() => void)[] = [];

  get editing(): boolean {
    return this.#editing;
  }

  enter(): void {
    this.#editing = true;
  }

  /** Ends the edit; delayed batches run now. */
  exit(): void {
    this.#editing = false;
    this.#waiting.splice(0).forEach((resume) => resume());
  }

  /** Resolves when a batch may run: at once outside an edit, after it with `delay`, never (rejects) without. */
  async admit(delay: boolean): Promise<void> {
    if (!this.#editing) return;
    if (!delay) {
      throw new ExcelError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
      );
    }
    await new Promise<void>((resume) => this.#waiting.push(resume));
  }
}
