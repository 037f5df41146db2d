import { useCallback, useRef, useState } from "react";
import { loadCatalogTranslations } from "../../domain/catalog";
import type {
  PortError,
  TemplateOptions,
  TemplateWriteSummary,
  WorkbookPort,
} from "../../domain/workbook/workbook-port";
import { settlePortCall } from "./port-call";

export type TemplateAction = "insert" | "update";

/** What the status area shows about the last template action. */
export type TemplateStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly action: TemplateAction }
  | {
      readonly kind: "done";
      readonly action: TemplateAction;
      readonly summary: TemplateWriteSummary;
    }
  | { readonly kind: "failed"; readonly action: TemplateAction; readonly error: PortError }
  | { readonly kind: "invalidYear" };

export interface TemplateActions {
  readonly status: TemplateStatus;
  readonly busy: boolean;
  /** Inserts or updates the template; `options` null means the form is invalid and nothing is sent. */
  readonly run: (action: TemplateAction, options: TemplateOptions | null) => Promise<void>;
}

/**
 * Insert / update through the port, one at a time, with the outcome kept as status data (worded by the pane).
 * `onWritten` runs after a successful write (the pane re-checks the sheet then). A French or Russian template waits
 * for the catalog's unofficial translations (`loadTranslations`, an async chunk): written before they arrive, its
 * names, units and target bases would be English; if they cannot load, nothing is written and the failure is shown.
 *
 * @example const { status, busy, run } = useTemplateActions(port, recheck); run("insert", options);
 */
export function useTemplateActions(
  port: WorkbookPort,
  onWritten?: () => void,
  loadTranslations: () => Promise<void> = loadCatalogTranslations
): TemplateActions {
  const [status, setStatus] = useState<TemplateStatus>({ kind: "idle" });
  // A ref, not the state, guards re-entry: two clicks in one frame both see the old state.
  const busyRef = useRef(false);

  const run = useCallback(
    async (action: TemplateAction, options: TemplateOptions | null) => {
      if (busyRef.current) return;
      if (options === null) {
        setStatus({ kind: "invalidYear" });
        return;
      }
      busyRef.current = true;
      setStatus({ kind: "working", action });
      const call = (options.lang === "en" ? Promise.resolve() : loadTranslations()).then(() =>
        action === "insert" ? port.insertTemplate(options) : port.updateTemplate(options)
      );
      const result = await settlePortCall(call);
      busyRef.current = false;
      if (result.ok) {
        setStatus({ kind: "done", action, summary: result.value });
        onWritten?.();
      } else {
        setStatus({ kind: "failed", action, error: result.error });
      }
    },
    [port, onWritten, loadTranslations]
  );

  return { status, busy: status.kind === "working", run };
}
