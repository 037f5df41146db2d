import { SimWorkbook } from "../workbook/workbook";
import { ClientObject } from "./client-object";
import { SimRequestContext } from "./request-context";
import { simulated } from "./simulated-proxy";
import { TableCollectionApi } from "./table-api";
import { WorksheetCollectionApi } from "./worksheet-api";

/** `Excel.Workbook`: worksheets, tables, protection. */
export class WorkbookApi extends ClientObject {
  static readonly excelName = "Workbook";
  static readonly members = ["worksheets", "tables", "protection"];
  protected readonly loadable: readonly string[] = [];
  readonly worksheets: WorksheetCollectionApi;
  readonly tables: TableCollectionApi;
  readonly protection: WorkbookProtectionApi;

  constructor(context: SimRequestContext) {
    super(context, WorkbookApi.excelName);
    this.worksheets = simulated(new WorksheetCollectionApi(context), WorksheetCollectionApi);
    this.tables = simulated(new TableCollectionApi(context), TableCollectionApi);
    this.protection = simulated(
      new WorkbookProtectionApi(context, context.model),
      WorkbookProtectionApi
    );
  }

  protected navigation(): Readonly<Record<string, ClientObject>> {
    return { protection: this.protection };
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

/** `Excel.WorkbookProtection`: protected (read). The preview never protects the workbook. */
export class WorkbookProtectionApi extends ClientObject {
  static readonly excelName = "WorkbookProtection";
  static readonly members = ["protected"];
  protected readonly loadable = ["protected"];

  constructor(
    context: SimRequestContext,
    private readonly model: SimWorkbook
  ) {
    super(context, WorkbookProtectionApi.excelName);
  }

  get protected(): boolean {
    return this.loaded("protected");
  }

  protected readProperty(): unknown {
    return this.model.protected;
  }
}
