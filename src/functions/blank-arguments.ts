import type { EmptyCellHost } from "../excel/empty-cells";
import type { Lang } from "../domain/messages";
import { throwFailure } from "./excel-errors";

/**
 * Empty cells as null on every host (docs/excel-hosts.md, "Empty cells"). Excel on Windows and Mac passes an empty
 * cell as 0 (office-js #4702, #5262, #1951), so a 0 in a value, target or id argument may be a blank. When one of
 * the `checked` arguments holds a 0:
 * - the argument is not a reference (Excel gives no address for it): the 0 was typed or computed, it stays;
 * - the host passes blanks as null (Excel on the web): it stays;
 * - otherwise the cells are read once (src/excel/empty-cells.ts) and each 0 of an empty cell becomes null;
 * - when the host gives no addresses at all or cannot read the workbook, the result is a #N/A saying so
 *   (BLANK_UNKNOWN), never a blank scored as 0.
 * Without a 0 nothing is read and `compute` runs at once (no round trip in the common case).
 *
 * @example withBlanksRestored([id, value], [1], names, invocation, host, "en", ([i, v]) => scoreOf(i, v))
 */
export function withBlanksRestored<T>(
  args: readonly unknown[],
  checked: readonly number[],
  names: readonly string[],
  invocation: CustomFunctions.Invocation | undefined,
  host: EmptyCellHost,
  lang: Lang,
  compute: (args: unknown[]) => T
): T | Promise<T> {
  const zeroArgs = checked.filter((index) => holdsZero(args[index]));
  if (zeroArgs.length === 0 || host.blanksArriveAsNull) return compute([...args]);
  const addresses = invocation?.parameterAddresses;
  const unknown = (index: number) =>
    throwFailure({ code: "BLANK_UNKNOWN", params: { argument: names[index] } }, lang);
  if (!addresses) return unknown(zeroArgs[0]);
  const referenced = zeroArgs.filter((index) => isReference(addresses[index]));
  if (referenced.length === 0) return compute([...args]);
  const read = host.read;
  if (!read) return unknown(referenced[0]);
  return read(referenced.map((index) => addresses[index])).then(
    (masks) => {
      const restored = [...args];
      referenced.forEach((index, k) => (restored[index] = blanksAsNull(args[index], masks[k])));
      return compute(restored);
    },
    () => unknown(referenced[0])
  );
}

/** True when an argument (a value or a matrix) holds the number 0. */
export function holdsZero(arg: unknown): boolean {
  if (arg === 0) return true;
  return (
    Array.isArray(arg) && arg.some((row) => (Array.isArray(row) ? row.includes(0) : row === 0))
  );
}

/** An address Excel gave for an argument that is a cell or range reference ("Sheet1!A1", "'KPI Data'!D2:D5"). */
function isReference(address: string | undefined): address is string {
  return typeof address === "string" && /![$A-Za-z0-9:]+$/.test(address);
}

/** The argument with each 0 whose cell is empty replaced by null. */
function blanksAsNull(arg: unknown, empty: readonly (readonly boolean[])[]): unknown {
  if (!Array.isArray(arg)) return arg === 0 && empty[0]?.[0] === true ? null : arg;
  return arg.map((row: unknown, r) =>
    Array.isArray(row)
      ? row.map((cell: unknown, c) => (cell === 0 && empty[r]?.[c] === true ? null : cell))
      : row
  );
}
