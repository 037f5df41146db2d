import type ExcelJS from "exceljs";
import { shiftFormula } from "../formula";
import { bare } from "../../xlsx/sheet-rules";
import { CellValidation, ValidationOperator } from "../workbook/data-validation";

const OPERATORS: Readonly<Record<ValidationOperator, ExcelJS.DataValidationOperator>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

/**
 * One cell's data validation as exceljs writes it: a formula written for the rule's top-left cell is moved to this
 * cell, as the file stores a rule per cell here; the input message and the alert are the cell's own.
 *
 * @example
 * fileValidation({ criterion: { type: "custom", formula: "=ISNUMBER(B2)" }, rowOffset: 1, colOffset: 0,
 *   ignoreBlanks: true }).formulae; // ["ISNUMBER(B3)"]
 */
export function fileValidation(validation: CellValidation): ExcelJS.DataValidation {
  const { criterion, rowOffset, colOffset, prompt, errorAlert } = validation;
  const formula = (f: string | number): string | number =>
    typeof f === "number"
      ? f
      : bare(shiftFormula(f.startsWith("=") ? f : `=${f}`, rowOffset, colOffset));
  let rule: Pick<ExcelJS.DataValidation, "type" | "formulae" | "operator">;
  if (criterion.type === "custom")
    rule = { type: "custom", formulae: [formula(criterion.formula)] };
  else if (criterion.type === "list") {
    const source = criterion.source.startsWith("=")
      ? formula(criterion.source)
      : `"${criterion.source.replace(/"/g, '""')}"`;
    rule = { type: "list", formulae: [source] };
  } else if (criterion.type === "none")
    throw new Error("A cell without a rule has no validation to write");
  else {
    rule = {
      type: criterion.type === "wholeNumber" ? "whole" : criterion.type,
      operator: OPERATORS[criterion.operator],
      formulae: [criterion.formula1, criterion.formula2 ?? 0].map(formula),
    };
  }
  return {
    ...rule,
    allowBlank: validation.ignoreBlanks,
    ...(prompt
      ? { showInputMessage: prompt.showPrompt, promptTitle: prompt.title, prompt: prompt.message }
      : {}),
    ...(errorAlert
      ? {
          showErrorMessage: errorAlert.showAlert,
          errorStyle: errorAlert.style.toLowerCase(),
          errorTitle: errorAlert.title,
          error: errorAlert.message,
        }
      : {}),
  };
}
