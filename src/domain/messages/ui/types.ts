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
}
