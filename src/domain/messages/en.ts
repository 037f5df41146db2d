import type { MessageTable } from "./message-keys";

/** English: the reference wording (docs/scoring.md quotes "Missing value", "no target: set one"). */
export const EN: MessageTable = {
  messages: {
    MISSING: "Missing value",
    NOT_NUMERIC: '{subject}: "{raw}" is not a number; enter the value in {unit}',
    "NOT_NUMERIC.unitWords":
      '{subject}: "{raw}" has words or a unit after the number; enter the number alone, in {unit}',
    "NOT_NUMERIC.percentSign":
      '{subject}: "{raw}" has a % sign, but this item is not a percentage (unit: {unit}); enter the number alone',
    "NOT_NUMERIC.ambiguous":
      '{subject}: "{raw}" is ambiguous: {thousands} if "{separator}" separates thousands, {decimal} if it is the decimal mark; enter the number without thousands separators',
    "NOT_NUMERIC.yesNoWord":
      '{subject}: "{raw}" is a yes/no answer, but this item takes a number ({unit})',
    "NOT_NUMERIC.notYesNo":
      '{subject}: "{raw}" is not a yes/no answer; enter Yes or No (or 1 or 0)',
    "NOT_NUMERIC.nonFinite": "{subject}: {raw} is not a finite number",
    "NOT_NUMERIC.textNumber":
      '{subject}: "{raw}" is text that looks like the number {number}; convert it to a number (the template scores numbers only)',
    "NOT_NUMERIC.year":
      '{subject}: "{raw}" is not a year; enter a whole number from {min} to {max}',
    CELL_ERROR:
      "{subject}: the cell holds the Excel error {raw}; fix the formula or enter the value",
    OUT_OF_RANGE: "{subject}: {value} is not a possible value ({unit})",
    "OUT_OF_RANGE.between": "{subject}: {value} is outside {min}–{max} ({unit})",
    "OUT_OF_RANGE.belowMin":
      "{subject}: {value} is below {min}, the lowest possible value ({unit})",
    "OUT_OF_RANGE.aboveMax":
      "{subject}: {value} is above {max}, the highest possible value ({unit})",
    "OUT_OF_RANGE.yesNo": "{subject}: {value} is not a yes/no answer; enter 1 (yes) or 0 (no)",
    UNKNOWN_ID:
      '"{raw}" is not a U4SSC KPI id (ids look like "EC: ICT: ICT: 1C" or "EN: EN: AQ: 1C/PM2.5")',
    "UNKNOWN_ID.blank": 'No KPI id given (ids look like "EC: ICT: ICT: 1C")',
    DUPLICATE:
      "{subject}: entered in {count} rows; keep one, since no one can say which value is meant",
    NO_TARGET: "no target: set one",
    "NO_TARGET.noDirection":
      "{subject}: not scored, since neither a higher nor a lower value is better (reported for information)",
    STALE:
      "{subject}: data year {year} is older than {oldestYear}, the oldest accepted for reporting year {reportingYear}",
    FUTURE_YEAR: "{subject}: data year {year} is after the reporting year {reportingYear}",
    LOW_QUALITY: '{subject}: low data quality ("{quality}"); give a traceable source where you can',
    INCONSISTENT: "{subject}: the value does not agree with related items",
    "INCONSISTENT.atMost":
      "{subject}: {value} is more than {other} ({otherValue}), which it cannot exceed",
    "INCONSISTENT.sum": "{subject}: the data points add up to {total}, more than 100",
    FRACTION_SCALE:
      "All {count} percentage values are 1 or less: they look like fractions (0.45) rather than percentages (45); enter percentages from 0 to 100",
    INSUFFICIENT_COVERAGE: "insufficient data: {scored} of {eligible} items",
    NO_SCORABLE_ITEMS: "no scorable items in {area}",
    UNKNOWN_AREA:
      '"{raw}" is not a KPI area; use a code prefix (EC, EC: ICT), a dimension, sub-dimension or category name, or ALL',
    BAD_ARGUMENT: '{argument}: "{raw}" is not allowed; use {allowed}',
    SHAPE_MISMATCH:
      "{argument} has {cells} cells but ids has {expected}; the ranges must be the same size",
    TOO_LARGE: "range too large: {cells} cells (at most {limit})",
    SHAPE_DIFFERS:
      "{argument} is {shape} (rows×columns) but ids is {expected}; the ranges must have the same shape",
    BLANK_UNKNOWN:
      "{argument} holds 0 and this Excel cannot tell an empty cell from 0: type NR for not reported, or reference the cells directly",
  },
  fields: { target: "target", year: "year", reportingYear: "reporting year" },
  bands: ["0–33% of target", "33–66% of target", "66–95% of target", "95%+ of target"],
  areaBands: [
    "under 33% of max. points",
    "33–66% of max. points",
    "66–95% of max. points",
    "95%+ of max. points",
  ],
  severities: { error: "Error", warning: "Warning", info: "Info" },
  flagNames: {
    CELL_ERROR: "Cell error",
    NOT_NUMERIC: "Not a number",
    OUT_OF_RANGE: "Out of range",
    FUTURE_YEAR: "Future year",
    STALE: "Stale",
    LOW_QUALITY: "Low quality",
    NO_TARGET: "No target",
    MISSING: "Missing",
  },
  statusOk: "OK",
};
