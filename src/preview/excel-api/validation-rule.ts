import { ExcelError } from "../workbook/excel-error";
import {
  ValidationAlert,
  ValidationCriterion,
  ValidationPrompt,
  assertSimulatedOperator,
} from "../workbook/data-validation";
import { SimWorkbook } from "../workbook/workbook";
import { missing } from "./simulated-proxy";

type Bound = string | number;

/**
 * Reads what was assigned to `dataValidation.rule` (Excel's DataValidationRule: exactly one criterion) into the
 * model's criterion. Rule types the preview cannot enforce (date, time, a list whose source is a Range object)
 * throw "not simulated"; a formula Excel could not parse is InvalidArgument.
 *
 * @example
 * readValidationRule(model, { wholeNumber: { formula1: 1950, formula2: 2100, operator: "Between" } });
 */
export function readValidationRule(model: SimWorkbook, rule: unknown): ValidationCriterion {
  const entries = Object.entries((rule ?? {}) as Record<string, unknown>);
  if (entries.length !== 1)
    throw new ExcelError("InvalidArgument", "A data validation rule has exactly one type.");
  const [type, raw] = entries[0];
  const spec = (raw ?? {}) as Record<string, unknown>;
  const formula = (value: unknown): string => {
    if (typeof value !== "string" || !model.isValidFormula(value)) {
      throw new ExcelError(
        "InvalidArgument",
        `The data validation formula ${String(value)} contains an error.`
      );
    }
    return value;
  };
  switch (type) {
    case "custom":
      return { type: "custom", formula: formula(spec.formula) };
    case "list": {
      if (typeof spec.source !== "string")
        throw missing("data validation list source given as a Range object");
      if (spec.source.startsWith("=")) formula(spec.source);
      return { type: "list", source: spec.source, inCellDropDown: spec.inCellDropDown !== false };
    }
    case "wholeNumber":
    case "decimal":
    case "textLength": {
      const operator = String(spec.operator);
      assertSimulatedOperator(operator);
      const bound = (value: unknown): Bound | undefined => {
        if (value === undefined || typeof value === "number") return value;
        const text = String(value);
        return text.startsWith("=") ? formula(text) : text;
      };
      return {
        type,
        operator,
        formula1: bound(spec.formula1) ?? 0,
        formula2: bound(spec.formula2),
      };
    }
    default:
      throw missing(`data validation rule type ${type}`);
  }
}

/** `dataValidation.prompt`: Excel shows it when showPrompt is not false. */
export function readPrompt(prompt: unknown): ValidationPrompt {
  const p = (prompt ?? {}) as Partial<ValidationPrompt>;
  return {
    showPrompt: p.showPrompt !== false,
    title: String(p.title ?? ""),
    message: String(p.message ?? ""),
  };
}

/** `dataValidation.errorAlert`: Excel's defaults are showAlert true and the Stop style. */
export function readErrorAlert(alert: unknown): ValidationAlert {
  const a = (alert ?? {}) as Partial<ValidationAlert>;
  const style = a.style ?? "Stop";
  if (style !== "Stop" && style !== "Warning" && style !== "Information")
    throw missing(`error alert style ${String(style)}`);
  return {
    showAlert: a.showAlert !== false,
    style,
    title: String(a.title ?? ""),
    message: String(a.message ?? ""),
  };
}
