/**
 * Sub-cases of a flag, carried as `params.reason` so the message tables can word each one precisely
 * while the flag code (and its severity) stays the one docs/scoring.md §3 names. Each reason has
 * its own message key `CODE.reason` (see domain/messages/message-keys.ts); an issue without a
 * reason uses the bare code's message.
 */
export interface FlagReasons {
  /**
   * `unitWords`: "12.67 Minutes"; `percentSign`: "45 %" for an item that is not a percentage;
   * `ambiguous`: "1,234"; `yesNoWord`: "Yes" or TRUE for a numeric item; `notYesNo`: other text for
   * a yes/no item; `nonFinite`: NaN or ±Infinity; `year`: a year cell that is not a whole number
   * 1900–2100; `textNumber`: a template cell holding a number as text (`'12,5`), with `number` (docs/template.md).
   * Plain text that is none of these has no reason.
   */
  NOT_NUMERIC:
    | "unitWords"
    | "percentSign"
    | "ambiguous"
    | "yesNoWord"
    | "notYesNo"
    | "nonFinite"
    | "year"
    | "textNumber";
  /**
   * Which bound is broken: both bounds exist (`between`), only a lower or an upper one, or a yes/no
   * item got a number other than 1 or 0.
   */
  OUT_OF_RANGE: "between" | "belowMin" | "aboveMax" | "yesNo";
  /** The id cell is blank (KPI.CHECK with no id). */
  UNKNOWN_ID: "blank";
  /** Direction `none`: the item is never scored, a target would not help. */
  NO_TARGET: "noDirection";
  /** `atMost`: one item may not exceed another; `sum`: shares of a whole add up to over 100. */
  INCONSISTENT: "atMost" | "sum";
}

export type NotNumericReason = FlagReasons["NOT_NUMERIC"];
export type OutOfRangeReason = FlagReasons["OUT_OF_RANGE"];

/** Which cell of a row an issue is about (`params.field`); absent means the value cell. */
export type IssueField = "value" | "target" | "year" | "reportingYear";
