export { writeTemplateWorkbook, templateXlsxBuffer } from "./write-template";
export { applySheetPlanToFile } from "./apply-sheet-plan";
export { columnWidthInCharacters } from "./exceljs-style";
