import type { RawCell, TemplateOptions } from "../workbook/workbook-port";
import { columnLetter } from "./a1";
import { hasTranslationColumns, templateColumns } from "./layout";
import { planGrid } from "./plan-grid";
import { planTemplate } from "./plan-template";

/**
 * Test fixture: the data sheet's used range (A1 to the last column, AH, or AJ with a French or Russian template's
 * translation columns; header and every row) as Excel would hand it back right after an insert, formula cells
 * reading "OK".
 */
export function insertedValues(
  scope: TemplateOptions["scope"] = "all",
  lang: TemplateOptions["lang"] = "en"
): RawCell[][] {
  const plan = planTemplate({ city: "", reportingYear: null, scope, lang });
  const grid = planGrid(plan.sheets[0]);
  return Array.from({ length: 4 + plan.ids.length }, (_, r) =>
    templateColumns(hasTranslationColumns(lang)).map((c) => {
      const cell = grid.get(`${columnLetter(c.index)}${r + 1}`);
      return cell === undefined ? "" : cell.write === "formulas" ? "OK" : cell.value;
    })
  );
}
