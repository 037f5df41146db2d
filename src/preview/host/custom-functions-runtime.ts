import type { Implementation } from "../formula";

/** Excel's error codes as CustomFunctions.ErrorCode spells them (@types/custom-functions-runtime). */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The runtime's error: what a custom function throws to show an Excel error with a message. */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

/** The members of `CustomFunctions` the preview provides. */
export interface CustomFunctionsRuntime {
  readonly Error: typeof CustomFunctionError;
  readonly ErrorCode: typeof ERROR_CODES;
  associate(id: string, implementation: Implementation): void;
}

/**
 * Completes the `CustomFunctions` global for the preview. Outside Office, office.js defines CustomFunctions with
 * only `associate` (no Error, no ErrorCode); the preview adds those, and records every association (the metadata
 * plugin appends `CustomFunctions.associate("SCORE", score)` calls to functions.ts) so formulas can call them.
 * office.js's own `associate` is not called: outside Office it only starts its runtime (and a telemetry request
 * to Microsoft), which the offline preview must not make.
 *
 * @example
 * const associations = installCustomFunctionsRuntime(window);
 * associations.get("SCORE"); // the score function, once functions.ts has run
 */
export function installCustomFunctionsRuntime(scope: {
  CustomFunctions?: unknown;
}): ReadonlyMap<string, Implementation> {
  const associations = new Map<string, Implementation>();
  const runtime: CustomFunctionsRuntime = {
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
    associate(id, implementation) {
      associations.set(id.toUpperCase(), implementation);
    },
  };
  scope.CustomFunctions = runtime;
  return associations;
}
