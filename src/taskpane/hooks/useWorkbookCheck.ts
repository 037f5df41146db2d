import { useCallback, useEffect, useRef, useState } from "react";
import { validateRows } from "../../domain/validation";
import type { Issue } from "../../domain/validation/issue";
import type { PortError, SheetSnapshot, WorkbookPort } from "../../domain/workbook/workbook-port";
import { settlePortCall } from "./port-call";

/** Quiet time after the last data change before the sheet is checked again (typing bursts fire many events). */
export const RECHECK_DELAY_MS = 600;

export interface CheckResult {
  readonly snapshot: SheetSnapshot;
  readonly issues: readonly Issue[];
  /** The year the checks used: the Summary sheet's, else the pane's, else none. */
  readonly reportingYear: number | null;
}

export interface WorkbookCheck {
  /**
   * The last successful check; kept on screen while a new one runs. A failed Check (the button) drops it; a failed
   * automatic re-check keeps it, with `error` saying why, and the next change tries again.
   */
  readonly result: CheckResult | null;
  readonly error: PortError | null;
  readonly running: boolean;
  readonly check: () => Promise<void>;
}

/**
 * Reads the sheet through the port and validates its rows; writes nothing. After a first successful check it
 * listens to the port's data changes and re-checks once they pause for {@link RECHECK_DELAY_MS}, until unmount:
 * a failed re-check (Excel busy in cell-edit mode, a sheet being renamed…) never unsubscribes, so checking resumes
 * with the next change (docs/excel-hosts.md, "Re-check"). Only the latest check's outcome is kept, so a slow read
 * cannot overwrite a newer one.
 *
 * @param paneYear the reporting year typed in the pane, used when the Summary sheet has none.
 * @example const { result, error, running, check } = useWorkbookCheck(port, 2024);
 */
export function useWorkbookCheck(port: WorkbookPort, paneYear: number | null): WorkbookCheck {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<PortError | null>(null);
  const [running, setRunning] = useState(false);
  const latest = useRef(0);
  const paneYearRef = useRef(paneYear);
  paneYearRef.current = paneYear;

  const [listening, setListening] = useState(false);

  const run = useCallback(
    async (automatic: boolean) => {
      const ticket = ++latest.current;
      setRunning(true);
      const read = await settlePortCall(port.readSheet());
      if (ticket !== latest.current) return;
      setRunning(false);
      if (!read.ok) {
        if (!automatic) setResult(null);
        setError(read.error);
        return;
      }
      const reportingYear = read.value.reportingYear ?? paneYearRef.current;
      setResult({
        snapshot: read.value,
        issues: validateRows(read.value.rows, { reportingYear, cells: "template" }),
        reportingYear,
      });
      setError(null);
      setListening(true);
    },
    [port]
  );
  const check = useCallback(() => run(false), [run]);
  const recheck = useCallback(() => run(true), [run]);

  useEffect(() => {
    if (!listening) return undefined;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void recheck(), RECHECK_DELAY_MS);
    };
    // A failed subscription only loses the automatic re-check; the Check button still works, so it stays silent.
    void settlePortCall(port.onDataChanged(onChange)).then((subscribed) => {
      if (!subscribed.ok) return;
      if (active) unsubscribe = subscribed.value;
      else void subscribed.value().catch(() => undefined);
    });
    return () => {
      active = false;
      clearTimeout(timer);
      void unsubscribe?.().catch(() => undefined);
    };
  }, [port, listening, recheck]);

  return { result, error, running, check };
}
