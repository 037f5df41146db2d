import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import type { Lang } from "../domain/workbook/workbook-port";
import { parseReportingYear } from "../taskpane/reporting-year";
import { UsageError } from "./context";
import type { CliStrings } from "./messages";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/**
 * node:util parseArgs, strict: an unknown option or a missing option value becomes a {@link UsageError} with
 * Node's own explanation (exit 2), never a stack trace.
 *
 * @example parse(["--out", "t.xlsx"], { out: { type: "string" } }, "template", text).values.out === "t.xlsx"
 */
export function parse<T extends Options>(
  args: readonly string[],
  options: T,
  command: string,
  text: CliStrings
) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\.$/, "") : String(error);
    throw new UsageError(text.badArguments(detail, command));
  }
}

/** A `--lang` value, or undefined when absent; anything but en, fr, ru is a usage error. */
export function langOption(value: unknown, text: CliStrings): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "en" || value === "fr" || value === "ru") return value;
  throw new UsageError(text.badLang(String(value)));
}

/** A reporting year as the pane accepts it (a whole number 1990–2100), or undefined when absent; else a usage error. */
export function yearOption(value: unknown, text: CliStrings): number | undefined {
  if (value === undefined) return undefined;
  const reading = parseReportingYear(String(value));
  if (!reading.ok || reading.year === null) throw new UsageError(text.badYear(String(value)));
  return reading.year;
}
