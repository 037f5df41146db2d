import { EXIT } from "./context";
import type { CliContext, ExitCode } from "./context";

/** `kpi4ssc update` (not yet written). */
export async function updateCommand(
  args: readonly string[],
  context: CliContext
): Promise<ExitCode> {
  context.io.stdout(context.text.help.update);
  return args.includes("--help") ? EXIT.ok : EXIT.cannotRun;
}
