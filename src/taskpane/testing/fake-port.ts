/* global jest */
import type {
  RawCell,
  SheetRow,
  SheetSnapshot,
  WorkbookPort,
} from "../../domain/workbook/workbook-port";

/** A WorkbookPort of jest mocks for component tests, plus a way to fire the data-changed listener. */
export interface FakePort extends WorkbookPort {
  readonly hasTemplate: jest.Mock;
  readonly insertTemplate: jest.Mock;
  readonly updateTemplate: jest.Mock;
  readonly readSheet: jest.Mock;
  readonly selectCell: jest.Mock;
  readonly convertTextNumber: jest.Mock;
  readonly onDataChanged: jest.Mock;
  readonly unsubscribe: jest.Mock;
  /** Calls every listener registered through onDataChanged (as Excel does after an edit). */
  readonly fireDataChanged: () => void;
}

/**
 * A fake port whose calls all succeed unless a test overrides them; `snapshot` is what readSheet returns.
 *
 * @example const port = fakePort(snapshotOf([row(5, "EC: ICT: ICT: 1C", 80)]));
 */
export function fakePort(snapshot: SheetSnapshot = snapshotOf([])): FakePort {
  const listeners: Array<() => void> = [];
  const unsubscribe = jest.fn(async () => undefined);
  const summary = { rows: 112, keptInputCells: 0, sheets: ["KPI Data", "Summary", "Lists"] };
  return {
    hasTemplate: jest.fn(async () => ({ ok: true, value: true })),
    insertTemplate: jest.fn(async () => ({ ok: true, value: summary })),
    updateTemplate: jest.fn(async () => ({ ok: true, value: { ...summary, keptInputCells: 37 } })),
    readSheet: jest.fn(async () => ({ ok: true, value: snapshot })),
    selectCell: jest.fn(async () => ({ ok: true, value: undefined })),
    convertTextNumber: jest.fn(async () => ({ ok: true, value: true })),
    onDataChanged: jest.fn(async (listener: () => void) => {
      listeners.push(listener);
      return { ok: true, value: unsubscribe };
    }),
    unsubscribe,
    fireDataChanged: () => listeners.forEach((listener) => listener()),
  };
}

/**
 * A template data row at sheet line `line` (columns A, E, F, G, H as a template would place them).
 *
 * @example row(5, "EC: ICT: ICT: 1C", 80, { target: 100 })
 */
export function row(
  line: number,
  id: RawCell,
  value: RawCell,
  cells: Partial<Pick<SheetRow, "year" | "quality" | "target" | "targetBasis">> = {}
): SheetRow {
  const at = (column: string) => `'KPI Data'!${column}${line}`;
  return {
    id,
    value,
    year: cells.year ?? null,
    quality: cells.quality ?? null,
    target: cells.target ?? null,
    targetBasis: cells.targetBasis ?? null,
    address: { id: at("A"), value: at("E"), year: at("F"), quality: at("G"), target: at("H") },
  };
}

/** A snapshot of these rows, with no structure problem unless given. */
export function snapshotOf(
  rows: readonly SheetRow[],
  extra: Partial<Omit<SheetSnapshot, "rows">> = {}
): SheetSnapshot {
  return { rows, reportingYear: null, city: "", structureProblems: [], ...extra };
}
