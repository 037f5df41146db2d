import { DATA_TABLE, TEMPLATE_SHEETS, planTemplate } from "../domain/template";
import type { TemplateOptions, TemplateWriteSummary } from "../domain/workbook/workbook-port";
import { applySheetPlan } from "./apply-template-plan";
import { PortFailure } from "./office-errors";

/** ExcelApi version insert needs: data validation (1.8) and, below it, conditional formats, freeze panes. */
export const INSERT_API = "1.8";

/**
 * Inserts the template in one batch and two round trips: the first asks whether any template sheet or the table
 * already exists and whether the workbook structure is protected; the second writes the whole plan. Refuses with
 * TEMPLATE_EXISTS rather than overwrite anything.
 *
 * @example await insertTemplate(context, { city: "Ålesund", reportingYear: 2024, scope: "all", lang: "en" })
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  options: TemplateOptions
): Promise<TemplateWriteSummary> {
  const { workbook } = context;
  const sheets = TEMPLATE_SHEETS.map((name) => workbook.worksheets.getItemOrNullObject(name));
  const table = workbook.tables.getItemOrNullObject(DATA_TABLE);
  workbook.protection.load("protected");
  await context.sync();

  const existing = TEMPLATE_SHEETS.filter((_, i) => !sheets[i].isNullObject);
  if (existing.length > 0)
    throw new PortFailure("TEMPLATE_EXISTS", `existing sheet(s): ${existing.join(", ")}`);
  if (!table.isNullObject) {
    throw new PortFailure(
      "TEMPLATE_EXISTS",
      `a table named ${DATA_TABLE} exists (template sheet renamed?)`
    );
  }
  if (workbook.protection.protected)
    throw new PortFailure("PROTECTED", "the workbook structure is protected");

  const plan = planTemplate(options);
  // Every sheet first: formulas and list sources name the other sheets, which must exist when they are written.
  const added = plan.sheets.map((sheetPlan) => workbook.worksheets.add(sheetPlan.name));
  plan.sheets.forEach((sheetPlan, i) =>
    applySheetPlan(added[i], sheetPlan, { table: true, chart: true })
  );
  added[0].activate();
  await context.sync();
  return { rows: plan.ids.length, keptInputCells: 0, sheets: plan.sheets.map((s) => s.name) };
}
