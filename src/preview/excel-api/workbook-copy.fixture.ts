import { SimWorkbook } from "../workbook/workbook";

/**
 * A copy of a simulated workbook, for tests that start many runs from one inserted template: sheets in order with
 * their cells (content, formats, validation), column widths, frozen panes, protection, filters, hidden rows,
 * conditional formats and charts, then the tables. Sheet ids are those of the original (sheets are added in the
 * same order), so a chart's or table's sheet id still points at the copy of its sheet.
 */
export function copyWorkbook(start: SimWorkbook): SimWorkbook {
  const copy = new SimWorkbook();
  copy.protected = start.protected;
  start.sheets.forEach((sheet, index) => {
    const target = index === 0 ? copy.sheets[0] : copy.addSheet(sheet.name);
    if (target.id !== sheet.id) throw new Error(`sheet ids differ: ${target.id} ≠ ${sheet.id}`);
    target.name = sheet.name;
    for (const { row, col, cell } of sheet.storedCells()) target.updateCell(row, col, cell);
    sheet.columnWidths.forEach((width, col) => target.columnWidths.set(col, width));
    target.frozenRows = sheet.frozenRows;
    target.frozenColumns = sheet.frozenColumns;
    target.protected = sheet.protected;
    target.autoFilter.isDataFiltered = sheet.autoFilter.isDataFiltered;
    sheet.hiddenRows.forEach((row) => target.hiddenRows.add(row));
    target.conditionalFormats = sheet.conditionalFormats.map((rule) => ({ ...rule }));
    target.charts.push(
      ...sheet.charts.map((chart) => ({
        ...chart,
        position: chart.position && { ...chart.position },
      }))
    );
  });
  for (const table of start.tables)
    copy.tables.push({
      ...table,
      autoFilter: table.autoFilter && { ...table.autoFilter },
    });
  copy.activeSheetId = start.activeSheetId;
  copy.commit();
  return copy;
}
