/**
 * The contract between the task pane and the workbook (docs/architecture.md, flows 1–3). Pure types: `src/excel/`
 * implements it with Excel.run, the preview runs that same implementation against its simulated workbook, and
 * `src/taskpane/` only ever sees this interface (components never import `excel/`).
 */

/** A raw cell as Excel hands it over (`values`), before parsing. */
export type RawCell = number | string | boolean | null | undefined;

/** Label language of the inserted template and of messages (UNECE's languages). */
export type Lang = "en" | "fr" | "ru";

/** What the pane asks for when it inserts or updates the template. */
export interface TemplateOptions {
  /** City name written on the Summary sheet. */
  readonly city: string;
  /** Reporting year (stale / future-year checks); null when not yet known. */
  readonly reportingYear: number | null;
  /** All 112 items, or the core KPIs only. */
  readonly scope: "all" | "core";
  /** Language of the template's labels. */
  readonly lang: Lang;
}

/** One data row of the template as read back: the item id and the input cells, raw. */
export interface SheetRow {
  readonly id: RawCell;
  readonly value: RawCell;
  readonly year: RawCell;
  readonly quality: RawCell;
  readonly target: RawCell;
  readonly targetBasis: RawCell;
  /**
   * The Value / Target cell's number format shows a percentage (Excel stores `21%` as 0.21 and formats the cell
   * 0%): the template reading scores what the cell shows, 21 (docs/template.md, "Percent entry").
   */
  readonly valuePercent?: boolean;
  readonly targetPercent?: boolean;
  /** A1 address (sheet-qualified, e.g. `'KPI Data'!K5`) of each input cell, so an issue can select it. */
  readonly address: {
    readonly id: string;
    readonly value: string;
    readonly year: string;
    readonly quality: string;
    readonly target: string;
  };
}

/** The template's data as one read (at most 2 `context.sync()` calls). */
export interface SheetSnapshot {
  readonly rows: readonly SheetRow[];
  /** Reporting year and city as set on the Summary sheet (null / "" when blank or unreadable). */
  readonly reportingYear: number | null;
  readonly city: string;
  /** Problems with the template's shape itself (renamed header, missing column…), already worded neutrally. */
  readonly structureProblems: readonly string[];
}

/** Why a workbook action could not be done; the pane turns the code into a message in the user's language. */
export type PortErrorCode =
  | "CELL_EDIT_MODE" // Excel is in cell-edit mode: every batch fails until the user leaves the cell
  | "PROTECTED" // a template sheet (or the workbook structure) is protected
  | "NO_TEMPLATE" // the workbook has no template sheet (perhaps renamed)
  | "TEMPLATE_EXISTS" // insert asked into a workbook that already has the template: use Update
  | "TEMPLATE_DAMAGED" // the template is there but its header row or id column cannot be found
  | "NO_ROOM" // Update must add rows at the end of the table, but a user's cell is in the way (docs/data-safety.md)
  | "FILTERED" // the data sheet or its table is filtered: Update never writes under a filter (office-js #224)
  | "API_UNSUPPORTED" // the host lacks a needed requirement set
  | "UNKNOWN";

export interface PortError {
  readonly code: PortErrorCode;
  /** Technical detail for the log / a "details" disclosure; never shown as a stack trace. */
  readonly detail?: string;
}

export type PortResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PortError };

export interface TemplateWriteSummary {
  /** Data rows in the template after the action. */
  readonly rows: number;
  /** Input cells holding user data that were kept untouched (update) — 0 on a fresh insert. */
  readonly keptInputCells: number;
  /** Sheets written. */
  readonly sheets: readonly string[];
}

export interface WorkbookPort {
  /** Is the template in this workbook? */
  hasTemplate(): Promise<PortResult<boolean>>;
  /** Inserts the template; refuses with TEMPLATE_EXISTS rather than overwrite anything. */
  insertTemplate(options: TemplateOptions): Promise<PortResult<TemplateWriteSummary>>;
  /** Refreshes reference columns, formulas and rules; keeps every input cell. */
  updateTemplate(options: TemplateOptions): Promise<PortResult<TemplateWriteSummary>>;
  /** Reads the data rows once; writes nothing. */
  readSheet(): Promise<PortResult<SheetSnapshot>>;
  /**
   * Replaces a number written as text in one Value cell by that number, after the user clicked to do so; writes
   * nothing (answers false) if the cell no longer holds `text` (docs/template.md, "Text numbers").
   */
  convertTextNumber(address: string, text: RawCell, number: number): Promise<PortResult<boolean>>;
  /** Selects (and scrolls to) a cell given as a sheet-qualified A1 address. */
  selectCell(address: string): Promise<PortResult<void>>;
  /** Calls `listener` after the template's data changes; resolves to an unsubscribe function. */
  onDataChanged(listener: () => void): Promise<PortResult<() => Promise<void>>>;
}
