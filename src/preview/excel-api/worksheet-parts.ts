import { parseArea } from "../workbook/area";
import { SimSheet } from "../workbook/sheet";
import { ClientObject } from "./client-object";
import { SimRequestContext } from "./request-context";

/** `Excel.WorksheetFreezePanes`: freezeRows, freezeAt (an address string, as the add-in passes it). */
export class FreezePanesApi extends ClientObject {
  static readonly excelName = "WorksheetFreezePanes";
  static readonly members = ["freezeRows", "freezeAt"];
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
      this.sheet().frozenColumns = 0;
    });
  }

  /** Freezes the top-left block `address` (rows and columns); Excel fails on a malformed address, so does this. */
  freezeAt(address: string): void {
    const frozen = parseArea(address);
    if (!frozen) throw new Error(`freezeAt: "${address}" is not an A1 range`);
    this.context.enqueue(() => {
      this.sheet().frozenRows = frozen.bottom + 1;
      this.sheet().frozenColumns = frozen.right + 1;
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
