import type { FlagCode, Issue } from "../domain/validation/issue";
import type { SheetRow } from "../domain/workbook/workbook-port";

type RowCell = keyof SheetRow["address"];

/** The cell a flag is about when the issue does not name one in `params.field`. */
const CELL_OF_CODE: Partial<Record<FlagCode, RowCell>> = {
  UNKNOWN_ID: "id",
  DUPLICATE: "id",
  STALE: "year",
  FUTURE_YEAR: "year",
  LOW_QUALITY: "quality",
  NO_TARGET: "target",
};

const ROW_CELLS: ReadonlySet<string> = new Set<RowCell>([
  "id",
  "value",
  "year",
  "quality",
  "target",
]);

/**
 * The sheet-qualified address to select for an issue: the cell of its row named by `params.field` (value, year,
 * quality, target, id), else the cell its code is about, else the value cell. Undefined when the issue has no row
 * (sheet-level) or points outside the row (e.g. the Summary sheet's reporting year), so the pane shows it as text.
 *
 * @example issueCellAddress({ code: "STALE", severity: "warning", itemId: "x", params: {}, row: 0 }, rows)
 *   // rows[0].address.year
 */
export function issueCellAddress(issue: Issue, rows: readonly SheetRow[]): string | undefined {
  if (issue.row === undefined) return undefined;
  const row = rows[issue.row];
  if (!row) return undefined;
  const field = issue.params.field;
  if (field !== undefined) {
    return typeof field === "string" && ROW_CELLS.has(field)
      ? row.address[field as RowCell]
      : undefined;
  }
  return row.address[CELL_OF_CODE[issue.code] ?? "value"];
}
