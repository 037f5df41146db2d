import type { CatalogItem } from "../catalog";
import type { CellReading } from "../parse";
import type { RawCell } from "../workbook/workbook-port";

/**
 * How a value or target cell is read: `parseCellValue` (docs/scoring.md §2, the KPI.* functions) or the strict
 * template reading of docs/template.md (`readTemplateCell`, for the template's own sheets).
 */
export type ValueReader = (raw: RawCell, item: CatalogItem) => CellReading;
