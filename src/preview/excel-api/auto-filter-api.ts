import { SimAutoFilter } from "../workbook/sheet";
import { ClientObject } from "./client-object";
import { SimRequestContext } from "./request-context";

/**
 * `Excel.AutoFilter` (ExcelApi 1.9) of a worksheet (`worksheet.autoFilter`) or of a table (`table.autoFilter`):
 * `isDataFiltered` only ("Specifies if the AutoFilter has filter criteria", Microsoft's reference for
 * Excel.AutoFilter), loaded and read after the sync like every simulated property. The preview has no filter UI, so
 * it reads false unless a test set `SimSheet.autoFilter` or `SimTable.autoFilter`.
 */
export class AutoFilterApi extends ClientObject {
  static readonly excelName = "AutoFilter";
  static readonly members = ["isDataFiltered"];
  protected readonly loadable = ["isDataFiltered"];

  /** `filter` runs at sync time: it throws ItemNotFound when the sheet or table is gone, as Excel's sync fails. */
  constructor(
    context: SimRequestContext,
    private readonly filter: () => SimAutoFilter | undefined
  ) {
    super(context, AutoFilterApi.excelName);
  }

  get isDataFiltered(): boolean {
    return this.loaded("isDataFiltered");
  }

  protected readProperty(): unknown {
    return this.filter()?.isDataFiltered ?? false;
  }
}
