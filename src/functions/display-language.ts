import { resolveLang } from "../domain/messages";
import type { Lang } from "../domain/messages";

/**
 * The language for messages: Office's display language where the host gives it, English otherwise (outside Office,
 * before Office is initialised, or in tests). Read on every call: nothing is cached that could go stale.
 *
 * @example displayLanguage() === "fr" // in Excel set to French
 */
export function displayLanguage(): Lang {
  try {
    if (typeof Office !== "undefined") return resolveLang(Office.context?.displayLanguage);
  } catch {
    // Office.context can throw while the runtime is still starting: English is the documented fallback.
  }
  return "en";
}
