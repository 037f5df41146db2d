import type ExcelJS from "exceljs";
import { rangesOverlap } from "../domain/template";
import type { ConditionalFormatSpec, ValidationRule, ValidationSpec } from "../domain/template";
import { argb } from "./exceljs-style";

/**
 * The part of exceljs 4.4's worksheet its type definitions leave out: `worksheet.dataValidations` is a map from a
 * cell or range address to its rule (lib/doc/data-validations.js); a range key is written as one `sqref`.
 */
export interface SheetDataValidations {
  readonly dataValidations: {
    readonly model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

/** exceljs wants formulas without the leading "=" (the file stores them so). @example bare("=A1") === "A1" */
export function bare(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function fileRule(rule: ValidationRule): Pick<ExcelJS.DataValidation, "type" | "formulae"> & {
  operator?: ExcelJS.DataValidation["operator"];
} {
  if (rule.kind === "custom") return { type: "custom", formulae: [bare(rule.formula)] };
  if (rule.kind === "list") return { type: "list", formulae: [bare(rule.source)] };
  return { type: "whole", operator: "between", formulae: [rule.min, rule.max] };
}

/**
 * A plan's validation as exceljs writes it: the same rule, blanks allowed (Office.js `ignoreBlanks`), the input
 * message shown, a Stop alert with the plan's title and message, and the list's in-cell drop-down.
 *
 * @example toDataValidation(spec).type === "custom"
 */
export function toDataValidation(spec: ValidationSpec): ExcelJS.DataValidation {
  return {
    ...fileRule(spec.rule),
    allowBlank: true,
    showInputMessage: true,
    promptTitle: spec.prompt.title,
    prompt: spec.prompt.message,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: spec.error.title,
    error: spec.error.message,
  };
}

/**
 * Clears the rules overlapping each range, then sets the plan's rules per range (as Office.js's
 * `dataValidation.clear()` then `.rule`, so a writer given an Update plan behaves like the pane).
 *
 * @example applyValidations(sheet, plan.validationRanges, plan.validations)
 */
export function applyValidations(
  sheet: ExcelJS.Worksheet,
  clear: readonly string[],
  specs: readonly ValidationSpec[]
): void {
  const { dataValidations } = sheet as unknown as SheetDataValidations;
  for (const key of Object.keys(dataValidations.model)) {
    if (clear.some((range) => rangesOverlap(range, key))) delete dataValidations.model[key];
  }
  for (const spec of specs) dataValidations.add(spec.address, toDataValidation(spec));
}

/**
 * A plan's conditional format as an exceljs expression rule: the formula is relative to the range's top-left cell
 * in both Office.js (`conditionalFormats.add("Custom")`) and the file format, so it is written as planned. Fill and
 * font go into the rule's differential format, where a fill's colour is the pattern's background.
 *
 * @example toExpressionRule(spec, 1).formulae[0] === "OR(ISBLANK(K5),…)"
 */
export function toExpressionRule(
  spec: ConditionalFormatSpec,
  priority: number
): ExcelJS.ConditionalFormattingRule & { formulae: string[] } {
  return {
    type: "expression",
    priority,
    formulae: [bare(spec.formula)],
    style: {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(spec.fill) } },
      font: { color: { argb: argb(spec.fontColor) } },
    },
  };
}

/** Bars of the chart's blue, from 0 to 100 whatever the scores (a score is a share of the target). */
export function scoreDataBar(priority: number): ExcelJS.ConditionalFormattingRule {
  return {
    type: "dataBar",
    priority,
    gradient: false,
    minLength: 0,
    maxLength: 100,
    cfvo: [
      { type: "num", value: 0 },
      { type: "num", value: 100 },
    ],
    color: { argb: argb("#4472C4") },
  } as ExcelJS.ConditionalFormattingRule;
}
