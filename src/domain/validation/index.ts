export { FLAG_SEVERITY, makeIssue, compareSeverity, sortBySeverity } from "./issue";
export type { FlagCode, Severity, IssueParams, Issue } from "./issue";
export type { FlagReasons, NotNumericReason, OutOfRangeReason, IssueField } from "./issue-reasons";
export { checkItem } from "./check-item";
export type { ItemCheck, ItemCheckInput } from "./check-item";
export { validateRows } from "./validate-rows";
export type { KpiRow, ValidateOptions } from "./validate-rows";
export { checkRange } from "./check-range";
export { checkTarget } from "./check-target";
export { checkYears, DEFAULT_STALE_AFTER_YEARS } from "./check-years";
export { crossItemIssues } from "./cross-item-rules";
export { fractionScaleIssue } from "./fraction-scale";
export { DATA_QUALITY_CHOICES, isLowQuality } from "./data-quality";
export {
  readTemplateCell,
  templateCellVerdict,
  isPercentNumberFormat,
  templateReader,
  excelTrim,
  TEMPLATE_MISSING_WORDS,
  TEMPLATE_YES_WORDS,
  TEMPLATE_NO_WORDS,
} from "./template-cell";
export type { TemplateCell, CellVerdict } from "./template-cell";
export type { ValueReader } from "./value-reader";
