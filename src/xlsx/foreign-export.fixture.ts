import JSZip from "jszip";

/**
 * Test fixture: a template as Google Sheets gives it back after File → Download → Microsoft Excel (.xlsx), imitated
 * from the writer's file (no Google Sheets file can be made here; docs/cli.md, "Files from Google Sheets", says what
 * this does and does not prove). What the imitation changes, as Google Sheets' exports differ from Excel's:
 * - no table parts: a table becomes a plain range (the sheet keeps its cells, loses `<tableParts>`);
 * - no `extLst` in sheets (Excel's x14 data validation and conditional formats);
 * - its own row and sheet formatting: `<sheetFormatPr>` with a 12.63 default column width and
 *   `customHeight` rows, `<sheetPr>` with an outline setting;
 * - a function Excel lacks saved as `__xludf.DUMMYFUNCTION("…")` wrapped in IFERROR, with its cached result;
 * - styled empty cells written as `<c r="…" s="…"/>` (blank formatted cells), and `<workbookPr/>` bare.
 *
 * @example const bytes = await googleSheetsExport(await filledWorkbook(options, typed))
 */
export async function googleSheetsExport(template: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(template);
  const read = async (name: string) => (zip.file(name) as JSZip.JSZipObject).async("string");
  const write = (name: string, text: string) => zip.file(name, text);
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/tables\//.test(name) || /^xl\/worksheets\/_rels\//.test(name)) zip.remove(name);
  }
  write(
    "[Content_Types].xml",
    (await read("[Content_Types].xml")).replace(/<Override PartName="\/xl\/tables\/[^>]*\/>/g, "")
  );
  write(
    "xl/workbook.xml",
    (await read("xl/workbook.xml")).replace(/<workbookPr[^>]*\/>/, "<workbookPr/>")
  );
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    let xml = await read(name);
    xml = xml
      .replace(/<tableParts[\s\S]*?<\/tableParts>|<tableParts[^>]*\/>/g, "")
      .replace(/<extLst>[\s\S]*?<\/extLst>/g, "")
      .replace(/<sheetPr[^>]*\/>|<sheetPr>[\s\S]*?<\/sheetPr>/, "")
      .replace(
        /<dimension [^>]*\/>/,
        (d) => `<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>${d}`
      )
      .replace(
        /<sheetFormatPr[^>]*\/>/,
        '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>'
      )
      .replace(/<row r="(\d+)"([^>]*?)>/g, (_, r: string, rest: string) =>
        /ht=/.test(rest)
          ? `<row r="${r}"${rest}>`
          : `<row r="${r}"${rest} ht="15.75" customHeight="1">`
      );
    write(name, xml);
  }
  // A formula only Google Sheets knows, in the data sheet's first Source cell (column N), with its cached text.
  const data = "xl/worksheets/sheet1.xml";
  write(
    data,
    (await read(data)).replace(
      /<c r="N5"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/,
      '<c r="N5" t="str"><f>IFERROR(__xludf.DUMMYFUNCTION("IMPORTRANGE(""abc"",""A1"")"),"Statistics Norway")</f><v>Statistics Norway</v></c>'
    )
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
