import { FormulaError, quoteSheetName } from "../formula";
import { Area, formatArea } from "../workbook/area";
import { ClientObject } from "./client-object";
import { ConditionalFormatCollectionApi } from "./conditional-format-api";
import { DataValidationApi } from "./data-validation-api";
import { RangeFormatApi } from "./range-format-api";
import { RangeTarget, forEachCell, logCall, writeEntries, writeNumberFormat } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { simulated } from "./simulated-proxy";
import { valueType } from "./value-types";

/** `Excel.Range`: values, formulas and number formats in 2-D blocks, formatting, rules, selection. */
export class RangeApi extends ClientObject {
  static readonly excelName = "Range";
  static readonly members = [
    "values",
    "valueTypes",
    "formulas",
    "numberFormat",
    "address",
    "rowHidden",
    "format",
    "dataValidation",
    "conditionalFormats",
    "select",
  ];
  protected readonly loadable = [
    "values",
    "valueTypes",
    "formulas",
    "numberFormat",
    "address",
    "rowHidden",
  ];
  readonly #locate: () => RangeTarget;
  #format?: RangeFormatApi;
  #validation?: DataValidationApi;
  #conditionalFormats?: ConditionalFormatCollectionApi;

  constructor(context: SimRequestContext, locate: () => RangeTarget) {
    super(context, RangeApi.excelName);
    this.#locate = locate;
  }

  /** Queues a write of `property` for the next sync, logged (the tests' write log) when it runs. */
  #queueWrite(property: string, write: (target: RangeTarget) => void): void {
    this.context.enqueue(() => {
      const target = this.#locate();
      write(target);
      logCall(this.context.stats, target, property);
    });
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }

  set values(input: unknown) {
    this.#queueWrite("values", (target) =>
      writeEntries(this.context.model, target, input, "values")
    );
  }

  /** Read-only, as in Excel: what each cell holds (value-types.ts). */
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }

  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }

  set formulas(input: unknown) {
    this.#queueWrite("formulas", (target) =>
      writeEntries(this.context.model, target, input, "formulas")
    );
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }

  set numberFormat(input: unknown) {
    this.#queueWrite("numberFormat", (target) => writeNumberFormat(target, input));
  }

  get address(): string {
    return this.loaded("address");
  }

  /**
   * ExcelApi 1.2: true when every row of the range is hidden, false when none is, null when some are (Microsoft's
   * reference for Excel.Range). The grid hides no rows: only a test hides some (`SimSheet.hiddenRows`).
   */
  get rowHidden(): boolean | null {
    return this.loaded("rowHidden");
  }

  get format(): RangeFormatApi {
    this.#format ??= simulated(new RangeFormatApi(this.context, this.#locate), RangeFormatApi);
    return this.#format;
  }

  get dataValidation(): DataValidationApi {
    this.#validation ??= simulated(
      new DataValidationApi(this.context, this.#locate),
      DataValidationApi
    );
    return this.#validation;
  }

  get conditionalFormats(): ConditionalFormatCollectionApi {
    this.#conditionalFormats ??= simulated(
      new ConditionalFormatCollectionApi(this.context, this.#locate),
      ConditionalFormatCollectionApi
    );
    return this.#conditionalFormats;
  }

  /** Selects the range and shows its sheet. */
  select(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.#locate();
      this.context.model.select(sheet, area);
    });
  }

  protected readProperty(name: string): unknown {
    const { sheet, area } = this.#locate();
    const model = this.context.model;
    if (name === "address") return `${quoteSheetName(sheet.name)}!${formatArea(area)}`;
    if (name === "rowHidden") return rowHidden(sheet.hiddenRows, area);
    const grid: unknown[][] = [];
    forEachCell(area, (row, col) => {
      if (col === area.left) grid.push([]);
      const cell = sheet.cell(row, col);
      let value: unknown;
      if (name === "valueTypes") {
        grid[grid.length - 1].push(
          valueType(cell.content.kind === "empty", model.value(sheet.id, row, col))
        );
        return;
      }
      if (name === "numberFormat") value = cell.numberFormat;
      else if (name === "formulas" && cell.content.kind === "formula") value = cell.content.formula;
      else value = model.value(sheet.id, row, col);
      // Excel gives an empty cell as "" and an error as its code text.
      grid[grid.length - 1].push(
        value === null ? "" : value instanceof FormulaError ? value.code : value
      );
    });
    return grid;
  }
}

/** `Range.rowHidden` of an area: all rows hidden, none, or (null) some. */
function rowHidden(hidden: ReadonlySet<number>, area: Area): boolean | null {
  let count = 0;
  for (const row of hidden) if (row >= area.top && row <= area.bottom) count += 1;
  if (count === 0) return false;
  return count === area.bottom - area.top + 1 ? true : null;
}
