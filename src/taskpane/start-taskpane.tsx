import { createRoot } from "react-dom/client";
import { loadCatalogTranslations } from "../domain/catalog";
import { resolveLang } from "../domain/messages";
import { createExcelWorkbookPort } from "../excel/excel-workbook-port";
import { App } from "./App";
import { NotInHostNotice } from "./NotInHostNotice";
import type { OfficeThemeColors } from "./office-theme";

/** Office's theme colours, where the host exposes them (not every platform does; reading may throw there). */
function officeThemeColors(): OfficeThemeColors | undefined {
  try {
    return Office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pane's only wiring point: once Office is ready, the Excel port and Office's facts (display language, theme)
 * go into <App>. Opened outside Excel (Office.onReady gives no host, or office.js did not load), the page says in
 * one line where the pane runs instead of staying blank or showing an error.
 *
 * @example startTaskpane(document.getElementById("container"))
 */
export function startTaskpane(container: HTMLElement | null): void {
  if (!container) return;
  // Start loading the unofficial fr / ru names at once: in the shared runtime the functions' messages use them too,
  // possibly before the pane renders. A failed load leaves the official English.
  void loadCatalogTranslations().catch(() => undefined);
  const root = createRoot(container);
  const notInHost = () => root.render(<NotInHostNotice lang={resolveLang(navigator.language)} />);
  if (typeof Office === "undefined") {
    notInHost();
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
      notInHost();
      return;
    }
    const lang = resolveLang(Office.context.displayLanguage);
    document.documentElement.lang = lang;
    root.render(
      <App port={createExcelWorkbookPort()} initialLang={lang} officeTheme={officeThemeColors()} />
    );
  });
}
