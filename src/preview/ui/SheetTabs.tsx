import { SimWorkbook } from "../workbook/workbook";

/** The sheet tabs under the grid: one button per sheet, the shown one marked as current. */
export function SheetTabs({
  workbook,
  onShow,
}: {
  workbook: SimWorkbook;
  onShow: (sheetId: string) => void;
}) {
  return (
    <nav className="preview-tabs" aria-label="Sheets">
      {workbook.sheets.map((sheet) => {
        const current = sheet.id === workbook.activeSheetId;
        return (
          <button
            key={sheet.id}
            type="button"
            className="preview-tab"
            aria-current={current ? "page" : undefined}
            onClick={() => onShow(sheet.id)}
          >
            {sheet.name}
          </button>
        );
      })}
    </nav>
  );
}
