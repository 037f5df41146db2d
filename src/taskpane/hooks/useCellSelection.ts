import { useCallback, useState } from "react";
import type { PortError, WorkbookPort } from "../../domain/workbook/workbook-port";
import { settlePortCall } from "./port-call";

export interface CellSelection {
  readonly select: (address: string) => Promise<void>;
  /** Why the last selection failed (e.g. cell-edit mode); cleared by the next successful one. */
  readonly error: PortError | null;
}

/**
 * Selects a workbook cell through the port, keeping the failure as data for the pane to word.
 *
 * @example const { select, error } = useCellSelection(port); select("'KPI Data'!E5");
 */
export function useCellSelection(port: WorkbookPort): CellSelection {
  const [error, setError] = useState<PortError | null>(null);
  const select = useCallback(
    async (address: string) => {
      const result = await settlePortCall(port.selectCell(address));
      setError(result.ok ? null : result.error);
    },
    [port]
  );
  return { select, error };
}
