import { missing } from "./simulated-proxy";
import { SimRequestContext, propertyNotLoaded } from "./request-context";

/** Arguments `load()` accepts: "a, b/c", ["a", "b/c"], or { select: "a, b" }. */
export type LoadSpec =
  string | readonly string[] | { readonly select?: string | readonly string[] };

/**
 * The base of every simulated API object, like office.js's ClientObject: `load()` queues reading the named
 * properties (paths such as `protection/protected` load through navigation properties), the values are readable
 * only after `sync()`, and reading one that was not loaded throws PropertyNotLoaded. Subclasses say which scalar
 * properties load (anything else throws "not simulated") and which members lead to other objects.
 */
export abstract class ClientObject {
  readonly #loaded = new Map<string, unknown>();
  #isNull: boolean | undefined = false;

  protected constructor(
    readonly context: SimRequestContext,
    private readonly excelName: string
  ) {}

  /** Scalar properties `load()` may name. */
  protected abstract readonly loadable: readonly string[];

  /** Reads one loadable property from the workbook (runs during sync). */
  protected abstract readProperty(name: string): unknown;

  /** The objects behind navigation properties (`protection` of a worksheet), for load paths. */
  protected navigation(): Readonly<Record<string, ClientObject>> {
    return {};
  }

  /** Is the object missing from the workbook? (Loaded values of a missing object are all null.) */
  protected isMissing(): boolean {
    return this.#isNull === true;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec);
    const scalars = names.length === 0 ? [...this.loadable] : [];
    for (const name of names) {
      const [head, ...rest] = name.split("/");
      if (rest.length > 0) {
        const navigation = this.navigation();
        const child = Object.prototype.hasOwnProperty.call(navigation, head)
          ? navigation[head]
          : undefined;
        if (!child) throw missing(`loading Excel.${this.excelName}.${name}`);
        child.load(rest.join("/"));
      } else if (this.loadable.includes(head)) {
        scalars.push(head);
      } else {
        throw missing(`loading Excel.${this.excelName}.${head}`);
      }
    }
    if (scalars.length > 0) {
      this.context.enqueue(() => {
        for (const name of scalars)
          this.#loaded.set(name, this.isMissing() ? null : this.readProperty(name));
      });
    }
    return this;
  }

  get isNullObject(): boolean {
    if (this.#isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this.#isNull;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.#loaded);
  }

  /** A loaded property's value; throws PropertyNotLoaded when it was not loaded and synced. */
  protected loaded<T>(name: string): T {
    if (!this.#loaded.has(name)) throw propertyNotLoaded(name);
    return this.#loaded.get(name) as T;
  }

  /** For `…OrNullObject` methods: `isNullObject` becomes readable at the next sync. */
  protected checkExistenceAtSync(exists: () => boolean): void {
    this.#isNull = undefined;
    this.context.enqueue(() => {
      this.#isNull = !exists();
    });
  }
}

function loadNames(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const raw =
    typeof spec === "string" || Array.isArray(spec) ? spec : (spec as { select?: LoadSpec }).select;
  if (raw === undefined) return [];
  const list = typeof raw === "string" ? raw.split(",") : [...(raw as readonly string[])];
  return list.map((name) => name.trim()).filter((name) => name.length > 0);
}
