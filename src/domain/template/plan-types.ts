import type { TemplateOptions } from "../workbook/workbook-port";
import type { ColumnRole } from "./layout";
import type { SheetOwnership } from "./ownership";

/** A cell of a plan: text, number or logical; "" is an empty cell. */
export type PlanCell = string | number | boolean;

/**
 * A rectangular block written in one go. `role` says whose cells these are: Update writes `reference` and `formula`
 * blocks again and never an `input` block of an existing row.
 */
export interface CellBlock {
  /** Range on the sheet, e.g. `A5:J116`; `cells` has exactly its shape. */
  readonly address: string;
  readonly role: ColumnRole;
  /** `values` for constants (text stays text), `formulas` for cells that start with "=". */
  readonly write: "values" | "formulas";
  readonly cells: readonly (readonly PlanCell[])[];
}

/** Formatting of a range; every field is optional. */
export interface RangeFormat {
  readonly address: string;
  readonly role: ColumnRole;
  readonly bold?: boolean;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  /** One Excel number format for every cell of the range. */
  readonly numberFormat?: string;
}

export interface ColumnWidth {
  /** Column letters. */
  readonly column: string;
  /** Points. */
  readonly width: number;
}

export type ValidationRule =
  | { readonly kind: "custom"; readonly formula: string }
  | { readonly kind: "list"; readonly source: string }
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max: number };

/** A native data-validation rule on a range (a column or a run of rows with the same rule). */
export interface ValidationSpec {
  readonly address: string;
  readonly rule: ValidationRule;
  readonly prompt: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
}

/** A conditional format with a custom (built-ins only) formula relative to the range's top-left cell. */
export interface ConditionalFormatSpec {
  readonly address: string;
  readonly meaning: "missing" | "invalid";
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface TableSpec {
  readonly name: string;
  /** Header row and data rows. */
  readonly address: string;
  readonly style: string;
}

export interface ChartSpec {
  readonly name: string;
  readonly type: "BarClustered";
  readonly title: string;
  /** Area names and scores, header row included, contiguous (dimensions then sub-dimensions). */
  readonly source: string;
  readonly seriesBy: "Columns";
  /** Top-left and bottom-right cells the chart covers. */
  readonly position: { readonly start: string; readonly end: string };
}

/** Everything written on one sheet, in the order it is applied. */
export interface SheetPlan {
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  readonly formats: readonly RangeFormat[];
  readonly columnWidths: readonly ColumnWidth[];
  /** Ranges whose data validation is cleared before `validations` are set (Excel wants clear, then rule). */
  readonly validationRanges: readonly string[];
  readonly validations: readonly ValidationSpec[];
  /** Ranges whose conditional formats are cleared before `conditionalFormats` are added. */
  readonly conditionalFormatRanges: readonly string[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  /** Rows frozen at the top (0 = none). */
  readonly freezeRows: number;
  /**
   * Columns frozen at the left together with the rows (absent or 0 = none): the data sheet keeps the id and the
   * KPI name in view while the user types in the Value column far to the right.
   */
  readonly freezeColumns?: number;
  readonly table: TableSpec | null;
  readonly chart: ChartSpec | null;
}

/** The whole template: data sheet, Summary, Lists (in that order). */
export interface TemplatePlan {
  readonly options: TemplateOptions;
  readonly sheets: readonly [SheetPlan, SheetPlan, SheetPlan];
  /** Item ids in row order from the first data row ("" for a row whose id the catalog does not know). */
  readonly ids: readonly string[];
  /** What the template owns on each sheet, in the order of `sheets`: the plan writes nothing else. */
  readonly ownership: readonly [SheetOwnership, SheetOwnership, SheetOwnership];
}
