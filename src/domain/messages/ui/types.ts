import type { PortErrorCode } from "../../workbook/workbook-port";

/** Counts per issue severity, as the pane shows them. */
export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * Every text of the task pane, per language. A record type rather than a string map so that a key missing from one
 * language is a compile error; texts that carry numbers are functions so each language can inflect them.
 */
export interface UiStrings {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly languagePickerLabel: string;
  /** One line shown instead of the pane when the page is opened outside Excel and outside the preview. */
  readonly notInHost: string;

  readonly templateHeading: string;
  readonly cityLabel: string;
  readonly cityHint: string;
  readonly yearLabel: string;
  readonly yearHint: string;
  readonly yearInvalid: string;
  readonly scopeLabel: string;
  readonly scopeAll: string;
  readonly scopeCore: string;
  readonly templateLangLabel: string;
  readonly insertTemplate: string;
  readonly updateTemplate: string;
  readonly updateHint: string;
  readonly working: string;
  readonly inserted: (rows: number) => string;
  readonly updated: (rows: number, keptCells: number) => string;
  readonly fixYearFirst: string;
  readonly portErrors: Readonly<Record<PortErrorCode, string>>;
  readonly errorTitle: string;
  readonly successTitle: string;
  readonly details: string;

  readonly checkHeading: string;
  readonly checkButton: string;
  readonly checkHint: string;
  readonly checking: string;
  readonly notChecked: string;
  readonly noIssues: string;
  readonly issueSummary: (counts: SeverityCounts) => string;
  readonly filterLabel: string;
  readonly errorsCount: (n: number) => string;
  readonly warningsCount: (n: number) => string;
  readonly infosCount: (n: number) => string;
  readonly allFilteredOut: string;
  readonly sheetGroup: string;
  readonly structureHeading: string;
  /** Button of a text-number issue: writes the number into that cell (docs/template.md). */
  readonly convertToNumber: (number: string) => string;
  readonly goToCellHint: string;
  /** An issue whose message does not name its item, with the item put in front ("… : Valeur manquante"). */
  readonly issueWithSubject: (subject: string, message: string) => string;
  readonly reportingYearUsed: (year: number) => string;

  readonly scoresHeading: string;
  readonly scoresHint: string;
  readonly scoresNeedCheck: string;
  readonly itemsScored: (n: number, total: number) => string;

  /** Status header: coverage of ALL (n of N eligible items scored, and the percentage already formatted). */
  readonly statusCoverage: (n: number, total: number, percent: string) => string;
  /** Status header: accessible name of the list of the three dimension scores. */
  readonly dimensionScores: string;
  /** An area score with what it is: "56.3% of max. points". */
  readonly pointsShare: (percent: string) => string;
  /** Notes collapsed per area: what they mean, and how to see them. */
  readonly notesHint: string;
  /** Before the first check: where a new workbook starts (the Template section is at the bottom of the pane). */
  readonly startHint: string;
  /** Shown above the notes when the check found notes only. */
  readonly noErrors: string;
  readonly notReported: (n: number) => string;
  readonly withoutTarget: (n: number) => string;
  /** Level words that tell a dimension from a sub-dimension of the same name (docs/scoring.md §1). */
  readonly levelDimension: string;
  readonly levelSubdimension: string;
  /** Where item names come from: official English, or (fr, ru) an unofficial working translation. */
  readonly unofficialNames: string;
}
