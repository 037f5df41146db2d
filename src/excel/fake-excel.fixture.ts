import { area, lastRowOf, parseRange, qualified, rangesOverlap } from "../domain/template";
import type { RawCell } from "../domain/workbook/workbook-port";
import type { ExcelHost } from "./excel-host";
import { FakeSheet, FakeWorkbook } from "./fake-workbook.fixture";

type Failure = { code: string; message: string };
const officeError = (code: string, message: string): Failure =>
  Object.assign(new Error(message), { code });

/**
 * Test fixture: the subset of the Excel API the adapters use (src/excel/README.md), over a FakeWorkbook holding
 * real cells. As strict as Excel where the adapters could go wrong (issue 9, scripts/mutation-check.mjs):
 * - a property (values, address, protected, a worksheet's name) reads only after its `load()` and a sync after that
 *   load, else PropertyNotLoaded (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
 * - `isNullObject` reads only after a sync (it is known once Excel answered);
 * - work queued after the last `context.sync()` of a batch is one more round trip, as `Excel.run` syncs it at the
 *   end (counted in `book.syncs`, and its failure fails the batch);
 * - writes to a protected sheet, a missing sheet or a block of the wrong shape fail the next sync with Excel's code.
 */
export function fakeExcel(book: FakeWorkbook = new FakeWorkbook(), apiVersion = "1.9") {
  let pending: Failure | null = null;
  let queued = false;
  const fail = (error: Failure) => {
    pending = pending ?? error;
  };
  /** Marks work for the next sync (a write, a load, a method call with an effect). */
  const queue = <T>(value: T): T => ((queued = true), value);
  const gate = () => {
    const readyAt = book.syncs + 1;
    return <T>(read: () => T): T => {
      if (book.syncs < readyAt) throw new Error("property read before context.sync()");
      return read();
    };
  };
  /** A property group that reads only after `load()` and a sync after it. */
  const loadable = () => {
    let ready: (<T>(read: () => T) => T) | null = null;
    return {
      load: () => ((ready = gate()), queue(undefined)),
      read: <T>(what: string, read: () => T): T => {
        if (!ready)
          throw officeError("PropertyNotLoaded", `${what} read without load()`) as unknown as Error;
        return ready(read);
      },
    };
  };

  /** Fails the batch when a formula names a sheet that does not exist (Excel would make it an external link). */
  const checkSheets = (text: unknown) => {
    for (const match of String(text).matchAll(/'((?:[^']|'')+)'!/g)) {
      const name = match[1].replace(/''/g, "'");
      if (!book.sheet(name))
        fail(officeError("InvalidReference", `no sheet ${name} for ${String(text)}`));
    }
  };

  const range = (sheet: FakeSheet, address: string) => {
    const loaded = loadable();
    const write = (
      what: string,
      cells: RawCell[][],
      apply: (row: number, col: number, cell: RawCell) => void
    ) => {
      if (sheet.protected) return fail(officeError("AccessDenied", `${sheet.name} is protected`));
      const { firstRow, firstColumn, rowCount, columnCount } = parseRange(address);
      if (cells.length !== rowCount || cells.some((row) => row.length !== columnCount)) {
        return fail(officeError("InvalidArgument", `${what} of ${address} has the wrong shape`));
      }
      queue(book.writes.push({ sheet: sheet.name, address, what }));
      if (what === "formulas") cells.flat().forEach(checkSheets);
      cells.forEach((row, r) => row.forEach((c, k) => apply(firstRow + r, firstColumn + k, c)));
    };
    const isFormula = (c: RawCell) => typeof c === "string" && c.startsWith("=");
    return {
      /** The address as the fake knows it, for other fake objects (a chart's source); adapters read `address`. */
      fakeAddress: address,
      load: loaded.load,
      get address() {
        return loaded.read("Range.address", () => qualified(sheet.name, address));
      },
      /** Formulas as typed, constants as they are: what `range.formulas` gives. */
      get formulas() {
        return loaded.read("Range.formulas", () => {
          const { firstRow, firstColumn, rowCount, columnCount } = parseRange(address);
          return Array.from({ length: rowCount }, (_, r) =>
            Array.from({ length: columnCount }, (_, c) => {
              const found = sheet.get(firstRow + r, firstColumn + c);
              return found?.formula ?? found?.value ?? "";
            })
          );
        });
      },
      /** Excel: true when every row is hidden, false when none, null when some are. */
      get rowHidden() {
        return loaded.read("Range.rowHidden", () => {
          const { firstRow, rowCount } = parseRange(address);
          const hidden = Array.from({ length: rowCount }, (_, r) =>
            sheet.hiddenRows.has(firstRow + r)
          );
          return hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
        });
      },
      get values() {
        return loaded.read("Range.values", () => {
          const { firstRow, firstColumn, rowCount, columnCount } = parseRange(address);
          return Array.from({ length: rowCount }, (_, r) =>
            Array.from({ length: columnCount }, (_, c) => {
              const found = sheet.get(firstRow + r, firstColumn + c);
              return found?.formula ?? found?.value ?? "";
            })
          );
        });
      },
      set values(cells: RawCell[][]) {
        write("values", cells, (r, c, value) =>
          sheet.set(r, c, { value, formula: isFormula(value) ? String(value) : null })
        );
      },
      set formulas(cells: RawCell[][]) {
        write("formulas", cells, (r, c, f) =>
          sheet.set(
            r,
            c,
            isFormula(f) ? { formula: String(f), value: "" } : { value: f, formula: null }
          )
        );
      },
      get numberFormat() {
        return loaded.read("Range.numberFormat", () => {
          const { firstRow, firstColumn, rowCount, columnCount } = parseRange(address);
          return Array.from({ length: rowCount }, (_, r) =>
            Array.from(
              { length: columnCount },
              (_, c) => sheet.get(firstRow + r, firstColumn + c)?.numberFormat ?? "General"
            )
          );
        });
      },
      set numberFormat(cells: RawCell[][]) {
        write("numberFormat", cells, (r, c, f) => sheet.set(r, c, { numberFormat: String(f) }));
      },
      format: { font: {}, fill: {} } as Record<string, unknown>,
      dataValidation: {
        clear: () =>
          queue(
            (sheet.validations = sheet.validations.filter(
              (v) => !rangesOverlap(v.address, address)
            ))
          ),
        set rule(rule: unknown) {
          checkSheets(JSON.stringify(rule));
          queue(sheet.validations.push({ address, rule }));
        },
        set prompt(prompt: unknown) {
          Object.assign(sheet.validations.at(-1) ?? {}, { prompt });
        },
        set errorAlert(errorAlert: unknown) {
          Object.assign(sheet.validations.at(-1) ?? {}, { errorAlert });
        },
        ignoreBlanks: true,
      },
      conditionalFormats: {
        clearAll: () =>
          queue(
            (sheet.conditionalFormats = sheet.conditionalFormats.filter(
              (c) => !rangesOverlap(c.address, address)
            ))
          ),
        add: () => {
          const format = {
            address,
            custom: { rule: { formula: "" }, format: { fill: {}, font: {} } },
          };
          queue(sheet.conditionalFormats.push(format));
          return format;
        },
      },
      select: () => queue((book.selection = qualified(sheet.name, address))),
    };
  };

  const table = (name: string) => {
    const ready = gate();
    const found = () => book.tables.find((t) => t.name === name);
    return {
      get isNullObject() {
        return ready(() => !found());
      },
      autoFilter: (() => {
        const loaded = loadable();
        return {
          load: loaded.load,
          get isDataFiltered() {
            return loaded.read("AutoFilter.isDataFiltered", () => found()?.filtered === true);
          },
        };
      })(),
      worksheet: (() => {
        const loaded = loadable();
        return {
          load: loaded.load,
          get name() {
            return loaded.read("Worksheet.name", () => found()?.sheet.name ?? "");
          },
        };
      })(),
      getRange: () => {
        const t = found() as NonNullable<ReturnType<typeof found>>;
        return range(t.sheet, t.address);
      },
      /** Excel: the table covers `address` (sheet-qualified) from now on; cells are not moved. */
      resize: (address: string) => {
        const t = found() as NonNullable<ReturnType<typeof found>>;
        if (!address.startsWith(qualified(t.sheet.name, "")))
          return fail(officeError("InvalidArgument", `resize to an unqualified ${address}`));
        t.address = address.slice(address.lastIndexOf("!") + 1);
      },
      rows: {
        add: (_: undefined, values: RawCell[][]) => {
          queue(undefined);
          const t = found() as NonNullable<ReturnType<typeof found>>;
          const { firstColumn, columnCount, firstRow } = parseRange(t.address);
          if (values.some((row) => row.length !== columnCount)) {
            return fail(
              officeError("InvalidArgument", "a table row needs a value per table column")
            );
          }
          const end = lastRowOf(t.address);
          t.sheet.shiftDown(end + 1, values.length, firstColumn, firstColumn + columnCount - 1);
          t.address = area(
            firstColumn,
            firstRow,
            firstColumn + columnCount - 1,
            end + values.length
          );
          range(
            t.sheet,
            area(firstColumn, end + 1, firstColumn + columnCount - 1, end + values.length)
          ).values = values;
        },
      },
    };
  };

  const worksheet = (name: string) => {
    const ready = gate();
    const target = () => book.sheet(name);
    const sheet = () =>
      target() ?? (fail(officeError("ItemNotFound", `no sheet ${name}`)), new FakeSheet(name));
    return {
      get isNullObject() {
        return ready(() => !target());
      },
      protection: (() => {
        const loaded = loadable();
        return {
          load: loaded.load,
          get protected() {
            return loaded.read("WorksheetProtection.protected", () => target()?.protected ?? false);
          },
        };
      })(),
      autoFilter: (() => {
        const loaded = loadable();
        return {
          load: loaded.load,
          get isDataFiltered() {
            return loaded.read("AutoFilter.isDataFiltered", () => target()?.filtered === true);
          },
        };
      })(),
      getRange: (address: string) => range(sheet(), address),
      getUsedRange: () => range(sheet(), sheet().usedAddress()),
      tables: {
        add: (address: string) => {
          queue(undefined);
          if (!address.startsWith(`${qualified(name, "")}`))
            fail(officeError("InvalidArgument", "unqualified"));
          const t = {
            name: "",
            sheet: sheet(),
            address: address.slice(address.lastIndexOf("!") + 1),
          };
          book.tables.push(t);
          return {
            set name(value: string) {
              t.name = value;
            },
            style: "",
          };
        },
      },
      charts: {
        add: (_: string, source: { fakeAddress: string }) => {
          queue(undefined);
          const chart = {
            name: "",
            source: source.fakeAddress,
            title: { text: "" },
            setPosition: () => undefined,
          };
          sheet().charts.push(chart);
          return chart;
        },
        getItemOrNullObject: (chartName: string) => {
          const chartReady = gate();
          return {
            get isNullObject() {
              return chartReady(() => !sheet().charts.some((c) => c.name === chartName));
            },
          };
        },
      },
      freezePanes: {
        freezeRows: (rows: number) => {
          queue(undefined);
          sheet().frozenRows = rows;
          sheet().frozenColumns = 0;
        },
        // Excel takes the top-left block that stays in view (ExcelApi 1.7); a malformed address would fail there.
        freezeAt: (address: string) => {
          const { rowCount, columnCount, firstRow, firstColumn } = parseRange(address);
          if (firstRow !== 1 || firstColumn !== 1)
            throw new Error(`freezeAt ${address}: not a top-left block`);
          queue(undefined);
          sheet().frozenRows = rowCount;
          sheet().frozenColumns = columnCount;
        },
      },
      activate: () => queue(sheet()),
      onChanged: {
        add: (handler: (event: { address: string }) => Promise<void>) => {
          queue(sheet().handlers.push(handler));
          return {
            context: {},
            remove: () => sheet().handlers.splice(sheet().handlers.indexOf(handler), 1),
          };
        },
      },
    };
  };

  const workbookProtection = loadable();
  const context = {
    workbook: {
      protection: {
        load: workbookProtection.load,
        get protected() {
          return workbookProtection.read("WorkbookProtection.protected", () => book.protected);
        },
      },
      worksheets: {
        getItemOrNullObject: worksheet,
        getItem: worksheet,
        add: (name: string) => {
          queue(undefined);
          if (book.protected) fail(officeError("AccessDenied", "workbook structure protected"));
          else if (book.sheet(name)) fail(officeError("ItemAlreadyExists", name));
          else book.sheets.push(new FakeSheet(name));
          return worksheet(name);
        },
      },
      tables: { getItemOrNullObject: table },
    },
    sync: async () => {
      book.syncs += 1;
      queued = false;
      const failure = book.failNextSync ?? pending;
      book.failNextSync = null;
      pending = null;
      if (failure) throw failure;
    },
  };
  const host: ExcelHost = {
    // Excel.run syncs what the batch left queued: one more round trip (and its failure is the batch's).
    run: async (batch) => {
      queued = false;
      const result = await batch(context as unknown as Excel.RequestContext);
      if (queued) await context.sync();
      return result;
    },
    // Requirement sets up to `apiVersion` (numeric compare of "1.x").
    supports: (version) => Number(version.split(".")[1]) <= Number(apiVersion.split(".")[1]),
  };
  return { book, host };
}
