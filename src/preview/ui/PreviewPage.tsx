import type { ReactNode } from "react";
import { SimWorkbook } from "../workbook/workbook";
import { WorkbookView } from "./WorkbookView";

/**
 * The page: a plain statement that this is a preview, the simulated workbook, and the task pane beside it.
 */
export function PreviewPage({ workbook, pane }: { workbook: SimWorkbook; pane: ReactNode }) {
  return (
    <div className="preview-page">
      <section className="preview-banner" aria-label="About this page">
        <p>
          <strong>Preview — a simulated workbook, not Microsoft Excel.</strong> The task pane on the
          right is the real KPI4SSC add-in; the grid simulates only the parts of Excel it uses, and
          the KPI.* formulas run the add-in&apos;s own functions. Type into a cell and press Enter;
          paste (Ctrl+V) skips data validation, as it does in Excel; Ctrl+Z undoes. The workbook
          lives in this page only: use Download .xlsx to keep it.
        </p>
      </section>
      <WorkbookView workbook={workbook} />
      <div className="preview-pane">{pane}</div>
    </div>
  );
}
