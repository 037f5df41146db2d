import type { FlagCode } from "../validation/issue";
import type { FlagReasons, IssueField } from "../validation/issue-reasons";
import type { Lang } from "../workbook/workbook-port";

export type { Lang } from "../workbook/workbook-port";

/** Flags, plus the conditions the scoring functions report (docs/scoring.md §5, §7). */
export type MessageCode =
  | FlagCode
  | "INSUFFICIENT_COVERAGE"
  | "NO_SCORABLE_ITEMS"
  | "UNKNOWN_AREA"
  | "BAD_ARGUMENT"
  | "SHAPE_MISMATCH"
  | "TOO_LARGE"
  | "SHAPE_DIFFERS"
  | "BLANK_UNKNOWN";

/** `CODE.reason` keys: one message per sub-case a check reports in `params.reason`. */
export type VariantKey = { [C in keyof FlagReasons]: `${C}.${FlagReasons[C]}` }[keyof FlagReasons];

/** Every message a table must word; a table missing one is a compile error. */
export type MessageKey = MessageCode | VariantKey;

/** One language: messages with `{placeholder}`s, and the labels that go with them. */
export interface MessageTable {
  readonly messages: Readonly<Record<MessageKey, string>>;
  /** Appended to the item in `{subject}` when an issue is about another cell than the value. */
  readonly fields: Readonly<Record<Exclude<IssueField, "value">, string>>;
  /** Band labels of an indicator score, points 1–4: "% of target" (docs/scoring.md §4). */
  readonly bands: readonly [string, string, string, string];
  /**
   * Band labels of an area score, bands 1–4: an area score is a share of the maximum points, not a "% of target",
   * so its bands say so (docs/scoring.md §5).
   */
  readonly areaBands: readonly [string, string, string, string];
  readonly severities: Readonly<Record<"error" | "warning" | "info", string>>;
  /**
   * Short names of the flags one template row can show, as its Status column writes them (docs/template.md):
   * the template's formulas and the pane use these same words.
   */
  readonly flagNames: Readonly<Record<RowFlagCode, string>>;
  /** Status of a row without flags. */
  readonly statusOk: string;
}

/** The flags a template row's Status shows (sheet-level flags stay in the pane and the command-line check). */
export type RowFlagCode =
  | "CELL_ERROR"
  | "NOT_NUMERIC"
  | "OUT_OF_RANGE"
  | "FUTURE_YEAR"
  | "STALE"
  | "LOW_QUALITY"
  | "NO_TARGET"
  | "MISSING";

/**
 * Placeholders the formatter derives from params rather than reading them: `subject` is "id name"
 * of `params.item` (plus the field's label), `unit` the item's unit, `other` "id name" of
 * `params.otherItem`.
 */
export const DERIVED_PLACEHOLDERS: Readonly<Record<string, string>> = {
  subject: "item",
  unit: "item",
  other: "otherItem",
};

/**
 * The params each message may use: the contract between the code that raises a condition and the
 * tables. The checks in domain/validation produce these (tests assert it); scoring and custom
 * functions pass the ones of the codes they raise (e.g. INSUFFICIENT_COVERAGE `{ scored: 3,
 * eligible: 9 }`).
 */
export const MESSAGE_PARAMS: Readonly<Record<MessageKey, readonly string[]>> = {
  MISSING: ["item"],
  NOT_NUMERIC: ["item", "raw"],
  "NOT_NUMERIC.unitWords": ["item", "raw"],
  "NOT_NUMERIC.percentSign": ["item", "raw"],
  "NOT_NUMERIC.ambiguous": ["item", "raw", "thousands", "decimal", "separator"],
  "NOT_NUMERIC.yesNoWord": ["item", "raw"],
  "NOT_NUMERIC.notYesNo": ["item", "raw"],
  "NOT_NUMERIC.nonFinite": ["item", "raw"],
  "NOT_NUMERIC.year": ["item", "raw", "min", "max"],
  "NOT_NUMERIC.textNumber": ["item", "raw", "number"],
  CELL_ERROR: ["item", "raw"],
  OUT_OF_RANGE: ["item", "value"],
  "OUT_OF_RANGE.between": ["item", "value", "min", "max"],
  "OUT_OF_RANGE.belowMin": ["item", "value", "min"],
  "OUT_OF_RANGE.aboveMax": ["item", "value", "max"],
  "OUT_OF_RANGE.yesNo": ["item", "value"],
  UNKNOWN_ID: ["raw"],
  "UNKNOWN_ID.blank": [],
  DUPLICATE: ["item", "count"],
  NO_TARGET: ["item"],
  "NO_TARGET.noDirection": ["item"],
  STALE: ["item", "year", "reportingYear", "oldestYear"],
  FUTURE_YEAR: ["item", "year", "reportingYear"],
  LOW_QUALITY: ["item", "quality"],
  INCONSISTENT: ["item"],
  "INCONSISTENT.atMost": ["item", "value", "otherItem", "otherValue"],
  "INCONSISTENT.sum": ["item", "total"],
  FRACTION_SCALE: ["count"],
  INSUFFICIENT_COVERAGE: ["scored", "eligible"],
  NO_SCORABLE_ITEMS: ["area"],
  UNKNOWN_AREA: ["raw"],
  BAD_ARGUMENT: ["argument", "raw", "allowed"],
  SHAPE_MISMATCH: ["argument", "cells", "expected"],
  TOO_LARGE: ["cells", "limit"],
  SHAPE_DIFFERS: ["argument", "shape", "expected"],
  BLANK_UNKNOWN: ["argument"],
};

/** Every message key, in a stable order (for tests and tooling). */
export const MESSAGE_KEYS = Object.keys(MESSAGE_PARAMS) as readonly MessageKey[];

/** Intl locale used to write numbers in each language (decimal comma in fr and ru). */
export const NUMBER_LOCALE: Readonly<Record<Lang, string>> = { en: "en", fr: "fr", ru: "ru" };
