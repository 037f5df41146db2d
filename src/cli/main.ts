import { installCatalogTranslations } from "../domain/catalog";
import type { TranslationData } from "../domain/catalog";
import translations from "../domain/catalog/translations.json";
import type { Lang } from "../domain/workbook/workbook-port";
import { langOption } from "./args";
import { checkCommand } from "./check-command";
import { compareCommand } from "./compare-command";
import { contextFor, environmentLang, EXIT, processIO, UsageError } from "./context";
import type { CliContext, CliIO, ExitCode } from "./context";
import { mergeCommand } from "./merge-command";
import { cliText } from "./messages";
import { templateCommand } from "./template-command";
import { updateCommand } from "./update-command";

/** A command: its arguments after the command name → exit code. */
export type Command = (args: readonly string[], context: CliContext) => Promise<ExitCode>;

const COMMANDS: Readonly<Record<string, Command>> = {
  template: templateCommand,
  check: checkCommand,
  merge: mergeCommand,
  compare: compareCommand,
  update: updateCommand,
};

/** The `--lang` value among the arguments (`--lang fr` or `--lang=fr`), read before the command parses them. */
function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang") return argv[i + 1] ?? "";
    if (argv[i].startsWith("--lang=")) return argv[i].slice("--lang=".length);
  }
  return undefined;
}

/**
 * The `kpi4ssc` command line: `kpi4ssc <command> [options]`. Returns the exit code (0 no errors found, 1 errors
 * found, 2 could not run); usage errors and unexpected failures are one line on stderr, never a stack trace.
 *
 * @example process.exitCode = await main(["check", "bizerte.xlsx", "--json"]);
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<ExitCode> {
  // The UNOFFICIAL fr/ru names, units and bases (docs/scoring.md §8): the bundles load them as an async chunk; the
  // command line is not bundled, so it installs them at once, before any template, update or message is made.
  installCatalogTranslations(translations as TranslationData);
  let lang: Lang = environmentLang(io.env);
  try {
    lang = langOption(langArgument(argv), cliText(lang)) ?? lang;
  } catch (error) {
    io.stderr((error as Error).message);
    return EXIT.cannotRun;
  }
  const context = contextFor(io, lang);
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(context.text.usage);
    return name === undefined ? EXIT.cannotRun : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(context.text.unknownCommand(name));
    return EXIT.cannotRun;
  }
  try {
    return await command(args, context);
  } catch (error) {
    io.stderr(
      error instanceof UsageError ? error.message : `kpi4ssc ${name}: ${(error as Error).message}`
    );
    return EXIT.cannotRun;
  }
}
