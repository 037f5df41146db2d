/**
 * Which Excel the preview behaves like (`?host=web` or `?host=desktop` on preview.html; web by default). They differ
 * in what a custom function receives for an empty cell: null on the web, 0 on Windows and Mac, in single cells and
 * ranges alike (office-js #4702, #5262, #1951); an omitted argument is null on both (formula/custom-functions.ts,
 * `blanksAsZero`). On both, a function that asks for them gets its arguments' addresses, so under `desktop` the KPI
 * functions read the cells' `valueTypes` to tell a blank from 0, as in Excel desktop (docs/excel-hosts.md, "Empty
 * cells"); `Office.context.platform` follows the profile (office-context.ts).
 */
export type HostProfile = "web" | "desktop";

/**
 * The profile a page address asks for; anything but `desktop` is `web`.
 *
 * @example profileFromSearch("?host=desktop") === "desktop"
 */
export function profileFromSearch(search: string): HostProfile {
  return new URLSearchParams(search).get("host") === "desktop" ? "desktop" : "web";
}
