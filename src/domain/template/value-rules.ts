import { localizedItemText } from "../catalog";
import type { CatalogItem } from "../catalog";
import { area, cell, qualified } from "./a1";
import {
  invalidYesNoRule,
  missingRule,
  notNumericRule,
  numericValidation,
  outOfRangeRule,
  targetValidation,
} from "./formulas";
import type { TemplateLabels } from "./labels";
import { YEAR_MAX, YEAR_MIN } from "../parse";
import { COLOURS, DATA_FIRST_ROW, LISTS_SHEET, dataColumn } from "./layout";
import type { DataColumnKey } from "./layout";
import { LIST_RANGES } from "./lists-sheet";
import type { ConditionalFormatSpec, ValidationSpec } from "./plan-types";
import { allowedText } from "./reference-row";
import { rowRuns } from "./row-runs";

// The catalog's notes say where a unit was not checked against the official KPI sheet (docs/scoring.md §8).
const unitDoubted = (item: CatalogItem) => /not verified/i.test(item.notes);

/**
 * The unit as the input messages name it: in the label language (an unofficial translation in fr and ru), with the
 * doubt the catalog's notes record, since the user is about to type a number in that unit.
 */
const unitText = (item: CatalogItem, labels: TemplateLabels) => {
  const unit = localizedItemText(item, labels.lang).unit;
  return unitDoubted(item) ? `${unit} (${labels.unitNotVerified})` : unit;
};

/** Validation and conditional formats of the data sheet's input columns. */
export interface ValueRules {
  readonly validationRanges: readonly string[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormatRanges: readonly string[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
}

const listSource = (range: string) => `=${qualified(LISTS_SHEET, range)}`;

/**
 * The rules of every input column, for data rows holding `items` in order (null = a row whose id is not in the
 * catalog: its rules are cleared and none set). Value and Target rules go per run of rows with the same bounds and
 * unit (their input messages name the unit); Year and Data quality have one rule for the whole column.
 *
 * @example planValueRules([itemById("EC: ICT: ICT: 1C")], EN_LABELS).validations.length === 4
 */
export function planValueRules(
  items: readonly (CatalogItem | null)[],
  labels: TemplateLabels
): ValueRules {
  const last = DATA_FIRST_ROW + items.length - 1;
  const whole = (key: DataColumnKey) =>
    area(dataColumn(key), DATA_FIRST_ROW, dataColumn(key), last);
  const runRange = (key: DataColumnKey, first: number, count: number) =>
    area(
      dataColumn(key),
      DATA_FIRST_ROW + first,
      dataColumn(key),
      DATA_FIRST_ROW + first + count - 1
    );
  const topRef = (key: DataColumnKey, first: number) =>
    cell(dataColumn(key), DATA_FIRST_ROW + first);

  const bounds = (item: CatalogItem) => `${item.direction === "yesno"}|${item.min}|${item.max}`;
  const byUnit = rowRuns(items, (item) => `${bounds(item)}|${item.unit}|${unitDoubted(item)}`);
  const byBounds = rowRuns(items, bounds);
  const byKind = rowRuns(items, (item) => String(item.direction === "yesno"));
  const valueError = { title: labels.errors.title };

  const valueValidations: ValidationSpec[] = byUnit.map(({ first, count, sample }) => {
    const address = runRange("value", first, count);
    const allowed = allowedText(sample, labels);
    if (sample.direction === "yesno") {
      return {
        address,
        rule: { kind: "list", source: listSource(LIST_RANGES.yesNo) },
        prompt: { title: labels.prompts.valueTitle, message: labels.prompts.yesNo },
        error: { ...valueError, message: labels.errors.value(allowed) },
      };
    }
    return {
      address,
      rule: {
        kind: "custom",
        formula: numericValidation(topRef("value", first), sample.min, sample.max),
      },
      prompt: {
        title: labels.prompts.valueTitle,
        message: labels.prompts.value(unitText(sample, labels), allowed),
      },
      error: { ...valueError, message: labels.errors.value(allowed) },
    };
  });
  const targetValidations: ValidationSpec[] = byUnit.map(({ first, count, sample }) => ({
    address: runRange("target", first, count),
    rule: { kind: "custom", formula: targetValidation(topRef("target", first)) },
    prompt: {
      title: labels.prompts.targetTitle,
      message: labels.prompts.target(unitText(sample, labels)),
    },
    error: { ...valueError, message: labels.errors.target },
  }));
  const columnValidations: ValidationSpec[] = [
    {
      address: whole("year"),
      rule: { kind: "wholeNumber", min: YEAR_MIN, max: YEAR_MAX },
      prompt: { title: labels.prompts.yearTitle, message: labels.prompts.year(YEAR_MIN, YEAR_MAX) },
      error: { ...valueError, message: labels.errors.year(YEAR_MIN, YEAR_MAX) },
    },
    {
      address: whole("quality"),
      rule: { kind: "list", source: listSource(LIST_RANGES.quality) },
      prompt: { title: labels.prompts.qualityTitle, message: labels.prompts.quality },
      error: { ...valueError, message: labels.errors.quality },
    },
  ];

  const invalid = (first: number, count: number, formula: string): ConditionalFormatSpec => ({
    address: runRange("value", first, count),
    meaning: "invalid",
    formula,
    fill: COLOURS.invalidFill,
    fontColor: COLOURS.invalidFont,
  });
  const outOfRange = byBounds.flatMap(({ first, count, sample }) => {
    const formula =
      sample.direction === "yesno"
        ? null
        : outOfRangeRule(topRef("value", first), sample.min, sample.max);
    return formula === null ? [] : [invalid(first, count, formula)];
  });
  const wrongKind = byKind.map(({ first, count, sample }) => {
    const ref = topRef("value", first);
    return invalid(
      first,
      count,
      sample.direction === "yesno" ? invalidYesNoRule(ref) : notNumericRule(ref)
    );
  });
  const conditionalFormats: ConditionalFormatSpec[] = [
    {
      address: whole("value"),
      meaning: "missing",
      formula: missingRule(topRef("value", 0)),
      fill: COLOURS.missingFill,
      fontColor: COLOURS.missingFont,
    },
    ...wrongKind,
    ...outOfRange,
  ];

  return {
    validationRanges: [whole("value"), whole("year"), whole("quality"), whole("target")],
    validations: [...valueValidations, ...columnValidations, ...targetValidations],
    conditionalFormatRanges: [whole("value")],
    conditionalFormats,
  };
}
