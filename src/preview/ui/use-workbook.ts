import { useSyncExternalStore } from "react";
import { SimWorkbook } from "../workbook/workbook";

/** Re-renders on every committed change of the workbook (content, formats, rules, selection, sheets). */
export function useWorkbookVersion(workbook: SimWorkbook): number {
  return useSyncExternalStore(
    (onChange) => workbook.subscribe(onChange),
    () => workbook.version
  );
}
