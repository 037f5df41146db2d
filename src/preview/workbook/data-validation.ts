import { FormulaError, Value, compareValues, toBoolean } from "../formula";
import { FormulaHost } from "./formula-host";
import { notSimulated } from "./not-simulated";

export type ValidationOperator =
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqualTo"
  | "LessThanOrEqualTo";

/** The kinds of rule the preview enforces (Excel's `DataValidationRule` members it simulates). */
export type ValidationCriterion =
  | { readonly type: "none" }
  | { readonly type: "custom"; readonly formula: string }
  | { readonly type: "list"; readonly source: string; readonly inCellDropDown: boolean }
  | {
      readonly type: "wholeNumber" | "decimal" | "textLength";
      readonly operator: ValidationOperator;
      readonly formula1: string | number;
      readonly formula2?: string | number;
    };

export interface ValidationPrompt {
  readonly showPrompt: boolean;
  readonly title: string;
  readonly message: string;
}

export interface ValidationAlert {
  readonly showAlert: boolean;
  readonly style: "Stop" | "Warning" | "Information";
  readonly title: string;
  readonly message: string;
}

/** A cell's validation. `rowOffset`/`colOffset`: where the cell sits from the range the rule was set on. */
export interface CellValidation {
  readonly criterion: ValidationCriterion;
  readonly rowOffset: number;
  readonly colOffset: number;
  readonly prompt?: ValidationPrompt;
  readonly errorAlert?: ValidationAlert;
  readonly ignoreBlanks: boolean;
}

/** Excel's alert when a rule has none of its own. */
export const DEFAULT_ALERT: ValidationAlert = {
  showAlert: true,
  style: "Stop",
  title: "Microsoft Excel",
  message: "This value doesn't match the data validation restrictions defined for this cell.",
};

const OPERATORS: Readonly<Record<ValidationOperator, (order: number, order2: number) => boolean>> =
  {
    Between: (a, b) => a >= 0 && b <= 0,
    NotBetween: (a, b) => a < 0 || b > 0,
    EqualTo: (a) => a === 0,
    NotEqualTo: (a) => a !== 0,
    GreaterThan: (a) => a > 0,
    LessThan: (a) => a < 0,
    GreaterThanOrEqualTo: (a) => a >= 0,
    LessThanOrEqualTo: (a) => a <= 0,
  };

/** Rejects rule operators the preview has no comparison for (so a typo never silently allows everything). */
export function assertSimulatedOperator(operator: string): asserts operator is ValidationOperator {
  if (!(operator in OPERATORS)) throw notSimulated(`data validation operator ${operator}`);
}

/**
 * Does a cell's current value pass its validation? (Excel checks only what is typed, so the caller asks right
 * after an entry.) `value` is the cell's calculated value; `sheetId` the cell's sheet.
 *
 * @example
 * passesValidation(host, "s1", 7, { criterion: { type: "wholeNumber", operator: "Between", formula1: 1950,
 *   formula2: 2100 }, rowOffset: 0, colOffset: 0, ignoreBlanks: true }); // false
 */
export function passesValidation(
  host: FormulaHost,
  sheetId: string,
  value: Value,
  validation: CellValidation
): boolean {
  const { criterion } = validation;
  if (value === null && (validation.ignoreBlanks || criterion.type === "none")) return true;
  if (value instanceof FormulaError) return false;
  const at = (formula: string | number): Value =>
    typeof formula === "number"
      ? formula
      : host.evaluateAt(
          sheetId,
          formula.startsWith("=") ? formula : `="${formula}"`,
          validation.rowOffset,
          validation.colOffset
        );
  switch (criterion.type) {
    case "none":
      return true;
    case "custom": {
      const result = host.evaluateAt(
        sheetId,
        criterion.formula,
        validation.rowOffset,
        validation.colOffset
      );
      return !(result instanceof FormulaError) && toBoolean(result) === true;
    }
    case "list":
      return listItems(host, sheetId, criterion.source, validation).some(
        (item) => compareValues(item, value) === 0
      );
    default: {
      const subject = criterion.type === "textLength" ? String(value).length : value;
      if (typeof subject !== "number") return false;
      if (criterion.type === "wholeNumber" && !Number.isInteger(subject)) return false;
      const order = compareValues(subject, numberOf(at(criterion.formula1)));
      const order2 = compareValues(subject, numberOf(at(criterion.formula2 ?? 0)));
      if (order instanceof FormulaError || order2 instanceof FormulaError) return false;
      return OPERATORS[criterion.operator](order, order2);
    }
  }
}

/** A bound given as text ("1950") compares as its number. */
function numberOf(value: Value): Value {
  return typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))
    ? Number(value)
    : value;
}

/**
 * The allowed entries of a list rule: a range (`='KPI Lists'!$A$2:$A$7`) read from the workbook, or a comma
 * separated list typed into the rule.
 */
export function listItems(
  host: FormulaHost,
  sheetId: string,
  source: string,
  validation?: CellValidation
): Value[] {
  if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
  return host.referenceCells(
    sheetId,
    source,
    validation?.rowOffset ?? 0,
    validation?.colOffset ?? 0
  );
}
