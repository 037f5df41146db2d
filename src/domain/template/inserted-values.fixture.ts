import type { RawCell, TemplateOptions } from "../workbook/workbook-port";
import { columnLetter } from "./a1";
import { DATA_COLUMNS } from "./layout";
import { planGrid } from "./plan-grid";
import { planTemplate } from "./plan-template";

/**
 * Test fixture: the data sheet's used range (A1 to T, header and every row) as Excel would hand it back right after
 * an insert, formula cells reading "OK".
 */
export function insertedValues(
  scope: TemplateOptions["scope"] = "all",
  lang: TemplateOptions["lang"] = "en"
): RawCell[][] {
  const plan = planTemplate({ city: "", reportingYear: null, scope, lang });
  const grid = planGrid(plan.sheets[0]);
  return Array.from({ length: 4 + plan.ids.length }, (_, r) =>
    DATA_COLUMNS.map((c) => {
      const cell = grid.get(`${columnLetter(c.index)}${r + 1}`);
      return cell === undefined ? "" : cell.write === "formulas" ? "OK" : cell.value;
    })
  );
}
