import { SimWorkbook } from "../workbook/workbook";
import { previewWorkbookToExcelJs } from "./workbook-to-xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Saves the simulated workbook as an .xlsx file through the browser's download (nothing leaves the machine: the
 * file is built in the page and handed over as a blob URL). Resolves with the file's name.
 *
 * @example
 * await downloadWorkbook(workbook); // "kpi4ssc-preview-2026-12-02.xlsx" in the downloads folder
 */
export async function downloadWorkbook(workbook: SimWorkbook): Promise<string> {
  const bytes = await previewWorkbookToExcelJs(workbook).xlsx.writeBuffer();
  const name = `kpi4ssc-preview-${new Date().toISOString().slice(0, 10)}.xlsx`;
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After this task, once the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}
