/* global jest, setImmediate */
import { OfficeMockObject } from "office-addin-mock";
import type { RawCell } from "../domain/workbook/workbook-port";
import type { ExcelHost } from "./excel-host";

/** The workbook an office-addin-mock test starts from. */
export interface MockWorkbookSpec {
  /** Names of the sheets that exist. */
  readonly sheets?: readonly string[];
  readonly table?: { readonly sheet: string; readonly address: string } | null;
  readonly workbookProtected?: boolean;
  readonly protectedSheets?: readonly string[];
  /** What the data sheet's used range holds, and its address. */
  readonly used?: { readonly address: string; readonly values: RawCell[][] };
  /** The Summary's B2:B3. */
  readonly summaryCells?: RawCell[][];
  /** The data sheet's (or its table's) filter has criteria (autoFilter.isDataFiltered). */
  readonly filtered?: "sheet" | "table";
  /** The highest ExcelApi version the host supports (default: all). */
  readonly apiVersion?: string;
  /** Thrown by the n-th context.sync() (1-based). */
  readonly failSync?: { readonly at: number; readonly error: unknown };
}

/**
 * Test fixture: an office-addin-mock Excel with just the objects the adapters touch, `add` and `clear` methods as
 * jest.fn (the mock only knows what it is given), and a counter of `context.sync()` calls. Every mock object created
 * is synced, so loaded values become readable exactly after a sync, as in Excel.
 */
export function officeMock(spec: MockWorkbookSpec = {}) {
  const created: any[] = [];
  let syncs = 0;
  const make = (data: object): any => {
    const object = new OfficeMockObject(data as any) as any;
    created.push(object);
    return object;
  };
  const withNull = (object: any, isNull: boolean) =>
    Object.assign(object, { isNullObject: isNull });

  const range = (address: string, values: RawCell[][] = [[""]]) =>
    make({
      address,
      values,
      numberFormat: values.map((row) => row.map(() => "General")),
      formulas: values,
      rowHidden: false,
      select: jest.fn(),
      format: {
        font: { bold: false, color: "" },
        fill: { color: "" },
        wrapText: false,
        columnWidth: 0,
      },
      dataValidation: { clear: jest.fn(), ignoreBlanks: true },
      conditionalFormats: {
        add: jest.fn(() =>
          make({
            custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
          })
        ),
        clearAll: jest.fn(),
      },
    });
  const table = () =>
    withNull(
      make({
        name: "KpiData",
        style: "",
        worksheet: { name: spec.table?.sheet ?? "" },
        autoFilter: { isDataFiltered: spec.filtered === "table" },
        rows: { add: jest.fn() },
        resize: jest.fn(),
        getRange: jest.fn(() => range(spec.table?.address ?? "A1")),
      }),
      !spec.table
    );
  const sheet = (name: string, exists: boolean) =>
    withNull(
      make({
        name,
        protection: { protected: (spec.protectedSheets ?? []).includes(name) },
        autoFilter: { isDataFiltered: spec.filtered === "sheet" && name === "KPI Data" },
        getRange: jest.fn((address: string) =>
          range(address, address === "B2:B3" ? (spec.summaryCells ?? [[""], [""]]) : [[""]])
        ),
        getUsedRange: jest.fn(() => range(spec.used?.address ?? "A1", spec.used?.values ?? [[""]])),
        tables: { add: jest.fn(() => make({ name: "", style: "" })) },
        charts: {
          add: jest.fn(() => make({ name: "", title: { text: "" }, setPosition: jest.fn() })),
          getItemOrNullObject: jest.fn(() => withNull(make({ name: "" }), true)),
        },
        freezePanes: { freezeRows: jest.fn(), freezeAt: jest.fn() },
        activate: jest.fn(),
        onChanged: { add: jest.fn(() => ({ remove: jest.fn(), context: {} })) },
      }),
      !exists
    );
  const sheets = new Map<string, any>();
  const workbook = make({
    protection: { protected: spec.workbookProtected ?? false },
    worksheets: {
      getItemOrNullObject: jest.fn((name: string) => {
        const found = sheets.get(name) ?? sheet(name, (spec.sheets ?? []).includes(name));
        sheets.set(name, found);
        return found;
      }),
      getItem: jest.fn((name: string) => sheet(name, true)),
      add: jest.fn((name: string) => sheet(name, true)),
    },
    tables: { getItemOrNullObject: jest.fn(() => table()) },
  });
  const context = {
    workbook,
    sync: jest.fn(async () => {
      syncs += 1;
      if (spec.failSync?.at === syncs) throw spec.failSync.error;
      for (const object of created) await object.sync();
      await new Promise((resolve) => setImmediate(resolve));
    }),
  };
  const host: ExcelHost = {
    run: async (batch) => batch(context as unknown as Excel.RequestContext),
    supports: (version) =>
      spec.apiVersion === undefined ||
      Number(version.split(".")[1]) <= Number(spec.apiVersion.split(".")[1]),
  };
  return { host, context, workbook, syncs: () => syncs, sheet: (name: string) => sheets.get(name) };
}
