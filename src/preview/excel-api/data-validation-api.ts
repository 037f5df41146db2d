import { CellValidation } from "../workbook/data-validation";
import { ClientObject } from "./client-object";
import { RangeTarget, forEachCell, logCall } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { readErrorAlert, readPrompt, readValidationRule } from "./validation-rule";

/**
 * `Excel.DataValidation` of a range: clear(), and the write-only rule, prompt, errorAlert and ignoreBlanks. Each
 * cell of the range keeps its own copy, with its distance from the range's top-left cell (a custom formula is
 * written for that cell, as in Excel).
 */
export class DataValidationApi extends ClientObject {
  static readonly excelName = "DataValidation";
  static readonly members = ["clear", "rule", "prompt", "errorAlert", "ignoreBlanks"];
  protected readonly loadable: readonly string[] = [];
  readonly #locate: () => RangeTarget;

  constructor(context: SimRequestContext, locate: () => RangeTarget) {
    super(context, DataValidationApi.excelName);
    this.#locate = locate;
  }

  clear(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.#locate();
      forEachCell(area, (row, col) => sheet.updateCell(row, col, { validation: undefined }));
    });
  }

  get rule(): unknown {
    return this.loaded("rule");
  }

  set rule(rule: unknown) {
    this.context.enqueue(() => {
      const criterion = readValidationRule(this.context.model, rule);
      logCall(this.context.stats, this.#locate(), "dataValidation");
      this.#update((current, rowOffset, colOffset) => ({
        ...current,
        criterion,
        rowOffset,
        colOffset,
      }));
    });
  }

  get prompt(): unknown {
    return this.loaded("prompt");
  }

  set prompt(prompt: unknown) {
    this.context.enqueue(() =>
      this.#update((current) => ({ ...current, prompt: readPrompt(prompt) }))
    );
  }

  get errorAlert(): unknown {
    return this.loaded("errorAlert");
  }

  set errorAlert(alert: unknown) {
    this.context.enqueue(() =>
      this.#update((current) => ({ ...current, errorAlert: readErrorAlert(alert) }))
    );
  }

  get ignoreBlanks(): boolean {
    return this.loaded("ignoreBlanks");
  }

  set ignoreBlanks(ignore: boolean) {
    this.context.enqueue(() =>
      this.#update((current) => ({ ...current, ignoreBlanks: Boolean(ignore) }))
    );
  }

  protected readProperty(): unknown {
    return undefined;
  }

  /** Applies a change to every cell's validation (a cell without one starts as "any value", blanks ignored). */
  #update(
    change: (current: CellValidation, rowOffset: number, colOffset: number) => CellValidation
  ): void {
    const { sheet, area } = this.#locate();
    forEachCell(area, (row, col) => {
      const rowOffset = row - area.top;
      const colOffset = col - area.left;
      const current: CellValidation = sheet.cell(row, col).validation ?? {
        criterion: { type: "none" },
        rowOffset,
        colOffset,
        ignoreBlanks: true,
      };
      sheet.updateCell(row, col, { validation: change(current, rowOffset, colOffset) });
    });
  }
}
