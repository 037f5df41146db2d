import { uiText } from "../domain/messages/ui";
import type { Lang } from "../domain/workbook/workbook-port";

/**
 * The one line shown when the page is opened outside Excel (no host): says where the pane runs, nothing more.
 *
 * @example root.render(<NotInHostNotice lang="fr" />)
 */
export function NotInHostNotice({ lang }: { readonly lang: Lang }) {
  return (
    <main lang={lang} style={{ padding: "12px", fontFamily: "'Segoe UI', system-ui, sans-serif" }}>
      <p role="status">{uiText(lang).notInHost}</p>
    </main>
  );
}
