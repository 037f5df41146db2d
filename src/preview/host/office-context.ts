import type { HostProfile } from "./host-profile";

/** The ExcelApi requirement sets whose APIs the preview simulates (the ones src/excel asks for). */
export const SIMULATED_EXCEL_API = "1.8";

export interface OfficeLike {
  readonly context?: Record<string, unknown>;
}

function versionAtMost(version: string, limit: string): boolean {
  const [major, minor = 0] = version.split(".").map(Number);
  const [limitMajor, limitMinor] = limit.split(".").map(Number);
  return major < limitMajor || (major === limitMajor && minor <= limitMinor);
}

/**
 * Gives office.js's `Office.context` what Excel would, when the page runs outside Office (after Office.onReady it
 * is an empty object): requirement-set detection that answers true for ExcelApi up to 1.8, the sets the preview simulates, and a
 * display language (the browser's, as Excel would give its own). Inside Office nothing is changed.
 *
 * @example
 * completeOfficeContext(window.Office, "ru-RU");
 * Office.context.requirements.isSetSupported("ExcelApi", "1.7"); // true
 */
export function completeOfficeContext(
  office: OfficeLike | undefined,
  displayLanguage: string,
  profile: HostProfile = "web"
): void {
  const context = office?.context;
  if (!context) {
    throw new Error(
      "office.js is not ready: Office.context is missing (call after Office.onReady)"
    );
  }
  if (context.requirements) return;
  context.requirements = {
    isSetSupported: (name: string, version = "1.1") =>
      name === "ExcelApi" && versionAtMost(String(version), SIMULATED_EXCEL_API),
  };
  context.displayLanguage ??= displayLanguage;
  // Office.PlatformType of the profile's Excel: "OfficeOnline" passes empty cells to custom functions as null.
  context.platform ??= profile === "web" ? "OfficeOnline" : "PC";
}
