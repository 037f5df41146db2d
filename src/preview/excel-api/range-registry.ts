import { RangeTarget } from "./range-writes";

/**
 * Where each Range object handed to the add-in points, for the methods that take a Range as an argument
 * (`charts.add(type, range)`): the Range's own members are only those of Excel.Range, so the locator is kept here.
 */
const locators = new WeakMap<object, () => RangeTarget>();

export function registerRange(range: object, locate: () => RangeTarget): void {
  locators.set(range, locate);
}

/** The locator of a Range object, or undefined when `value` is not one of the preview's ranges. */
export function rangeLocator(value: unknown): (() => RangeTarget) | undefined {
  return typeof value === "object" && value !== null ? locators.get(value) : undefined;
}
