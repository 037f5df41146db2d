import { createRoot } from "react-dom/client";
import { resolveLang } from "../domain/messages";
import { createExcelWorkbookPort } from "../excel/excel-workbook-port";
import { App } from "../taskpane/App";
import type { PreviewHost } from "./host/install-preview";
import { PreviewPage } from "./ui/PreviewPage";

/**
 * Renders the preview: the simulated workbook beside the real task pane, wired as in Excel (the default Excel
 * port, over the global `Excel` the preview installed), in the browser's language.
 *
 * @example mountPreview(document.getElementById("container")!, host)
 */
export function mountPreview(container: HTMLElement, host: PreviewHost): void {
  const lang = resolveLang(navigator.language);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <PreviewPage
      workbook={host.workbook}
      pane={<App port={createExcelWorkbookPort()} initialLang={lang} />}
    />
  );
}
