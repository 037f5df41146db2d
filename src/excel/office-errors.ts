import type { PortError, PortErrorCode, PortResult } from "../domain/workbook/workbook-port";
import type { ExcelHost } from "./excel-host";

/**
 * Office error codes (Excel.ErrorCodes, as `error.code`) that have a meaning for the user. Anything else is
 * UNKNOWN, with the code and message kept in `detail` for the log.
 */
const OFFICE_CODES: Readonly<Record<string, PortErrorCode>> = {
  InvalidOperationInCellEditMode: "CELL_EDIT_MODE",
  AccessDenied: "PROTECTED",
  ItemNotFound: "NO_TEMPLATE",
  ApiNotFound: "API_UNSUPPORTED",
};

/**
 * Maps anything an `Excel.run` can throw to a PortError: never a stack trace, only the code, message and where Excel
 * says it failed.
 *
 * @example toPortError({ code: "InvalidOperationInCellEditMode", message: "…" }).code === "CELL_EDIT_MODE"
 */
export function toPortError(error: unknown): PortError {
  const { code, message, debugInfo } = (
    typeof error === "object" && error !== null ? error : {}
  ) as {
    code?: unknown;
    message?: unknown;
    debugInfo?: { errorLocation?: unknown };
  };
  const officeCode = typeof code === "string" ? code : "";
  const text = typeof message === "string" ? message : String(error);
  const where =
    typeof debugInfo?.errorLocation === "string" ? ` (at ${debugInfo.errorLocation})` : "";
  return {
    code: OFFICE_CODES[officeCode] ?? "UNKNOWN",
    detail: `${officeCode ? `${officeCode}: ` : ""}${text}${where}`,
  };
}

/** A failed result. @example fail("TEMPLATE_EXISTS", "sheet KPI Data exists") */
export function fail<T>(code: PortErrorCode, detail?: string): PortResult<T> {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } };
}

/** A successful result. */
export function succeed<T>(value: T): PortResult<T> {
  return { ok: true, value };
}

/** Thrown inside a batch to end it with a port error (caught by `runAction`). */
export class PortFailure extends Error {
  constructor(
    readonly code: PortErrorCode,
    readonly detail?: string
  ) {
    super(detail ?? code);
  }
}

/**
 * Runs one action: checks the requirement set first (API_UNSUPPORTED without calling Excel), then the batch, and
 * turns every failure into a PortResult.
 *
 * @example runAction(host, "1.4", async (context) => { … return true; })
 */
export async function runAction<T>(
  host: ExcelHost,
  version: string,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<PortResult<T>> {
  if (!host.supports(version))
    return fail("API_UNSUPPORTED", `ExcelApi ${version} is not available`);
  try {
    return succeed(await host.run(batch));
  } catch (error) {
    if (error instanceof PortFailure) return fail(error.code, error.detail);
    return { ok: false, error: toPortError(error) };
  }
}
