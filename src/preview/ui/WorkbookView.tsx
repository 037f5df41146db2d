import { useEffect, useRef, useState } from "react";
import { columnLetters } from "../formula";
import { cellArea } from "../workbook/area";
import { ValidationAlert } from "../workbook/data-validation";
import { clearCell, pasteText, typeIntoCell } from "../workbook/user-entry";
import { SimWorkbook } from "../workbook/workbook";
import { entryText } from "./cell-view";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { SheetTabs } from "./SheetTabs";
import { useWorkbookVersion } from "./use-workbook";
import { ValidationAlertDialog } from "./ValidationAlert";

/**
 * The simulated workbook as a person uses it: formula bar, the active sheet's grid, the selected cell's input
 * message, sheet tabs, and Excel's validation alert when an entry breaks a rule.
 */
export function WorkbookView({ workbook }: { workbook: SimWorkbook }) {
  useWorkbookVersion(workbook);
  const sheet = workbook.sheetById(workbook.activeSheetId)!;
  const { top: row, left: col } = workbook.selection(sheet);
  const [draft, setDraft] = useState<string | null>(null);
  const [alert, setAlert] = useState<{ alert: ValidationAlert; kept: boolean } | null>(null);
  const [focusEntry, setFocusEntry] = useState(false);
  const entry = useRef<HTMLInputElement>(null);
  const grid = () => document.querySelector<HTMLElement>(".preview-grid");

  useEffect(() => {
    if (!focusEntry) return;
    setFocusEntry(false);
    const input = entry.current;
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, [focusEntry]);

  const select = (r: number, c: number) => {
    setDraft(null);
    workbook.select(sheet, cellArea(r, c));
    workbook.notify();
  };
  const edit = (initial: string | null) => {
    setDraft(initial ?? entryText(sheet, row, col));
    setFocusEntry(true);
  };
  const commit = () => {
    if (draft !== null) {
      const outcome = typeIntoCell(workbook, sheet, row, col, draft);
      if (!outcome.accepted) {
        setAlert({ alert: outcome.alert, kept: false });
        return;
      }
      if (outcome.alert) setAlert({ alert: outcome.alert, kept: true });
    }
    select(row + 1, col);
    grid()?.focus();
  };
  const cancel = () => {
    setDraft(null);
    grid()?.focus();
  };
  const prompt = sheet.cell(row, col).validation?.prompt;

  return (
    <section className="preview-workbook" aria-label="Simulated workbook">
      <FormulaBar
        ref={entry}
        address={`${columnLetters(col)}${row + 1}`}
        text={draft ?? entryText(sheet, row, col)}
        onChange={setDraft}
        onCommit={commit}
        onCancel={cancel}
        onFocus={() => setDraft((current) => current ?? entryText(sheet, row, col))}
      />
      {prompt?.showPrompt && (prompt.title || prompt.message) ? (
        <div className="preview-input-message" role="note">
          <strong>{prompt.title}</strong> {prompt.message}
        </div>
      ) : null}
      <Grid
        workbook={workbook}
        sheet={sheet}
        onSelect={select}
        onEdit={edit}
        onClear={() => clearCell(workbook, sheet, row, col)}
        onPaste={(text) => pasteText(workbook, sheet, row, col, text)}
      />
      <SheetTabs
        workbook={workbook}
        onShow={(id) => {
          setDraft(null);
          workbook.activate(workbook.sheetById(id)!);
          workbook.notify();
        }}
      />
      {alert && (
        <ValidationAlertDialog
          alert={alert.alert}
          kept={alert.kept}
          onRetry={() => {
            setAlert(null);
            setFocusEntry(true);
          }}
          onClose={() => {
            setAlert(null);
            if (!alert.kept) setDraft(null);
            grid()?.focus();
          }}
        />
      )}
    </section>
  );
}
