import { FormulaError } from "./errors";
import { Value } from "./values";

/** How many settled results are remembered (the oldest go first): enough for every KPI formula of a template. */
const REMEMBERED = 2_000;

/**
 * The results of custom functions that answered with a promise. Excel shows `#BUSY!` in the cell while the function
 * is still executing (support.microsoft.com, "How to correct a #BUSY! error": "the function in the formula is still
 * executing") and the value once it settles. Excel recalculates a non-volatile custom function only when its
 * inputs change; the preview recalculates everything after each change, so a call is remembered by its inputs
 * (`key`): while it is pending the cell shows `#BUSY!` without a new call, once settled the result is reused.
 *
 * @example
 * const results = new AsyncResults(() => workbook.commit());
 * results.settled(key) ?? (results.isPending(key) ? busy() : results.start(key, promise, convert));
 */
export class AsyncResults {
  readonly #settled = new Map<string, Value>();
  readonly #pending = new Set<string>();
  #idle: (() => void)[] = [];

  /** `onSettled` runs after each result arrives (the workbook recalculates: the cell shows the value). */
  constructor(private readonly onSettled: () => void = () => undefined) {}

  /** The settled result of a call with these inputs, or undefined. */
  settled(key: string): Value | undefined {
    return this.#settled.get(key);
  }

  isPending(key: string): boolean {
    return this.#pending.has(key);
  }

  /** How many calls have not settled yet. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Waits for a call's promise; `convert` turns its value or its rejection into what the cell shows. */
  start(key: string, promise: Promise<unknown>, convert: (outcome: Outcome) => Value): void {
    this.#pending.add(key);
    promise
      .then<Outcome, Outcome>(
        (value) => ({ value }),
        (thrown: unknown) => ({ thrown })
      )
      .then((outcome) => {
        this.#remember(key, convert(outcome));
        this.#pending.delete(key);
        this.onSettled();
        if (this.#pending.size === 0) {
          const idle = this.#idle;
          this.#idle = [];
          for (const resolve of idle) resolve();
        }
      });
  }

  /** Resolves once no call is pending (at once when none is). */
  whenIdle(): Promise<void> {
    if (this.#pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #remember(key: string, value: Value): void {
    this.#settled.delete(key);
    this.#settled.set(key, value);
    if (this.#settled.size > REMEMBERED) {
      const oldest = this.#settled.keys().next().value;
      if (oldest !== undefined) this.#settled.delete(oldest);
    }
  }
}

/** What a promise gave: its value, or what it was rejected with. */
export type Outcome = { readonly value: unknown } | { readonly thrown: unknown };

/** The value a pending call shows. */
export const busy = (name: string): FormulaError =>
  new FormulaError("#BUSY!", `${name} is still calculating`);
