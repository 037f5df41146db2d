import { ExternalFunction, FunctionsMetadata, bindCustomFunctions } from "../formula";
import { AsyncResults } from "../formula/async-results";
import { CellEditMode } from "../excel-api/cell-edit-mode";
import { HostProfile } from "./host-profile";
import { createExcelGlobal } from "../excel-api/excel-global";
import { reportHandlerFailuresTo } from "../excel-api/event-api";
import { SyncStats } from "../excel-api/request-context";
import { reportNotSimulatedTo } from "../excel-api/simulated-proxy";
import { SimWorkbook } from "../workbook/workbook";
import { CustomFunctionError, installCustomFunctionsRuntime } from "./custom-functions-runtime";

/** The manifest's custom-function namespace (manifest.xml, Functions.Namespace). */
export const FUNCTION_NAMESPACE = "KPI";

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
  /**
   * Resolves once every formula is calculated and no custom function's promise is pending (no cell shows
   * `#BUSY!` for one), for tests.
   */
  calculated(): Promise<void>;
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
  // A settled promise recalculates the workbook: the cell shows its value instead of #BUSY!.
  const asyncResults = new AsyncResults(() => workbook.commit());
  const stats: SyncStats = { syncs: 0 };
  const cellEdit = new CellEditMode();
  scope.Excel = createExcelGlobal(workbook, stats, cellEdit);
  return {
    workbook,
    stats,
    profile,
    cellEdit,
    bindFunctions(metadata) {
      functions = bindCustomFunctions(
        FUNCTION_NAMESPACE,
        metadata,
        associations,
        (message) => console.error(message),
        {
          blanksAsZero: profile === "desktop",
          asyncResults,
          errorArgument: (error) => new CustomFunctionError(error.code),
        }
      );
      workbook.commit();
    },
    async calculated() {
      for (;;) {
        calculateEveryFormula(workbook);
        if (asyncResults.pendingCount === 0) return;
        await asyncResults.whenIdle();
      }
    },
  };
}

/** Calculates every formula cell (the grid calculates only what it shows), so pending functions start. */
function calculateEveryFormula(workbook: SimWorkbook): void {
  for (const sheet of workbook.sheets) {
    const used = sheet.usedArea();
    if (!used) continue;
    for (let row = used.top; row <= used.bottom; row += 1)
      for (let col = used.left; col <= used.right; col += 1)
        if (sheet.cell(row, col).content.kind === "formula") workbook.value(sheet.id, row, col);
  }
}
