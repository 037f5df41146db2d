import type { ExternalFunction } from "../formula";
import type { Argument } from "../formula/arguments";
import { RangeValue } from "../formula/values";

/**
 * Which Excel the preview behaves like (`?host=web` or `?host=desktop` on preview.html; web by default). They differ
 * in what a custom function receives for an empty cell: null on the web, 0 on Windows and Mac, in single cells and
 * ranges alike (office-js #4702, #5262, #1951); an omitted argument is null on both. The preview's formulas give no
 * argument addresses, so under `desktop` the functions meet a host that cannot tell a blank from 0 and say so
 * (docs/excel-hosts.md, "Empty cells"); `Office.context.platform` follows the profile (office-context.ts).
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

/** An evaluated argument with every empty cell as 0, as Excel desktop hands it to a custom function. */
function blanksAsZero(argument: Argument): Argument {
  if (argument.omitted) return argument;
  return {
    omitted: false,
    evaluate: () => {
      const value = argument.evaluate();
      if (value instanceof RangeValue)
        return new RangeValue(value.rows.map((row) => row.map((cell) => cell ?? 0)));
      return value ?? 0;
    },
  };
}

/**
 * The custom-function lookup as the profile's Excel calls functions: unchanged for `web`; for `desktop`, every
 * empty cell of an argument becomes 0 before the function sees it.
 *
 * @example asProfile("desktop", lookup)("KPI.SCORE")
 */
export function asProfile(
  profile: HostProfile,
  lookup: (name: string) => ExternalFunction | undefined
): (name: string) => ExternalFunction | undefined {
  if (profile === "web") return lookup;
  return (name) => {
    const fn = lookup(name);
    return fn && ((args) => fn(args.map(blanksAsZero)));
  };
}
