import type { TemplateLabels } from "./labels";
import { idList } from "./structure-problem";

/** English labels (the reference wording; fr and ru follow it line by line). */
export const EN_LABELS: TemplateLabels = {
  lang: "en",
  dataTitle: "U4SSC Key Performance Indicators for Smart Sustainable Cities: data",
  dataIntro:
    "Type in the columns with blue headers (Value to Target basis); NR = not reported. Status, Score and Points are plain Excel formulas, computed from the method columns to their right (no add-in needed). A percentage typed as 21% counts as 21. Method and sources: see KPI Summary.",
  headers: {
    id: "Item ID",
    dimension: "Dimension",
    subdimension: "Sub-dimension",
    category: "Category",
    kpi: "KPI",
    dataPoint: "Data point",
    unit: "Unit",
    type: "Core / advanced",
    sdg: "SDG",
    allowed: "Allowed values",
    value: "Value",
    year: "Year",
    quality: "Data quality",
    source: "Source",
    notes: "Notes",
    target: "Target",
    targetBasis: "Target basis",
    status: "Status",
    score: "Score",
    points: "Points",
    direction: "Direction (method)",
    min: "Lowest possible",
    max: "Highest possible",
    defaultTarget: "Default target",
    worst: "Worst goalpost W",
    valueRead: "Value as read",
    valueCheck: "Value check",
    targetRead: "Target as read",
    targetCheck: "Target check",
    targetUsed: "Target used",
    eligible: "Counts in N",
    ratio: "Share of target p",
    flags: "Flags (for Status)",
    yearRead: "Year as read",
    kpiTranslated: "KPI (label language)",
    unitTranslated: "Unit (label language)",
  },
  typeCore: "Core",
  typeAdvanced: "Advanced",
  yes: "Yes",
  no: "No",
  directions: { higher: "higher", lower: "lower", band: "band", yesno: "yes/no", none: "none" },
  anyNumber: "any number",
  unitNotVerified: "unit not verified against the official KPI sheet",
  unofficialTranslation: "(unofficial translation)",
  noDefaultTarget: "No default target: set your own",
  notScored: "Not scored: no direction (reported for information)",
  summaryTitle: "U4SSC KPI summary",
  city: "City",
  reportingYear: "Reporting year",
  summaryIntro:
    "Scores are plain Excel formulas (SUMIFS, COUNTIFS) over the KPI Data sheet; they update as you type, in any spreadsheet, with or without the add-in.",
  summaryHeaders: {
    level: "Level",
    code: "Code",
    area: "Area",
    score: "Score",
    band: "Band",
    coverage: "Coverage",
    scored: "n (scored)",
    eligible: "N (with target)",
  },
  levels: { dimension: "Dimension", subdimension: "Sub-dimension", category: "Category" },
  chartTitle: "Area scores by dimension and sub-dimension (% of max. points)",
  methodTitle: "Method and sources",
  methodLines: [
    "Points (U4SSC method): each reported KPI or data point gets 1 to 4 points by its share of target: below 33% 1, 33-66% 2, 66-95% 3, 95% or more 4.",
    "Area score = sum of points / (4 x n) x 100 over the n items of the area that have a value and a target (U4SSC): a share of the maximum points, not a % of target. Items not reported or without a target are left out.",
    "Share of target: higher is better, value / target; lower is better, target / value (our choice: U4SSC does not publish this rule); a target band, 1 - |value - target| / target; yes/no, 1 or 0.",
    "Coverage = n / N, N = items of the area with a target. Below 2/3 coverage an area shows #N/A (insufficient data): a JRC / COINr practice, U4SSC applies none.",
    "Targets: U4SSC benchmark values are not published. Default targets are given only where a citable international reference exists; the basis of each is in the Target basis column. Edit Target and Target basis to set your own.",
    "Status flags missing values, text that is not a number (a number stored as text too: convert it), errors, out-of-range, stale or future-year values, low data quality and items without a target.",
    "Sources: U4SSC Collection Methodology for Key Performance Indicators for Smart Sustainable Cities (2017); U4SSC Verification Manual (2022).",
  ],
  listsTitle: "Lists for the drop-downs of KPI Data",
  listsNote: "Keep this sheet and its name: the drop-downs and their validation read these cells.",
  qualityHeader: "Data quality (U4SSC)",
  yesNoHeader: "Yes / No",
  prompts: {
    valueTitle: "Value",
    value: (unit, allowed) =>
      `Unit: ${unit}. Allowed: ${allowed}. Type the number alone, or NR if not reported.`,
    yesNo: "Type Yes or No (or 1 / 0), or NR if not reported.",
    yearTitle: "Year",
    year: (min, max) => `Year the value refers to (${min}-${max}).`,
    qualityTitle: "Data quality",
    quality: "Choose how the value was obtained (U4SSC data-quality scale).",
    targetTitle: "Target",
    target: (unit) =>
      `Target in ${unit}. Prefilled with the default where one exists; change it to contextualise and say why in Target basis.`,
  },
  errors: {
    title: "KPI4SSC",
    value: (allowed) => `Enter a number (${allowed}) or NR. Type the number itself, not text.`,
    year: (min, max) => `Enter a year between ${min} and ${max}.`,
    quality: "Choose one of the listed data-quality levels.",
    target: (allowed) =>
      `Enter a number (${allowed}), or leave the cell blank for the default target. Type the number itself, not text.`,
    yesNo: "Enter Yes or No (or 1 / 0), or NR if not reported.",
  },
  problem: (problem) => {
    switch (problem.code) {
      case "MISSING_COLUMN":
        return `Column "${problem.header}" is missing from the header row (renamed or deleted?).`;
      case "MOVED_COLUMN":
        return `Column "${problem.header}" is in column ${problem.actual} instead of ${problem.expected}; Update template needs the original layout.`;
      case "NO_ID":
        return `Row ${problem.row} has entries but no item id.`;
      case "ROWS_MISSING":
        return `${problem.ids.length} item(s) of the template are missing (rows deleted?): ${idList(problem.ids)}. Update template adds them back.`;
      case "ROWS_REORDERED":
        return "Rows are not in the template's order (sorted?). Values are still read by item id; run Update template so the validation rules follow the rows.";
      case "NO_SUMMARY":
        return `The "KPI Summary" sheet was not found (renamed or deleted?): the reporting year and city are unknown.`;
    }
  },
};
