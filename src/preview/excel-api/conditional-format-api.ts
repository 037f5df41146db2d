import { shiftFormula } from "../formula";
import { Area } from "../workbook/area";
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
   * Removes the rules from the cells of the range: "clears all conditional formats active on the current specified
   * range" (learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection). A rule reaching beyond the
   * range keeps its other cells, as Excel's "Clear Rules from Selected Cells" leaves it: the rest of its area is
   * kept as up to four rectangles at the rule's priority, each formula moved to its piece's top-left cell.
   */
  clearAll(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.#locate();
      sheet.conditionalFormats = sheet.conditionalFormats.flatMap((rule) =>
        remainder(rule.area, area).map((piece) =>
          piece === rule.area
            ? rule
            : {
                ...rule,
                id: ConditionalFormatCollectionApi.#nextId++,
                area: piece,
                formula: shiftFormula(
                  rule.formula,
                  piece.top - rule.area.top,
                  piece.left - rule.area.left
                ),
              }
        )
      );
    });
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

/** What is left of `area` once `cut` is taken out: itself when they do not meet, else up to four rectangles. */
function remainder(area: Area, cut: Area): Area[] {
  const meets =
    area.top <= cut.bottom &&
    area.bottom >= cut.top &&
    area.left <= cut.right &&
    area.right >= cut.left;
  if (!meets) return [area];
  const pieces: Area[] = [];
  if (area.top < cut.top) pieces.push({ ...area, bottom: cut.top - 1 });
  if (area.bottom > cut.bottom) pieces.push({ ...area, top: cut.bottom + 1 });
  const top = Math.max(area.top, cut.top);
  const bottom = Math.min(area.bottom, cut.bottom);
  if (area.left < cut.left) pieces.push({ top, bottom, left: area.left, right: cut.left - 1 });
  if (area.right > cut.right) pieces.push({ top, bottom, left: cut.right + 1, right: area.right });
  return pieces;
}
