import { cellArea } from "./area";
import { interpretEntry } from "./cell-content";
import { DEFAULT_ALERT, ValidationAlert, passesValidation } from "./data-validation";
import { EditHistory } from "./edit-history";
import { SimSheet } from "./sheet";
import { SimWorkbook } from "./workbook";

/** What became of a typed entry. */
export type EntryOutcome =
  | { readonly accepted: true; readonly alert?: undefined }
  /** Kept, but the cell's rule says it is invalid (a Warning or Information alert, shown without blocking). */
  | { readonly accepted: true; readonly alert: ValidationAlert }
  /** Refused by a Stop alert: the cell keeps its previous content. */
  | { readonly accepted: false; readonly alert: ValidationAlert };

/**
 * Types `text` into a cell as a person does in Excel: the entry is read as Excel reads typing (cell-content.ts),
 * then checked against the cell's data validation with the new value in place; a Stop alert refuses it, a Warning
 * or Information alert keeps it and is reported. Accepted entries fire the sheet's onChanged handlers.
 *
 * @example
 * typeIntoCell(workbook, sheet, 4, 10, "150"); // { accepted: false, alert: { style: "Stop", … } } for a 0–100 item
 */
export function typeIntoCell(
  workbook: SimWorkbook,
  sheet: SimSheet,
  row: number,
  col: number,
  text: string,
  history?: EditHistory
): EntryOutcome {
  const before = sheet.cell(row, col);
  const snapshot = history?.snapshot(sheet, cellArea(row, col));
  const { content, percent } = interpretEntry(text, before.numberFormat);
  workbook.writeContent(sheet, row, col, content);
  const validation = before.validation;
  const alert = validation?.errorAlert ?? DEFAULT_ALERT;
  if (
    validation &&
    alert.showAlert &&
    !passesValidation(workbook, sheet.id, workbook.value(sheet.id, row, col), validation)
  ) {
    if (alert.style === "Stop") {
      workbook.writeContent(sheet, row, col, before.content);
      return { accepted: false, alert };
    }
    if (snapshot) history!.push(snapshot);
    finish(workbook, sheet, row, col, percent);
    return { accepted: true, alert };
  }
  if (snapshot) history!.push(snapshot);
  finish(workbook, sheet, row, col, percent);
  return { accepted: true };
}

/**
 * Pastes text at a cell, as Excel pastes plain text: tab-separated columns and line-separated rows fill a block
 * from the cell. As in Excel, pasting does not check data validation (which is how a wrong value gets past the
 * rule, and why the add-in's status column and Check exist). One onChanged event covers the block.
 *
 * @example
 * pasteText(workbook, sheet, 4, 10, "150"); // stored; the cell's conditional format turns it red
 */
export function pasteText(
  workbook: SimWorkbook,
  sheet: SimSheet,
  row: number,
  col: number,
  text: string,
  history?: EditHistory
): void {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const block = lines.map((line) => line.split("\t"));
  const width = Math.max(...block.map((cells) => cells.length));
  const area = { top: row, left: col, bottom: row + block.length - 1, right: col + width - 1 };
  history?.push(history.snapshot(sheet, area));
  block.forEach((cells, r) =>
    cells.forEach((entry, c) => {
      const { content } = interpretEntry(entry, sheet.cell(row + r, col + c).numberFormat);
      workbook.writeContent(sheet, row + r, col + c, content);
    })
  );
  workbook.recordChange(sheet, area, "user");
  workbook.commit();
}

/** Clears a cell's content (the Delete key): formats and validation stay. */
export function clearCell(
  workbook: SimWorkbook,
  sheet: SimSheet,
  row: number,
  col: number,
  history?: EditHistory
): void {
  history?.push(history.snapshot(sheet, cellArea(row, col)));
  workbook.writeContent(sheet, row, col, { kind: "empty" });
  finish(workbook, sheet, row, col, false);
}

function finish(
  workbook: SimWorkbook,
  sheet: SimSheet,
  row: number,
  col: number,
  percent: boolean
): void {
  // Typing "45%" into a General cell gives it a percent format, as Excel does.
  if (percent && sheet.cell(row, col).numberFormat === "General")
    sheet.updateCell(row, col, { numberFormat: "0%" });
  workbook.recordChange(sheet, cellArea(row, col), "user");
  workbook.commit();
}
