import { useEffect, useRef, useState } from "react";
import { columnLetters } from "../formula";
import { cellArea } from "../workbook/area";
import { ValidationAlert, listItems } from "../workbook/data-validation";
import { clearCell, pasteText, typeIntoCell } from "../workbook/user-entry";
import { SimWorkbook } from "../workbook/workbook";
import { cellMessage } from "./cell-message";
import { entryText } from "./cell-view";
import { ListDropDown } from "./ListDropDown";
import { Toolbar } from "./Toolbar";
import { useEditHistory } from "./use-edit-history";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { SheetTabs } from "./SheetTabs";
import { useWorkbookVersion } from "./use-workbook";
import { ValidationAlertDialog } from "./ValidationAlert";

/**
 * The simulated workbook as a person uses it: a toolbar (Undo, Download .xlsx), formula bar with the list
 * drop-down of a list-validated cell, what is wrong with the selected cell, its input message, the active sheet's
 * grid, sheet tabs, and Excel's validation alert when an entry breaks a rule. A reload asks first once something
 * was typed (the simulated workbook lives only in the page).
 */
export function WorkbookView({ workbook }: { workbook: SimWorkbook }) {
  useWorkbookVersion(workbook);
  const sheet = workbook.sheetById(workbook.activeSheetId)!;
  const { top: row, left: col } = workbook.selection(sheet);
  const [draft, setDraft] = useState<string | null>(null);
  const [alert, setAlert] = useState<{ alert: ValidationAlert; kept: boolean } | null>(null);
  const [focusEntry, setFocusEntry] = useState(false);
  const entry = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLSelectElement>(null);
  const grid = () => document.querySelector<HTMLElement>(".preview-grid");
  const history = useEditHistory(workbook);

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
      const outcome = typeIntoCell(workbook, sheet, row, col, draft, history);
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
  const undo = () => {
    setDraft(null);
    if (history.undo(workbook)) grid()?.focus();
  };
  const choose = (text: string) => {
    const outcome = typeIntoCell(workbook, sheet, row, col, text, history);
    if (outcome.alert) setAlert({ alert: outcome.alert, kept: outcome.accepted });
    setDraft(null);
    grid()?.focus();
  };
  const validation = sheet.cell(row, col).validation;
  const prompt = validation?.prompt;
  const address = `${columnLetters(col)}${row + 1}`;
  const criterion = validation?.criterion;
  const choices =
    criterion?.type === "list" && criterion.inCellDropDown
      ? listItems(workbook, sheet.id, criterion.source, validation)
      : null;
  const problem = cellMessage(workbook, sheet, row, col);

  return (
    <section className="preview-workbook" aria-label="Simulated workbook">
      <Toolbar workbook={workbook} history={history} onUndo={undo} />
      <FormulaBar
        ref={entry}
        address={address}
        text={draft ?? entryText(sheet, row, col)}
        onChange={setDraft}
        onCommit={commit}
        onCancel={cancel}
        onFocus={() => setDraft((current) => current ?? entryText(sheet, row, col))}
      >
        {choices ? (
          <ListDropDown ref={list} address={address} items={choices} onChoose={choose} />
        ) : null}
      </FormulaBar>
      <p className="preview-cell-message" role="status" aria-live="polite">
        {problem ? (
          <>
            <span className="visually-hidden">{address}: </span>
            {problem}
          </>
        ) : null}
      </p>
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
        onClear={() => clearCell(workbook, sheet, row, col, history)}
        onPaste={(text) => pasteText(workbook, sheet, row, col, text, history)}
        onUndo={undo}
        onOpenList={() => list.current?.focus()}
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
