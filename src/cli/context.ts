import { resolveLang } from "../domain/messages";
import type { Lang } from "../domain/workbook/workbook-port";
import { cliText } from "./messages";
import type { CliStrings } from "./messages";

/** Exit codes (docs/cli.md): no errors found, errors found, could not run. */
export const EXIT = { ok: 0, errorsFound: 1, cannotRun: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a command reads and writes: the process, or a test's buffers. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  /** Progress and one-line failures: never mixed into --json or --csv on stdout. */
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** What every command is given: its arguments (after the command name), the language and its texts, the IO. */
export interface CliContext {
  readonly io: CliIO;
  readonly lang: Lang;
  readonly text: CliStrings;
}

/** The process's streams and environment. */
export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * The message language: `--lang` when given (en, fr, ru; anything else is refused by the caller), else the locale
 * of the environment in POSIX order of precedence (LC_ALL, then LC_MESSAGES, then LANG), else English.
 *
 * @example environmentLang({ LANG: "fr_FR.UTF-8" }) === "fr"
 */
export function environmentLang(env: CliIO["env"]): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return resolveLang(locale);
}

/** A context for `lang`. @example contextFor(io, "ru").text.needOut */
export function contextFor(io: CliIO, lang: Lang): CliContext {
  return { io, lang, text: cliText(lang) };
}

/** Thrown by a command for a usage error: printed on stderr, exit 2. */
export class UsageError extends Error {}
