import ExcelJS from "exceljs";
import { planTemplate } from "../domain/template";
import type { TemplatePlan } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { applySheetPlanToFile } from "./apply-sheet-plan";

/**
 * The template plan as a new exceljs workbook: every sheet added first (formulas and list sources name the other
 * sheets), then each sheet plan applied with its table and the chart's data bars. Formulas are stored without
 * cached results and the workbook asks for a full calculation on load (`fullCalcOnLoad`), so Excel and LibreOffice
 * compute every formula when the file is opened.
 *
 * @example writeTemplateWorkbook(planTemplate(options)).worksheets.map((s) => s.name) // ["KPI Data", …]
 */
export function writeTemplateWorkbook(plan: TemplatePlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KPI4SSC";
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheets = plan.sheets.map((sheet) => workbook.addWorksheet(sheet.name));
  plan.sheets.forEach((sheet, i) =>
    applySheetPlanToFile(sheets[i], sheet, { table: true, chart: true })
  );
  workbook.views = [{ activeTab: 0 } as ExcelJS.WorkbookView];
  return workbook;
}

/**
 * The template for `options` as the bytes of an .xlsx file.
 *
 * @example await fs.writeFile("t.xlsx", await templateXlsxBuffer({ city: "Bizerte", reportingYear: 2024, scope: "all", lang: "fr" }))
 */
export async function templateXlsxBuffer(options: TemplateOptions): Promise<Buffer> {
  const bytes = await writeTemplateWorkbook(planTemplate(options)).xlsx.writeBuffer();
  return Buffer.from(bytes);
}
