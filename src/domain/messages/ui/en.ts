import { plural } from "./plural";
import type { UiStrings } from "./types";

const count = (n: number, one: string, other: string) => `${n} ${plural("en", n, { one, other })}`;

/** Task pane texts in English. */
export const en: UiStrings = {
  appTitle: "KPI4SSC",
  appSubtitle: "U4SSC Key Performance Indicators for Smart Sustainable Cities",
  languagePickerLabel: "Pane language",
  notInHost:
    "This pane runs inside Excel (or in the KPI4SSC preview page): open it from Excel's Home tab.",

  templateHeading: "Template",
  cityLabel: "City name",
  cityHint: "Written on the Summary sheet.",
  yearLabel: "Reporting year",
  yearHint: "A whole number from 1990 to 2100; leave empty if not known yet.",
  yearInvalid: "Enter the reporting year as a whole number from 1990 to 2100, or leave it empty.",
  scopeLabel: "Items",
  scopeAll: "All items (core and advanced)",
  scopeCore: "Core KPIs only",
  templateLangLabel: "Label language of the template",
  insertTemplate: "Insert template",
  updateTemplate: "Update template",
  updateHint:
    "Update refreshes labels, formulas and rules and keeps every input cell: values, years, data quality and targets stay as you typed them.",
  working: "Working…",
  inserted: (rows) => `Template inserted: ${count(rows, "row", "rows")} written.`,
  updated: (rows, kept) =>
    `Template updated: ${count(rows, "row", "rows")}; ${count(kept, "input cell", "input cells")} kept untouched.`,
  fixYearFirst: "Fix the reporting year first.",
  portErrors: {
    CELL_EDIT_MODE: "Finish editing the cell (press Enter or Esc), then try again.",
    PROTECTED:
      "A template sheet or the workbook structure is protected. Unprotect it, then try again.",
    NO_TEMPLATE:
      "This workbook has no KPI template (or its sheet was renamed). Insert the template first.",
    TEMPLATE_EXISTS:
      "The template is already in this workbook. Use “Update template” to refresh it: every input cell is kept.",
    TEMPLATE_DAMAGED:
      "The template's header row or item-code column cannot be found. Restore them (undo recent changes) or insert the template into a new workbook.",
    NO_ROOM:
      "Update must add the missing items as new rows at the end of the table, but cells below the table are not empty. Move them further down (or insert empty rows below the table), then try again. Nothing was changed.",
    FILTERED:
      "The KPI Data sheet is filtered. Clear the filter (Data → Clear), then try again: Update never writes into a filtered sheet. Nothing was changed.",
    API_UNSUPPORTED:
      "This version of Excel lacks a feature the add-in needs. Update Excel or use Excel on the web.",
    UNKNOWN:
      "Something went wrong while talking to Excel. Try again; if it keeps failing, see the details.",
  },
  errorTitle: "Could not do that",
  successTitle: "Done",
  details: "Details",

  checkHeading: "Check",
  checkButton: "Check data",
  checkHint:
    "Reads the data sheet and lists every problem; it writes nothing. It runs again by itself when the data changes.",
  checking: "Checking…",
  notChecked: "Not checked yet.",
  noIssues: "No problems found.",
  issueSummary: (c) =>
    `${count(c.error, "error", "errors")}, ${count(c.warning, "warning", "warnings")}, ${count(c.info, "note", "notes")}.`,
  filterLabel: "Show",
  errorsCount: (n) => `Errors (${n})`,
  warningsCount: (n) => `Warnings (${n})`,
  infosCount: (n) => `Notes (${n})`,
  allFilteredOut: "No problems match the selected filters.",
  sheetGroup: "Whole sheet and unrecognised codes",
  structureHeading: "Template structure",
  convertToNumber: (number) => `Convert to the number ${number}`,
  goToCellHint: "Select a problem to go to its cell.",
  issueWithSubject: (subject, message) => `${subject}: ${message}`,
  reportingYearUsed: (year) => `Reporting year used for the checks: ${year}.`,

  scoresHeading: "Area scores (% of max. points)",
  scoresHint:
    "U4SSC method: each scored item earns 1 to 4 points by its % of target; an area's score is the points it earned as a % of the maximum (4 per item), not a % of target. An area needs at least 2/3 of its items with a target scored.",
  scoresNeedCheck: "Run “Check data” to see the scores.",
  itemsScored: (n, total) => `${n} of ${count(total, "item", "items")} scored`,

  statusCoverage: (n, total, percent) =>
    `Coverage: ${n} of ${count(total, "item", "items")} with a target scored (${percent}).`,
  dimensionScores: "Dimension scores",
  pointsShare: (percent) => `${percent} of max. points`,
  notesHint:
    "Notes are not errors: items not reported yet, or without a target. Expand an area to see its items.",
  noErrors: "No errors or warnings.",
  startHint: "New workbook? Start with “Insert template” in the Template section below.",
  notReported: (n) => `${count(n, "item", "items")} not reported yet`,
  withoutTarget: (n) => `${count(n, "item", "items")} without a target`,
  levelDimension: "dimension",
  levelSubdimension: "sub-dimension",
  unofficialNames: "Item names and units are U4SSC's official English.",
};
