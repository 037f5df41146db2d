import { rangesOverlap } from "../domain/template";

/** Last row and column of a worksheet (Excel's limits), to close whole-row and whole-column addresses. */
const LAST_ROW = 1048576;
const LAST_COLUMN = "XFD";

/**
 * A changed area as a plain A1 range: `WorksheetChangedEventArgs.address` (ExcelApi 1.7,
 * learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#address) is "5:5" or "C:E" when whole
 * rows or columns are inserted, deleted or cleared, and may name several areas ("A1:B2,D4").
 *
 * @example boundedAreas("5:6") // ["A5:XFD6"]
 * @example boundedAreas("C:C") // ["C1:C1048576"]
 */
export function boundedAreas(address: string): string[] {
  return address
    .split(",")
    .map((area) => area.trim().replace(/\$/g, ""))
    .filter((area) => area !== "")
    .map((area) => {
      const rows = /^(\d+):(\d+)$/.exec(area);
      if (rows) return `A${rows[1]}:${LAST_COLUMN}${rows[2]}`;
      const columns = /^([A-Za-z]+):([A-Za-z]+)$/.exec(area);
      if (columns) return `${columns[1]}1:${columns[2]}${LAST_ROW}`;
      return area;
    });
}

/**
 * True when the changed address touches `range`; an address it cannot read counts as touching (a re-check too many
 * costs one read, a missed one leaves stale issues on screen).
 *
 * @example changeTouches("5:5", "B3:B4") === false
 */
export function changeTouches(address: string, range: string): boolean {
  try {
    return boundedAreas(address).some((area) => rangesOverlap(area, range));
  } catch {
    return true;
  }
}
