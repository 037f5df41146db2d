import { notSimulated } from "../workbook/not-simulated";

/** Members every API object (a ClientObject) has, as in office.js; plain objects such as event args have none. */
const COMMON_MEMBERS = ["context", "load", "toJSON", "isNullObject"];

/** What a simulated API class declares: its Excel class name and the members the preview implements. */
export interface SimulatedClass {
  readonly excelName: string;
  readonly members: readonly string[];
}

/** Called with every "not simulated" error before it is thrown, so the page can log it loudly. */
let reporter: (error: Error) => void = () => undefined;

/** Sets where "not simulated" errors are reported (the preview page logs them with console.error). */
export function reportNotSimulatedTo(report: (error: Error) => void): void {
  reporter = report;
}

/** Builds the "not simulated" error, reports it and returns it for throwing. */
export function missing(what: string): Error {
  const error = notSimulated(what);
  reporter(error);
  return error;
}

/**
 * Wraps an API object so that reading or writing any member its class does not declare throws an error naming it
 * (`Preview does not simulate Excel.Range.merge`), instead of returning undefined. Members are reached on the
 * object itself (so classes can keep `#private` state), methods bound to it.
 *
 * @example
 * simulated(new RangeApi(...), RangeApi).merge(); // throws "Preview does not simulate Excel.Range.merge"
 */
export function simulated<T extends object>(target: T, cls: SimulatedClass): T {
  const known = new Set([...COMMON_MEMBERS.filter((member) => member in target), ...cls.members]);
  const owner = cls.excelName ? `Excel.${cls.excelName}` : "Excel";
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "symbol") return Reflect.get(object, property, object);
      // `await` and `return` from an async function probe `then`: an API object is not a promise.
      if (property === "then") return undefined;
      if (!known.has(property)) throw missing(`${owner}.${property}`);
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
    set(object, property, value) {
      if (typeof property === "symbol" || !known.has(property) || !hasSetter(object, property)) {
        throw missing(`setting ${owner}.${String(property)}`);
      }
      return Reflect.set(object, property, value, object);
    },
    has(object, property) {
      return typeof property === "symbol" ? Reflect.has(object, property) : known.has(property);
    },
  });
}

function hasSetter(object: object, property: string): boolean {
  for (let proto: object | null = object; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (descriptor) return Boolean(descriptor.set) || Boolean(descriptor.writable);
  }
  return false;
}
