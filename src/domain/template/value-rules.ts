import { localizedItemText } from "../catalog";
import type { CatalogItem } from "../catalog";
import { YEAR_MAX, YEAR_MIN } from "../parse";
import { area, cell, columnLetter, qualified } from "./a1";
import { checkRules, valueValidation } from "./formulas";
import type { TemplateLabels } from "./labels";
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
 * catalog: its rules are cleared and none set). Value and Target validation go per run of rows with the same
 * bounds and unit (their input messages name the unit); the conditional formats of Value and Target read the
 * row's check cell (Value check, Target check), so colour and Status give one verdict (docs/template.md); Year and
 * Data quality have one rule for the whole column.
 *
 * @example planValueRules([itemById("EC: ICT: ICT: 1C")], EN_LABELS).validations.length === 4
 */
export function planValueRules(
  items: readonly (CatalogItem | null)[],
  labels: TemplateLabels
): ValueRules {
  // Rules go on the input cells of catalog rows only, run by run: a user's own row keeps its own validation and
  // formats, and rules never stretch over it (docs/data-safety.md, ownership.ts). One run on insert.
  const catalogRuns = rowRuns(items, () => "item");
  const wholeRuns = (key: DataColumnKey) =>
    catalogRuns.map(({ first, count }) => runRange(key, first, count));
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
  const valueError = { title: labels.errors.title };
  const rule = (sample: CatalogItem) => ({
    yesNo: sample.direction === "yesno",
    min: sample.min,
    max: sample.max,
  });

  const valueValidations: ValidationSpec[] = byUnit.map(({ first, count, sample }) => {
    const allowed = allowedText(sample, labels);
    const yesNo = sample.direction === "yesno";
    return {
      address: runRange("value", first, count),
      rule: { kind: "custom", formula: valueValidation(topRef("value", first), rule(sample)) },
      prompt: {
        title: labels.prompts.valueTitle,
        message: yesNo
          ? labels.prompts.yesNo
          : labels.prompts.value(unitText(sample, labels), allowed),
      },
      error: { ...valueError, message: yesNo ? labels.errors.yesNo : labels.errors.value(allowed) },
    };
  });
  const targetValidations: ValidationSpec[] = byUnit.map(({ first, count, sample }) => ({
    address: runRange("target", first, count),
    rule: { kind: "custom", formula: valueValidation(topRef("target", first), rule(sample)) },
    prompt: {
      title: labels.prompts.targetTitle,
      message: labels.prompts.target(unitText(sample, labels)),
    },
    error: { ...valueError, message: labels.errors.target(allowedText(sample, labels)) },
  }));
  const columnValidations: ValidationSpec[] = catalogRuns.flatMap(({ first, count }) => [
    {
      address: runRange("year", first, count),
      rule: { kind: "wholeNumber", min: YEAR_MIN, max: YEAR_MAX },
      prompt: { title: labels.prompts.yearTitle, message: labels.prompts.year(YEAR_MIN, YEAR_MAX) },
      error: { ...valueError, message: labels.errors.year(YEAR_MIN, YEAR_MAX) },
    },
    {
      address: runRange("quality", first, count),
      rule: { kind: "list", source: listSource(LIST_RANGES.quality) },
      prompt: { title: labels.prompts.qualityTitle, message: labels.prompts.quality },
      error: { ...valueError, message: labels.errors.quality },
    },
  ]);

  // Per run of catalog rows, read from the run's own check cell (relative row), never over a user's row.
  const checked = (input: DataColumnKey, check: DataColumnKey): ConditionalFormatSpec[] =>
    catalogRuns.flatMap(({ first, count }) => {
      const rules = checkRules(`$${columnLetter(dataColumn(check))}${DATA_FIRST_ROW + first}`);
      const address = runRange(input, first, count);
      return [
        {
          address,
          meaning: "missing" as const,
          formula: rules.missing,
          fill: COLOURS.missingFill,
          fontColor: COLOURS.missingFont,
        },
        {
          address,
          meaning: "invalid" as const,
          formula: rules.invalid,
          fill: COLOURS.invalidFill,
          fontColor: COLOURS.invalidFont,
        },
      ];
    });

  return {
    validationRanges: (["value", "year", "quality", "target"] as const).flatMap(wholeRuns),
    validations: [...valueValidations, ...columnValidations, ...targetValidations],
    conditionalFormatRanges: [...wholeRuns("value"), ...wholeRuns("target")],
    conditionalFormats: [
      ...checked("value", "valueCheck"),
      ...checked("target", "targetCheck").filter((rule) => rule.meaning === "invalid"),
    ],
  };
}
