import { useState } from "react";
import { downloadWorkbook } from "../export/download-workbook";
import { EditHistory } from "../workbook/edit-history";
import { SimWorkbook } from "../workbook/workbook";

/**
 * Undo (the person's last edit, as Ctrl+Z in the grid) and Download .xlsx (the simulated workbook's cells, formulas,
 * formats and rules as a file Excel and LibreOffice open; src/preview/export).
 */
export function Toolbar({
  workbook,
  history,
  onUndo,
}: {
  workbook: SimWorkbook;
  history: EditHistory;
  onUndo: () => void;
}) {
  const [saving, setSaving] = useState<string | null>(null);
  return (
    <div className="preview-toolbar" role="toolbar" aria-label="Workbook">
      <button
        type="button"
        onClick={onUndo}
        disabled={!history.canUndo}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => {
          setSaving("Writing the .xlsx file…");
          downloadWorkbook(workbook).then(
            (name) => {
              history.markSaved();
              setSaving(`Downloaded ${name}`);
            },
            (error: unknown) => setSaving(`Could not write the file: ${String(error)}`)
          );
        }}
      >
        Download .xlsx
      </button>
      <span role="status" className="preview-toolbar-status">
        {saving}
      </span>
    </div>
  );
}
