import { cellArea } from "../workbook/area";
import { ExcelError } from "../workbook/excel-error";
import { SimSheet } from "../workbook/sheet";
import { AutoFilterApi } from "./auto-filter-api";
import { ChartCollectionApi } from "./chart-api";
import { ClientObject } from "./client-object";
import { EventHandlersApi } from "./event-api";
import { areaOf, makeRange } from "./make-range";
import { RangeApi } from "./range-api";
import { SimRequestContext } from "./request-context";
import { simulated } from "./simulated-proxy";
import { TableCollectionApi } from "./table-api";
import { FreezePanesApi, WorksheetProtectionApi } from "./worksheet-parts";

/** Finds the sheet at sync time: undefined means a null object (…OrNullObject); other misses throw ItemNotFound. */
export type SheetLocator = () => SimSheet | undefined;

export function requireSheet(locate: SheetLocator): SimSheet {
  const sheet = locate();
  if (!sheet) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.");
  return sheet;
}

/** `Excel.WorksheetCollection`: getItem, getItemOrNullObject, add. */
export class WorksheetCollectionApi extends ClientObject {
  static readonly excelName = "WorksheetCollection";
  static readonly members = ["getItem", "getItemOrNullObject", "add"];
  protected readonly loadable: readonly string[] = [];

  constructor(context: SimRequestContext) {
    super(context, WorksheetCollectionApi.excelName);
  }

  /** By name or id; a missing sheet fails the sync with ItemNotFound. */
  getItem(key: string): WorksheetApi {
    return makeWorksheet(this.context, () =>
      requireSheet(() => this.context.model.sheetByKey(key))
    );
  }

  getItemOrNullObject(key: string): WorksheetApi {
    const locate = () => this.context.model.sheetByKey(key);
    const sheet = new WorksheetApi(this.context, locate);
    sheet.markOrNull(() => locate() !== undefined);
    return simulated(sheet, WorksheetApi);
  }

  /** Adds a sheet at the end (not activated, as in Excel). */
  add(name?: string): WorksheetApi {
    if (name === undefined)
      throw new ExcelError("InvalidArgument", "Preview needs a name for worksheets.add");
    let added: SimSheet | undefined;
    this.context.enqueue(() => {
      // A protected workbook structure refuses new sheets (AccessDenied, as a protected sheet's cells do).
      if (this.context.model.protected)
        throw new ExcelError(
          "AccessDenied",
          "You cannot perform the requested operation (the workbook structure is protected)."
        );
      added = this.context.model.addSheet(name);
    });
    return makeWorksheet(this.context, () => requireSheet(() => added));
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

function makeWorksheet(context: SimRequestContext, locate: SheetLocator): WorksheetApi {
  return simulated(new WorksheetApi(context, locate), WorksheetApi);
}

/**
 * `Excel.Worksheet`: name, id, ranges, tables, charts, freeze panes, protection, autoFilter, activation, onChanged.
 */
export class WorksheetApi extends ClientObject {
  static readonly excelName = "Worksheet";
  static readonly members = [
    "name",
    "id",
    "getRange",
    "getUsedRange",
    "tables",
    "charts",
    "freezePanes",
    "protection",
    "autoFilter",
    "activate",
    "onChanged",
  ];
  protected readonly loadable = ["name", "id"];
  readonly #locate: SheetLocator;
  readonly tables: TableCollectionApi;
  readonly charts: ChartCollectionApi;
  readonly freezePanes: FreezePanesApi;
  readonly protection: WorksheetProtectionApi;
  /** The sheet's own AutoFilter (ExcelApi 1.9), not its tables'. */
  readonly autoFilter: AutoFilterApi;
  readonly onChanged: EventHandlersApi;

  constructor(context: SimRequestContext, locate: SheetLocator) {
    super(context, WorksheetApi.excelName);
    this.#locate = locate;
    const sheet = () => requireSheet(locate);
    this.tables = simulated(new TableCollectionApi(context, sheet), TableCollectionApi);
    this.charts = simulated(new ChartCollectionApi(context, sheet), ChartCollectionApi);
    this.freezePanes = simulated(new FreezePanesApi(context, sheet), FreezePanesApi);
    this.protection = simulated(new WorksheetProtectionApi(context, sheet), WorksheetProtectionApi);
    this.autoFilter = simulated(
      new AutoFilterApi(context, () => sheet().autoFilter),
      AutoFilterApi
    );
    this.onChanged = simulated(new EventHandlersApi(context, sheet), EventHandlersApi);
  }

  /** For getItemOrNullObject (not an Excel member: reached on the raw object before it is wrapped). */
  markOrNull(exists: () => boolean): void {
    this.checkExistenceAtSync(exists);
  }

  get name(): string {
    return this.loaded("name");
  }

  get id(): string {
    return this.loaded("id");
  }

  getRange(address: string): RangeApi {
    if (typeof address !== "string")
      throw new ExcelError("InvalidArgument", "Preview needs an address for getRange");
    return makeRange(this.context, () => {
      const sheet = requireSheet(this.#locate);
      return { sheet, area: areaOf(address, sheet) };
    });
  }

  /** Cells with values or formatting (or values only); an empty sheet gives A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): RangeApi {
    return makeRange(this.context, () => {
      const sheet = requireSheet(this.#locate);
      return { sheet, area: sheet.usedArea(valuesOnly === true) ?? cellArea(0, 0) };
    });
  }

  activate(): void {
    this.context.enqueue(() => this.context.model.activate(requireSheet(this.#locate)));
  }

  protected navigation(): Readonly<Record<string, ClientObject>> {
    return { protection: this.protection, autoFilter: this.autoFilter };
  }

  protected readProperty(name: string): unknown {
    const sheet = requireSheet(this.#locate);
    return name === "name" ? sheet.name : sheet.id;
  }
}
