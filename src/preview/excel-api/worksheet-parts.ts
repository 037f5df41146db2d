import { SimSheet } from "../workbook/sheet";
import { ClientObject } from "./client-object";
import { SimRequestContext } from "./request-context";

/** `Excel.WorksheetFreezePanes`: freezeRows. */
export class FreezePanesApi extends ClientObject {
  static readonly excelName = "WorksheetFreezePanes";
  static readonly members = ["freezeRows"];
  protected readonly loadable: readonly string[] = [];

  constructor(
    context: SimRequestContext,
    private readonly sheet: () => SimSheet
  ) {
    super(context, FreezePanesApi.excelName);
  }

  freezeRows(count?: number): void {
    this.context.enqueue(() => {
      this.sheet().frozenRows = count ?? 1;
    });
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

/** `Excel.WorksheetProtection`: protected (read). The preview never protects a sheet. */
export class WorksheetProtectionApi extends ClientObject {
  static readonly excelName = "WorksheetProtection";
  static readonly members = ["protected"];
  protected readonly loadable = ["protected"];

  constructor(
    context: SimRequestContext,
    private readonly sheet: () => SimSheet
  ) {
    super(context, WorksheetProtectionApi.excelName);
  }

  get protected(): boolean {
    return this.loaded("protected");
  }

  protected readProperty(): unknown {
    return this.sheet().protected;
  }
}
