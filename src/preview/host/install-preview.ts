import { ExternalFunction, FunctionsMetadata, bindCustomFunctions } from "../formula";
import { CellEditMode } from "../excel-api/cell-edit-mode";
import { HostProfile, asProfile } from "./host-profile";
import { createExcelGlobal } from "../excel-api/excel-global";
import { reportHandlerFailuresTo } from "../excel-api/event-api";
import { SyncStats } from "../excel-api/request-context";
import { reportNotSimulatedTo } from "../excel-api/simulated-proxy";
import { SimWorkbook } from "../workbook/workbook";
import { installCustomFunctionsRuntime } from "./custom-functions-runtime";

/** The manifest's custom-function namespace (manifest.xml, Functions.Namespace). */
export const FUNCTION_NAMESPACE = "KPI";

/**
 * The metadata without `requiresParameterAddresses`: the preview's formulas give no argument addresses, as a host
 * that ignores the option, and it passes empty cells as null as Excel on the web does (Office.context.platform is
 * "OfficeOnline", office-context.ts), so the functions never need them (src/functions/blank-arguments.ts).
 */
export function withoutAddressRequests(metadata: FunctionsMetadata): FunctionsMetadata {
  const functions = metadata.functions.map((fn) => {
    if (!fn.options?.requiresParameterAddresses) return fn;
    const options = Object.fromEntries(
      Object.entries(fn.options).filter(([name]) => name !== "requiresParameterAddresses")
    );
    return { ...fn, options };
  });
  return { ...metadata, functions };
}

/** What the preview page works with once the globals are in place. */
export interface PreviewHost {
  readonly workbook: SimWorkbook;
  /** `context.sync()` calls so far, for tests. */
  readonly stats: SyncStats;
  /** Which Excel the preview behaves like: `web` (empty cells reach functions as null) or `desktop` (as 0). */
  readonly profile: HostProfile;
  /** Excel's cell-edit mode, entered and left on demand: batches fail (or, with delayForCellEdit, wait) meanwhile. */
  readonly cellEdit: CellEditMode;
  /** Makes `=KPI.*(…)` formulas call the associated functions, as functions.json describes them. */
  bindFunctions(metadata: FunctionsMetadata): void;
}

/** The page's globals the preview sets up. */
export interface PreviewScope {
  Excel?: unknown;
  CustomFunctions?: unknown;
}

/**
 * Puts the simulated Excel in place before any add-in code runs: a new workbook behind a global `Excel` and the
 * `CustomFunctions` runtime (Error, ErrorCode, and recorded associations). (`Office.context` is completed later, by
 * completeOfficeContext once office.js is ready: office.js replaces the context while it starts.) Anything the
 * simulation lacks, and any failing onChanged handler, is logged with console.error (the e2e tests fail on it).
 *
 * @example
 * const host = installPreview(window);
 * await import("../functions/functions"); // its CustomFunctions.associate calls are recorded
 * host.bindFunctions(await (await fetch("functions.json")).json());
 */
export function installPreview(scope: PreviewScope, profile: HostProfile = "web"): PreviewHost {
  reportNotSimulatedTo((error) => console.error(error));
  reportHandlerFailuresTo((error) =>
    console.error("Preview: a worksheet onChanged handler failed:", error)
  );
  const associations = installCustomFunctionsRuntime(scope);
  let functions: ((name: string) => ExternalFunction | undefined) | undefined;
  const workbook = new SimWorkbook((name) => functions?.(name));
  const stats: SyncStats = { syncs: 0 };
  const cellEdit = new CellEditMode();
  scope.Excel = createExcelGlobal(workbook, stats, cellEdit);
  return {
    workbook,
    stats,
    profile,
    cellEdit,
    bindFunctions(metadata) {
      const bound = bindCustomFunctions(
        FUNCTION_NAMESPACE,
        withoutAddressRequests(metadata),
        associations,
        (message) => console.error(message)
      );
      functions = asProfile(profile, bound);
      workbook.commit();
    },
  };
}
