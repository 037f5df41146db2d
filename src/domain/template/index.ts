export { planTemplate, itemsInScope, hasDefaultTarget } from "./plan-template";
export { lastUpdatedRow, planUpdate, rowsBelow, rowsForUpdate } from "./plan-update";
export type { ExistingTemplate, UpdatePlan } from "./plan-update";
export { locateRows } from "./locate-rows";
export {
  dataSheetOwnership,
  inRanges,
  listsOwnership,
  plannedOwnership,
  writesOutside,
} from "./ownership";
export type { SheetOwnership } from "./ownership";
export type { LocatedRow, LocatedSheet, ReadOrigin } from "./locate-rows";
export { toSheetRows } from "./sheet-rows";
export { snapshotFromRead } from "./read-snapshot";
export type { SheetRead } from "./read-snapshot";
export { describeStructureProblem, labelsFor, LABELS } from "./labels";
export type { TemplateLabels } from "./labels";
export type { StructureProblem } from "./structure-problem";
export { headerKey, headerLanguage } from "./header-names";
export { DATA_QUALITY_CHOICES } from "./data-quality";
export type { DataQualityChoice } from "./data-quality";
export * from "./layout";
export * from "./plan-types";
export {
  cell,
  area,
  columnLetter,
  columnNumber,
  lastRowOf,
  parseRange,
  qualified,
  rangesOverlap,
  splitQualified,
} from "./a1";
export { rowFormulas } from "./data-sheet";
export { areaArgument, summaryAreas } from "./summary-areas";
export { planGrid } from "./plan-grid";
export type { GridCell } from "./plan-grid";
export { ROW_FLAG_ORDER, rowFlagCodes, statusText, scoreTemplateRow } from "./row-verdict";
export { rowFormulaCells } from "./row-formulas";
export { checkRules, valueValidation } from "./formulas";
export { areaRowFormulas, areaCriteria } from "./area-formulas";
export { templateAreaRows } from "./template-area-rows";
