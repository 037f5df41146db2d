import { ConditionalFormatRule } from "../workbook/conditional-format";
import { ExcelError } from "../workbook/excel-error";
import { SimSheet } from "../workbook/sheet";
import { ClientObject } from "./client-object";
import { checkColor } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { simulated } from "./simulated-proxy";

/** A rule, found again at sync time by its id (it exists only once its `add` has run). */
export type RuleLocator = () => { sheet: SimSheet; rule: ConditionalFormatRule };

/** The objects under a conditional format: write-only, each change applied to the rule at sync time. */
abstract class RuleObject extends ClientObject {
  protected readonly loadable: readonly string[] = [];

  constructor(
    context: SimRequestContext,
    excelName: string,
    protected readonly locateRule: RuleLocator
  ) {
    super(context, excelName);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  protected change(apply: (rule: ConditionalFormatRule) => void): void {
    this.context.enqueue(() => apply(this.locateRule().rule));
  }
}

/** `Excel.ConditionalFormat`: its `custom` part. */
export class ConditionalFormatApi extends RuleObject {
  static readonly excelName = "ConditionalFormat";
  static readonly members = ["custom"];
  readonly custom: CustomConditionalFormatApi;

  constructor(context: SimRequestContext, locateRule: RuleLocator) {
    super(context, ConditionalFormatApi.excelName, locateRule);
    this.custom = simulated(
      new CustomConditionalFormatApi(context, locateRule),
      CustomConditionalFormatApi
    );
  }
}

/** `Excel.CustomConditionalFormat`: rule (formula) and format (fill, font colours). */
export class CustomConditionalFormatApi extends RuleObject {
  static readonly excelName = "CustomConditionalFormat";
  static readonly members = ["rule", "format"];
  readonly rule: ConditionalFormatRuleApi;
  readonly format: ConditionalRangeFormatApi;

  constructor(context: SimRequestContext, locateRule: RuleLocator) {
    super(context, CustomConditionalFormatApi.excelName, locateRule);
    this.rule = simulated(
      new ConditionalFormatRuleApi(context, locateRule),
      ConditionalFormatRuleApi
    );
    this.format = simulated(
      new ConditionalRangeFormatApi(context, locateRule),
      ConditionalRangeFormatApi
    );
  }
}

/** `Excel.ConditionalFormatRule`: formula (written for the range's top-left cell). */
export class ConditionalFormatRuleApi extends RuleObject {
  static readonly excelName = "ConditionalFormatRule";
  static readonly members = ["formula"];

  constructor(context: SimRequestContext, locateRule: RuleLocator) {
    super(context, ConditionalFormatRuleApi.excelName, locateRule);
  }

  get formula(): string {
    return this.loaded("formula");
  }

  set formula(formula: string) {
    this.change((rule) => {
      if (typeof formula !== "string" || !this.context.model.isValidFormula(formula)) {
        throw new ExcelError(
          "InvalidArgument",
          `The conditional format formula ${String(formula)} contains an error.`
        );
      }
      rule.formula = formula;
    });
  }
}

/** `Excel.ConditionalRangeFormat`: fill and font. */
export class ConditionalRangeFormatApi extends RuleObject {
  static readonly excelName = "ConditionalRangeFormat";
  static readonly members = ["fill", "font"];
  readonly fill: ConditionalColorApi;
  readonly font: ConditionalColorApi;

  constructor(context: SimRequestContext, locateRule: RuleLocator) {
    super(context, ConditionalRangeFormatApi.excelName, locateRule);
    this.fill = simulated(
      new ConditionalColorApi(context, locateRule, "fill"),
      ConditionalColorApi.fill
    );
    this.font = simulated(
      new ConditionalColorApi(context, locateRule, "fontColor"),
      ConditionalColorApi.font
    );
  }
}

/** `Excel.ConditionalRangeFill` / `Excel.ConditionalRangeFont`: color. */
export class ConditionalColorApi extends RuleObject {
  static readonly fill = { excelName: "ConditionalRangeFill", members: ["color"] };
  static readonly font = { excelName: "ConditionalRangeFont", members: ["color"] };
  readonly #property: "fill" | "fontColor";

  constructor(context: SimRequestContext, locateRule: RuleLocator, property: "fill" | "fontColor") {
    super(
      context,
      property === "fill" ? "ConditionalRangeFill" : "ConditionalRangeFont",
      locateRule
    );
    this.#property = property;
  }

  get color(): string {
    return this.loaded("color");
  }

  set color(color: string) {
    this.change((rule) => {
      rule[this.#property] = checkColor(color, `conditional format ${this.#property}`);
    });
  }
}
