import { ExternalFunction, Value } from "../formula";
import { Area, cellArea, formatArea } from "./area";
import { Calculation } from "./calculation";
import { CellContent } from "./cell-content";
import { ExcelError } from "./excel-error";
import { FormulaHost } from "./formula-host";
import { SimAutoFilter, SimSheet } from "./sheet";

export interface SimTable {
  name: string;
  readonly sheetId: string;
  /** Header row included. */
  area: Area;
  style: string;
  /** The table's own AutoFilter; absent = not filtered. Set by tests (the preview has no filter UI). */
  autoFilter?: SimAutoFilter;
}

/** A change of cell content, as a worksheet's onChanged event reports it. */
export interface ContentChange {
  readonly sheetId: string;
  readonly address: string;
  /** Who changed it: the add-in through the API, or the person typing into the grid. */
  readonly by: "api" | "user";
}

const FORBIDDEN_IN_SHEET_NAMES = /[\\/?*[\]:]/;

/**
 * The simulated workbook: sheets, tables, selection, calculation, and who to tell about changes. Content writes
 * are collected and announced on `commit()` (the end of a `context.sync()` or of a typed entry), once to the grid
 * (subscribe) and, after the current task as in Excel, to worksheet onChanged handlers.
 */
export class SimWorkbook implements FormulaHost {
  readonly sheets: SimSheet[] = [];
  readonly tables: SimTable[] = [];
  protected = false;
  activeSheetId: string;
  /** The selected area of each sheet (Excel remembers one per sheet). */
  readonly selections = new Map<string, Area>();
  private nextSheetNumber = 1;
  private revision = 0;
  private readonly calculation: Calculation;
  private pending: ContentChange[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly changeHandlers = new Set<(change: ContentChange) => void>();

  constructor(functions: (name: string) => ExternalFunction | undefined = () => undefined) {
    this.calculation = new Calculation(this, functions);
    this.activeSheetId = this.addSheet("Sheet1").id;
  }

  /** Grows on every committed change: the grid redraws when it moves. */
  get version(): number {
    return this.revision;
  }

  sheetById(id: string): SimSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  /** Sheet names are matched case-insensitively, as in Excel. */
  sheetByName(name: string): SimSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  /** `worksheets.getItem(key)` accepts a name or an id. */
  sheetByKey(key: string): SimSheet | undefined {
    return this.sheetById(key) ?? this.sheetByName(key);
  }

  tableByName(name: string): SimTable | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === wanted);
  }

  /** Adds a sheet at the end, with Excel's naming rules (≤ 31 characters, none of \ / ? * [ ] :, unique). */
  addSheet(name: string): SimSheet {
    if (!name || name.length > 31 || FORBIDDEN_IN_SHEET_NAMES.test(name) || /^'|'$/.test(name)) {
      throw new ExcelError("InvalidArgument", `The sheet name "${name}" is not valid.`);
    }
    if (this.sheetByName(name)) {
      throw new ExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    }
    const sheet = new SimSheet(`{preview-sheet-${this.nextSheetNumber}}`, name);
    this.nextSheetNumber += 1;
    this.sheets.push(sheet);
    // A formula naming this sheet was #REF! until now.
    this.calculation.invalidate();
    return sheet;
  }

  /** Writes a cell's content and records the change for `commit()`. */
  writeContent(sheet: SimSheet, row: number, col: number, content: CellContent): void {
    sheet.updateCell(row, col, { content });
    this.calculation.invalidate();
  }

  /** Records that an area's content changed (one onChanged event per write, as Excel sends one per range). */
  recordChange(sheet: SimSheet, area: Area, by: ContentChange["by"]): void {
    this.pending.push({ sheetId: sheet.id, address: formatArea(area), by });
  }

  /** Announces what changed since the last commit: the grid at once, onChanged handlers after this task. */
  commit(): void {
    this.calculation.invalidate();
    this.notify();
    const changes = this.pending;
    this.pending = [];
    if (changes.length === 0 || this.changeHandlers.size === 0) return;
    setTimeout(() => {
      for (const change of changes) for (const handler of [...this.changeHandlers]) handler(change);
    }, 0);
  }

  /** Redraws the grid without recalculating: for what changes no value (selection, the sheet shown). */
  notify(): void {
    this.revision += 1;
    for (const listener of [...this.listeners]) listener();
  }

  /** For the grid: called after every commit. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** For onChanged events: called for every content change, after the commit that made it. */
  onContentChanged(handler: (change: ContentChange) => void): () => void {
    this.changeHandlers.add(handler);
    return () => this.changeHandlers.delete(handler);
  }

  activate(sheet: SimSheet): void {
    this.activeSheetId = sheet.id;
  }

  /** Selects an area (and shows its sheet), as `range.select()` does. */
  select(sheet: SimSheet, area: Area): void {
    this.activeSheetId = sheet.id;
    this.selections.set(sheet.id, area);
  }

  selection(sheet: SimSheet): Area {
    return this.selections.get(sheet.id) ?? cellArea(0, 0);
  }

  value(sheetId: string, row: number, col: number): Value {
    return this.calculation.value(this.requireSheet(sheetId), row, col);
  }

  evaluateAt(sheetId: string, formula: string, rowOffset: number, colOffset: number): Value {
    return this.calculation.evaluateOn(this.requireSheet(sheetId), formula, rowOffset, colOffset);
  }

  referenceCells(sheetId: string, formula: string, rowOffset: number, colOffset: number): Value[] {
    return this.calculation.referenceCells(
      this.requireSheet(sheetId),
      formula,
      rowOffset,
      colOffset
    );
  }

  /** Does a formula parse? (Excel refuses to store one that does not.) */
  isValidFormula(formula: string): boolean {
    return !(this.calculation.parse(formula) instanceof Error);
  }

  private requireSheet(id: string): SimSheet {
    const sheet = this.sheetById(id);
    if (!sheet) throw new ExcelError("ItemNotFound", `No sheet with id ${id}.`);
    return sheet;
  }
}
