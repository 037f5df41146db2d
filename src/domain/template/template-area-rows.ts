import type { AreaRowsInput } from "../scoring";
import { templateReader } from "../validation";
import type { SheetRow } from "../workbook/workbook-port";

/**
 * The columns of an area call over rows read from a template sheet, read as the template's own formulas read them
 * (the strict template reading with each cell's percent format, docs/template.md): what the pane's scores and
 * coverage and `kpi4ssc check` pass to scoreArea / areaCoverage, so all three agree with the Summary sheet.
 *
 * @example scoreArea({ area: "Education", ...templateAreaRows(snapshot.rows), method: "u4ssc", minCoverage: 2 / 3 })
 */
export function templateAreaRows(rows: readonly SheetRow[]): Omit<AreaRowsInput, "area"> {
  return {
    values: rows.map((row) => row.value),
    ids: rows.map((row) => row.id),
    targets: rows.map((row) => row.target),
    readers: {
      value: (i: number) => templateReader(rows[i].valuePercent),
      target: (i: number) => templateReader(rows[i].targetPercent),
    },
  };
}
