import { Area, formatArea } from "../workbook/area";
import { ExcelError } from "../workbook/excel-error";
import { SimTable } from "../workbook/workbook";
import { ClientObject } from "./client-object";
import { logCall, writeEntries } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { missing } from "./simulated-proxy";

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
      logCall(this.context.stats, { sheet, area: added }, "rows.add");
      table.area = { ...table.area, bottom: added.bottom };
    });
  }

  protected readProperty(): unknown {
    return undefined;
  }
}
