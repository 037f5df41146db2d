import { area, lastRowOf, parseRange, qualified, rangesOverlap } from "../domain/template";
import type { RawCell } from "../domain/workbook/workbook-port";
import type { ExcelHost } from "./excel-host";
import { FakeSheet, FakeWorkbook } from "./fake-workbook.fixture";

type Failure = { code: string; message: string };
const officeError = (code: string, message: string): Failure =>
  Object.assign(new Error(message), { code });

/**
 * Test fixture: the subset of the Excel API the adapters use (src/excel/README.md), over a FakeWorkbook holding
 * real cells. Loaded properties can be read only after a sync; writes to a protected sheet, a missing sheet or a
 * block of the wrong shape fail the next sync with Excel's error code.
 */
export function fakeExcel(book: FakeWorkbook = new FakeWorkbook()) {
  let pending: Failure | null = null;
  const fail = (error: Failure) => {
    pending = pending ?? error;
  };
  const gate = () => {
    const readyAt = book.syncs + 1;
    return <T>(read: () => T): T => {
      if (book.syncs < readyAt) throw new Error("property read before context.sync()");
      return read();
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
    let ready = gate();
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
      book.writes.push({ sheet: sheet.name, address, what });
      if (what === "formulas") cells.flat().forEach(checkSheets);
      cells.forEach((row, r) => row.forEach((c, k) => apply(firstRow + r, firstColumn + k, c)));
    };
    const isFormula = (c: RawCell) => typeof c === "string" && c.startsWith("=");
    return {
      /** The address as the fake knows it, for other fake objects (a chart's source); adapters read `address`. */
      fakeAddress: address,
      load: () => ((ready = gate()), undefined),
      get address() {
        return ready(() => qualified(sheet.name, address));
      },
      get values() {
        return ready(() => {
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
      set numberFormat(cells: RawCell[][]) {
        write("numberFormat", cells, (r, c, f) => sheet.set(r, c, { numberFormat: String(f) }));
      },
      format: { font: {}, fill: {} } as Record<string, unknown>,
      dataValidation: {
        clear: () =>
          (sheet.validations = sheet.validations.filter((v) => !rangesOverlap(v.address, address))),
        set rule(rule: unknown) {
          checkSheets(JSON.stringify(rule));
          sheet.validations.push({ address, rule });
        },
        set prompt(prompt: unknown) {
          Object.assign(sheet.validations.at(-1) ?? {}, { prompt });
        },
        errorAlert: {},
        ignoreBlanks: true,
      },
      conditionalFormats: {
        clearAll: () =>
          (sheet.conditionalFormats = sheet.conditionalFormats.filter(
            (c) => !rangesOverlap(c.address, address)
          )),
        add: () => {
          const format = {
            address,
            custom: { rule: { formula: "" }, format: { fill: {}, font: {} } },
          };
          sheet.conditionalFormats.push(format);
          return format;
        },
      },
      select: () => (book.selection = qualified(sheet.name, address)),
    };
  };

  const table = (name: string) => {
    const ready = gate();
    const found = () => book.tables.find((t) => t.name === name);
    return {
      get isNullObject() {
        return ready(() => !found());
      },
      worksheet: {
        load: () => undefined,
        get name() {
          return ready(() => found()?.sheet.name ?? "");
        },
      },
      getRange: () => {
        const t = found() as NonNullable<ReturnType<typeof found>>;
        return range(t.sheet, t.address);
      },
      rows: {
        add: (_: undefined, values: RawCell[][]) => {
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
      protection: {
        load: () => undefined,
        get protected() {
          return ready(() => target()?.protected ?? false);
        },
      },
      getRange: (address: string) => range(sheet(), address),
      getUsedRange: () => range(sheet(), sheet().usedAddress()),
      tables: {
        add: (address: string) => {
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
          sheet().frozenRows = rows;
          sheet().frozenColumns = 0;
        },
        // Excel takes the top-left block that stays in view (ExcelApi 1.7); a malformed address would fail there.
        freezeAt: (address: string) => {
          const { rowCount, columnCount, firstRow, firstColumn } = parseRange(address);
          if (firstRow !== 1 || firstColumn !== 1)
            throw new Error(`freezeAt ${address}: not a top-left block`);
          sheet().frozenRows = rowCount;
          sheet().frozenColumns = columnCount;
        },
      },
      activate: () => sheet(),
      onChanged: {
        add: (handler: (event: { address: string }) => Promise<void>) => {
          sheet().handlers.push(handler);
          return {
            context: {},
            remove: () => sheet().handlers.splice(sheet().handlers.indexOf(handler), 1),
          };
        },
      },
    };
  };

  const context = {
    workbook: {
      protection: {
        load: () => undefined,
        get protected() {
          return book.protected;
        },
      },
      worksheets: {
        getItemOrNullObject: worksheet,
        getItem: worksheet,
        add: (name: string) => {
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
      const failure = book.failNextSync ?? pending;
      book.failNextSync = null;
      pending = null;
      if (failure) throw failure;
    },
  };
  const host: ExcelHost = {
    run: async (batch) => batch(context as unknown as Excel.RequestContext),
    supports: () => true,
  };
  return { book, host };
}
