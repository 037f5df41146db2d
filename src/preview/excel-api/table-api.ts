import { Area, formatArea } from "../workbook/area";
import { ExcelError } from "../workbook/excel-error";
import { SimSheet } from "../workbook/sheet";
import { SimTable } from "../workbook/workbook";
import { ClientObject } from "./client-object";
import { areaOf, makeRange } from "./make-range";
import { RangeApi } from "./range-api";
import { rangeLocator } from "./range-registry";
import { RangeTarget, writeEntries } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { missing, simulated } from "./simulated-proxy";
import { WorksheetApi } from "./worksheet-api";

type TableLocator = () => SimTable | undefined;

function requireTable(locate: TableLocator): SimTable {
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

/** An address for TableCollection.add: its own sheet when it names one, else the active sheet. */
function addressOnSheet(context: SimRequestContext, address: string): RangeTarget {
  const model = context.model;
  const bang = address.lastIndexOf("!");
  const named =
    bang < 0
      ? undefined
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const sheet =
    named === undefined ? model.sheetById(model.activeSheetId) : model.sheetByName(named);
  if (!sheet) throw new ExcelError("ItemNotFound", `No sheet for the address ${address}.`);
  return { sheet, area: areaOf(address, sheet) };
}

function addTable(context: SimRequestContext, sheet: SimSheet, area: Area): SimTable {
  const model = context.model;
  const overlaps = (other: Area) =>
    other.top <= area.bottom &&
    other.bottom >= area.top &&
    other.left <= area.right &&
    other.right >= area.left;
  if (model.tables.some((t) => t.sheetId === sheet.id && overlaps(t.area))) {
    throw new ExcelError("InvalidArgument", "A table can't overlap another table.");
  }
  let number = model.tables.length + 1;
  while (model.tableByName(`Table${number}`)) number += 1;
  const table: SimTable = {
    name: `Table${number}`,
    sheetId: sheet.id,
    area,
    style: "TableStyleMedium2",
  };
  // Excel names empty header cells Column1, Column2…
  for (let col = area.left; col <= area.right; col += 1) {
    if (sheet.cell(area.top, col).content.kind === "empty") {
      const header = { top: area.top, left: col, bottom: area.top, right: col };
      writeEntries(model, { sheet, area: header }, [[`Column${col - area.left + 1}`]], "values");
    }
  }
  model.tables.push(table);
  return table;
}

/** `Excel.Table`: name, style, getRange(), rows. */
export class TableApi extends ClientObject {
  static readonly excelName = "Table";
  static readonly members = ["name", "style", "getRange", "rows", "worksheet"];
  protected readonly loadable = ["name", "style"];
  readonly #locate: TableLocator;
  #worksheet?: WorksheetApi;
  readonly rows: TableRowCollectionApi;

  constructor(context: SimRequestContext, locate: TableLocator) {
    super(context, TableApi.excelName);
    this.#locate = locate;
    this.rows = simulated(
      new TableRowCollectionApi(context, () => requireTable(locate)),
      TableRowCollectionApi
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

  protected readProperty(name: string): unknown {
    const table = requireTable(this.#locate);
    return name === "name" ? table.name : table.style;
  }
}

/** `Excel.TableRowCollection`: add(null, values) appends rows. */
export class TableRowCollectionApi extends ClientObject {
  static readonly excelName = "TableRowCollection";
  static readonly members = ["add"];
  protected readonly loadable: readonly string[] = [];

  constructor(
    context: SimRequestContext,
    private readonly table: () => SimTable
  ) {
    super(context, TableRowCollectionApi.excelName);
  }

  /**
   * Appends rows below the table (the only place the preview inserts them): each new row takes the number formats,
   * formatting and data validation of the row above, as Excel's table expansion does, then `values` are written.
   */
  add(index: number | null | undefined, values: unknown): void {
    if (index !== null && index !== undefined)
      throw missing("inserting table rows at an index (TableRowCollection.add)");
    this.context.enqueue(() => {
      const table = this.table();
      const sheet = this.context.model.sheetById(table.sheetId)!;
      if (values !== undefined && !Array.isArray(values)) {
        throw new ExcelError("InvalidArgument", "Table rows are added from a 2-D array of values.");
      }
      const count = values === undefined ? 1 : values.length;
      const added: Area = {
        top: table.area.bottom + 1,
        left: table.area.left,
        bottom: table.area.bottom + count,
        right: table.area.right,
      };
      for (let row = added.top; row <= added.bottom; row += 1) {
        for (let col = added.left; col <= added.right; col += 1) {
          if (sheet.cell(row, col).content.kind !== "empty") {
            throw missing(`adding table rows over data below the table (${formatArea(added)})`);
          }
          const above = sheet.cell(table.area.bottom, col);
          const validation = above.validation && {
            ...above.validation,
            rowOffset: above.validation.rowOffset + row - table.area.bottom,
          };
          sheet.updateCell(row, col, {
            numberFormat: above.numberFormat,
            format: above.format,
            validation,
          });
        }
      }
      if (values !== undefined)
        writeEntries(this.context.model, { sheet, area: added }, values, "values");
      table.area = { ...table.area, bottom: added.bottom };
    });
  }

  protected readProperty(): unknown {
    return undefined;
  }
}
