import { EXIT } from "./context";
import type { CliContext, ExitCode } from "./context";

/** `kpi4ssc compare` (not yet written). */
export async function compareCommand(
  args: readonly string[],
  context: CliContext
): Promise<ExitCode> {
  context.io.stdout(context.text.help.compare);
  return args.includes("--help") ? EXIT.ok : EXIT.cannotRun;
}
