import type { PortResult } from "../../domain/workbook/workbook-port";

/**
 * Awaits a port call and turns a rejected promise (a bug or a host failure outside the contract) into an UNKNOWN
 * port error carrying only the message, so the pane never shows a stack trace.
 *
 * @example await settlePortCall(port.readSheet()) // { ok: false, error: { code: "UNKNOWN", detail: "boom" } }
 */
export async function settlePortCall<T>(call: Promise<PortResult<T>>): Promise<PortResult<T>> {
  try {
    return await call;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: "UNKNOWN", detail } };
  }
}
