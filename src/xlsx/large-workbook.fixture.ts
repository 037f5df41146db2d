import JSZip from "jszip";

/**
 * Test fixture: a returned template grown to about 50 MB, as a city's statistician might send it: the template's
 * sheets plus a sheet of raw data (`rows` rows of eight numbers and a label each), written after the template's
 * sheets. The sheet is deflated at level 1 so the file is made in seconds; its digits are pseudo-random so it
 * compresses little, as real measurements do.
 *
 * @example const bytes = await largeWorkbook(await filledWorkbook(options, typed), 400_000)
 */
export async function largeWorkbook(template: Buffer, rows: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(template);
  const read = async (name: string) => (zip.file(name) as JSZip.JSZipObject).async("string");
  let seed = 12_345;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 1; r <= rows; r += 1) {
    let row = `<row r="${r}">`;
    for (const column of "ABCDEFGH") row += `<c r="${column}${r}"><v>${next() * 1e6}</v></c>`;
    row += `<c r="I${r}" t="inlineStr"><is><t>station ${r % 977}</t></is></c></row>`;
    parts.push(row);
  }
  parts.push("</sheetData></worksheet>");
  zip.file("xl/worksheets/raw-data.xml", parts.join(""), {
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
  const workbook = await read("xl/workbook.xml");
  zip.file(
    "xl/workbook.xml",
    workbook.replace("</sheets>", '<sheet name="Raw data" sheetId="99" r:id="rIdRaw"/></sheets>')
  );
  const rels = await read("xl/_rels/workbook.xml.rels");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdRaw" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/raw-data.xml"/></Relationships>'
    )
  );
  const types = await read("[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/raw-data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    )
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
