import { useEffect, useMemo } from "react";
import { EditHistory } from "../workbook/edit-history";
import { SimWorkbook } from "../workbook/workbook";

/**
 * The person's edit history of a workbook, for Undo; forgotten when the add-in writes; and the browser's warning
 * before a reload or close loses what was typed (the simulated workbook lives only in the page).
 *
 * @example
 * const history = useEditHistory(workbook); // typeIntoCell(workbook, sheet, row, col, text, history)
 */
export function useEditHistory(workbook: SimWorkbook): EditHistory {
  const history = useMemo(() => new EditHistory(), [workbook]);

  // The add-in's writes are not undone by the preview: its history ends where the add-in wrote (edit-history.ts).
  useEffect(
    () =>
      workbook.onContentChanged((change) => {
        if (change.by === "api") history.clear();
      }),
    [workbook, history]
  );
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!history.hasTypedData) return;
      // Browsers show their own words; both calls are needed across browsers (HTML spec, "beforeunload").
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [history]);

  return history;
}
