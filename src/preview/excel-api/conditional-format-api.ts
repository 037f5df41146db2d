import { ConditionalFormatRule } from "../workbook/conditional-format";
import { ExcelError } from "../workbook/excel-error";
import { SimSheet } from "../workbook/sheet";
import { ClientObject } from "./client-object";
import { ConditionalFormatApi, RuleLocator } from "./conditional-format-parts";
import { RangeTarget, logCall } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { missing, simulated } from "./simulated-proxy";

/** `Excel.ConditionalFormatCollection` of a range: add("Custom") and clearAll(). */
export class ConditionalFormatCollectionApi extends ClientObject {
  static readonly excelName = "ConditionalFormatCollection";
  static readonly members = ["add", "clearAll"];
  protected readonly loadable: readonly string[] = [];
  readonly #locate: () => RangeTarget;
  static #nextId = 1;

  constructor(context: SimRequestContext, locate: () => RangeTarget) {
    super(context, ConditionalFormatCollectionApi.excelName);
    this.#locate = locate;
  }

  /** Adds a rule at the top priority, as Excel does. Only the "Custom" (formula) type is simulated. */
  add(type: string): ConditionalFormatApi {
    if (type !== "Custom") throw missing(`conditional format type ${type}`);
    const id = ConditionalFormatCollectionApi.#nextId++;
    let sheet: SimSheet | undefined;
    this.context.enqueue(() => {
      const target = this.#locate();
      sheet = target.sheet;
      sheet.conditionalFormats.unshift({ id, area: target.area, formula: "" });
      logCall(this.context.stats, target, "conditionalFormats");
    });
    const locateRule: RuleLocator = () => {
      const rule = sheet?.conditionalFormats.find((r) => r.id === id);
      if (!sheet || !rule)
        throw new ExcelError("ItemNotFound", "The conditional format no longer exists.");
      return { sheet, rule };
    };
    return simulated(new ConditionalFormatApi(this.context, locateRule), ConditionalFormatApi);
  }

  /**
   * Removes the rules on the range. A rule that reaches beyond the range would have to be cut in two; the preview
   * does not simulate that and says so.
   */
  clearAll(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.#locate();
      const overlaps = (r: ConditionalFormatRule) =>
        r.area.top <= area.bottom &&
        r.area.bottom >= area.top &&
        r.area.left <= area.right &&
        r.area.right >= area.left;
      const inside = (r: ConditionalFormatRule) =>
        r.area.top >= area.top &&
        r.area.bottom <= area.bottom &&
        r.area.left >= area.left &&
        r.area.right <= area.right;
      if (sheet.conditionalFormats.some((r) => overlaps(r) && !inside(r))) {
        throw missing(
          "clearing part of a conditional format's range (ConditionalFormatCollection.clearAll)"
        );
      }
      sheet.conditionalFormats = sheet.conditionalFormats.filter((r) => !overlaps(r));
    });
  }

  protected readProperty(): unknown {
    return undefined;
  }
}
