export { FLAG_SEVERITY, makeIssue, compareSeverity, sortBySeverity } from "./issue";
export type { FlagCode, Severity, IssueParams, Issue } from "./issue";
export type { FlagReasons, NotNumericReason, OutOfRangeReason, IssueField } from "./issue-reasons";
