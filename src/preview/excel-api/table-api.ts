import { ExcelError } from "../workbook/excel-error";
import { SimSheet } from "../workbook/sheet";
import { SimTable } from "../workbook/workbook";
import { AutoFilterApi } from "./auto-filter-api";
import { ClientObject } from "./client-object";
import { makeRange } from "./make-range";
import { RangeApi } from "./range-api";
import { rangeLocator } from "./range-registry";
import { SimRequestContext } from "./request-context";
import { missing, simulated } from "./simulated-proxy";
import { addTable, addressOnSheet } from "./table-create";
import { resizeTable, resizeTarget } from "./table-resize";
import { TableRowCollectionApi } from "./table-rows";
import { WorksheetApi } from "./worksheet-api";

type TableLocator = () => SimTable | undefined;

export function requireTable(locate: TableLocator): SimTable {
  const table = locate();
  if (!table) throw new ExcelError("ItemNotFound", "The requested table doesn't exist.");
  return table;
}

/** `Excel.TableCollection` (of a worksheet or of the workbook): add, getItemOrNullObject. */
export class TableCollectionApi extends ClientObject {
  static readonly excelName = "TableCollection";
  static readonly members = ["add", "getItemOrNullObject"];
  protected readonly loadable: readonly string[] = [];

  /** `sheet` is the worksheet for `worksheet.tables` (its getItemOrNullObject looks there only). */
  constructor(
    context: SimRequestContext,
    private readonly sheet?: () => SimSheet
  ) {
    super(context, TableCollectionApi.excelName);
  }

  /**
   * A table over a Range, or over an address (a sheet-qualified one, or one read on the active sheet, as Excel
   * documents), whose first row is the header; tables without headers are not simulated.
   */
  add(address: unknown, hasHeaders: boolean): TableApi {
    if (hasHeaders !== true)
      throw missing("tables added without a header row (TableCollection.add)");
    const locateRange = rangeLocator(address);
    if (!locateRange && typeof address !== "string") {
      throw new ExcelError("InvalidArgument", "TableCollection.add takes a Range or an address.");
    }
    let created: SimTable | undefined;
    this.context.enqueue(() => {
      const target = locateRange ? locateRange() : addressOnSheet(this.context, address as string);
      created = addTable(this.context, target.sheet, target.area);
    });
    return simulated(new TableApi(this.context, () => created), TableApi);
  }

  getItemOrNullObject(name: string): TableApi {
    const locate = () => {
      const table = this.context.model.tableByName(name);
      return table && (!this.sheet || table.sheetId === this.sheet().id) ? table : undefined;
    };
    const table = new TableApi(this.context, locate);
    table.markOrNull(() => locate() !== undefined);
    return simulated(table, TableApi);
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

/** `Excel.Table`: name, style, getRange(), rows, worksheet, autoFilter, resize(). */
export class TableApi extends ClientObject {
  static readonly excelName = "Table";
  static readonly members = [
    "name",
    "style",
    "getRange",
    "rows",
    "worksheet",
    "autoFilter",
    "resize",
  ];
  protected readonly loadable = ["name", "style"];
  readonly #locate: TableLocator;
  #worksheet?: WorksheetApi;
  readonly rows: TableRowCollectionApi;
  /** The table's own AutoFilter (ExcelApi 1.9). */
  readonly autoFilter: AutoFilterApi;

  constructor(context: SimRequestContext, locate: TableLocator) {
    super(context, TableApi.excelName);
    this.#locate = locate;
    this.rows = simulated(
      new TableRowCollectionApi(context, () => requireTable(locate)),
      TableRowCollectionApi
    );
    this.autoFilter = simulated(
      new AutoFilterApi(context, () => requireTable(locate).autoFilter),
      AutoFilterApi
    );
  }

  markOrNull(exists: () => boolean): void {
    this.checkExistenceAtSync(exists);
  }

  /** The worksheet holding the table. */
  get worksheet(): WorksheetApi {
    this.#worksheet ??= simulated(
      new WorksheetApi(this.context, () =>
        this.context.model.sheetById(requireTable(this.#locate).sheetId)
      ),
      WorksheetApi
    );
    return this.#worksheet;
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.context.enqueue(() => {
      const table = requireTable(this.#locate);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) {
        throw new ExcelError("InvalidArgument", `The table name ${name} is not valid.`);
      }
      const other = this.context.model.tableByName(name);
      if (other && other !== table)
        throw new ExcelError("ItemAlreadyExists", `A table named ${name} already exists.`);
      table.name = name;
    });
  }

  get style(): string {
    return this.loaded("style");
  }

  set style(style: string) {
    this.context.enqueue(() => {
      requireTable(this.#locate).style = String(style);
    });
  }

  /** The whole table, header row included. */
  getRange(): RangeApi {
    return makeRange(this.context, () => {
      const table = requireTable(this.#locate);
      return { sheet: this.context.model.sheetById(table.sheetId)!, area: table.area };
    });
  }

  /** ExcelApi 1.13: the table takes a new outline over the cells as they are (table-resize.ts). */
  resize(newRange: unknown): void {
    const target = resizeTarget(this.context, newRange);
    this.context.enqueue(() => resizeTable(this.context, requireTable(this.#locate), target()));
  }

  protected navigation(): Readonly<Record<string, ClientObject>> {
    return { autoFilter: this.autoFilter };
  }

  protected readProperty(name: string): unknown {
    const table = requireTable(this.#locate);
    return name === "name" ? table.name : table.style;
  }
}
