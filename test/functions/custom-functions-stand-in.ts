/**
 * A stand-in for Excel's `CustomFunctions` global in jest (src/functions imports nothing from Office and reads the
 * global at call time). `ErrorCode` carries the real enum's values, so tests assert the error Excel would show.
 */
import { ERROR_CODES } from "../../src/preview/host/custom-functions-runtime";

// The error codes as CustomFunctions.ErrorCode spells them: one table, shared with the preview's runtime.
export { ERROR_CODES };

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Installs the stand-in as the global `CustomFunctions` (call it in `beforeAll`). */
export function installCustomFunctionsStandIn(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: StandInError,
    ErrorCode: ERROR_CODES,
  };
}

/** What a call throws (custom functions throw CustomFunctions.Error, which is not an Error); fails if it returns. */
export function thrownBy(call: () => unknown): StandInError {
  let returned: unknown;
  try {
    returned = call();
  } catch (thrown) {
    if (thrown instanceof StandInError) return thrown;
    throw thrown;
  }
  throw new Error(`expected a CustomFunctions.Error, got ${JSON.stringify(returned)}`);
}
