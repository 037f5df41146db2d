import type { ExcelHost } from "../../excel/excel-host";
import type { HostProfile } from "../host/host-profile";
import { SimWorkbook } from "../workbook/workbook";
import { createExcelGlobal } from "./excel-global";
import type { SimCall, SyncStats } from "./request-context";

/** How a test's simulated Excel starts. */
export interface SimulationOptions {
  /**
   * Which Excel it behaves like: `web` (Excel on the web, the default) or `desktop` (Windows and Mac). Here it sets
   * `Office.context.platform`; how custom functions see blanks under each profile is installPreview's (the
   * workbook of a test has no custom functions unless `workbook` brings them).
   */
  readonly profile?: HostProfile;
  /** The highest ExcelApi requirement set the host supports (default "1.13", what Update asks for at most). */
  readonly apiVersion?: string;
  /** The workbook to start from (default: a new one, holding Sheet1). */
  readonly workbook?: SimWorkbook;
  /** Sheets added before the test starts, in order. */
  readonly sheets?: readonly string[];
  /** Log every write that ran (`calls`), for tests that check what the add-in wrote. */
  readonly log?: boolean;
}

/** Is ExcelApi `version` at most `limit`? ("1.9" < "1.13": the minor versions compare as numbers.) */
function supportedUpTo(limit: string): (version: string) => boolean {
  const [limitMajor, limitMinor] = limit.split(".").map(Number);
  return (version) => {
    const [major, minor = 0] = version.split(".").map(Number);
    return major < limitMajor || (major === limitMajor && minor <= limitMinor);
  };
}

/**
 * A simulated Excel for tests: the preview's strict simulation (a property reads only after its load() and a sync,
 * isNullObject only after a sync, work a batch leaves queued is synced and counted by Excel.run), with the
 * `ExcelHost` the adapters take, the `Excel` and `Office` globals the pane takes (officeExcelHost), the round trips
 * (`stats.syncs`) and, with `log`, every write that ran (`calls`). Test-only: product code may not import it
 * (eslint.config.mjs).
 *
 * @example
 * const sim = simulation({ profile: "desktop", apiVersion: "1.12", log: true });
 * await createExcelWorkbookPort(sim.host).insertTemplate(options);
 * sim.stats.syncs; // 2
 */
export function simulation(options: SimulationOptions = {}) {
  const profile = options.profile ?? "web";
  const workbook = options.workbook ?? new SimWorkbook();
  for (const name of options.sheets ?? []) workbook.addSheet(name);
  const calls: SimCall[] = [];
  const stats: SyncStats = options.log ? { syncs: 0, calls } : { syncs: 0 };
  const excel = createExcelGlobal(workbook, stats);
  const run = <T>(batch: (context: any) => Promise<T>) => excel.run(batch);
  const supports = supportedUpTo(options.apiVersion ?? "1.13");
  const host: ExcelHost = {
    run: (batch, context) =>
      context ? excel.run(context, batch as never) : excel.run(batch as never),
    supports,
  };
  // What office.js gives inside Excel: requirement sets and the platform of the profile (Office.PlatformType).
  const office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && supports(version),
      },
      platform: profile === "web" ? "OfficeOnline" : "PC",
      displayLanguage: "en-US",
    },
  };
  return { workbook, stats, calls, excel, run, host, office, profile };
}

export type Simulation = ReturnType<typeof simulation>;
