import { cell } from "../domain/template";
import type { RawCell } from "../domain/workbook/workbook-port";
import type { FileCell } from "./raw-cell";
import { columnNumber, elements, runsText, sheetRows, xmlDecode } from "./sheet-xml";
import type { XmlCell } from "./sheet-xml";
import type { ZipArchive } from "./zip-entries";
import { ZipError } from "./zip-entries";

/**
 * A workbook read part by part from its archive, for `check`, `merge` and `compare`: the workbook part, its
 * relationships and styles, then only the sheets asked for, and the shared strings only as far as those sheets
 * index them. Its cells are those exceljs 4.4 gives (`workbook.xlsx.load`, the reader `update` keeps), as
 * `fileCell` turns them into `range.values`: see src/xlsx/stream-reader.test.ts, which compares both.
 */

/** exceljs 4.4's built-in number formats (lib/xlsx/defaultnumformats.js; ECMA-376 Part 1 §18.8.30). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** exceljs's `isDateFmt`: a format with y, m, d, h, s or b outside quotes and brackets shows a date. */
const isDateFormat = (format: string | undefined) =>
  format !== undefined &&
  /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** A serial number through exceljs's Date (rounded to the millisecond) and back, as `fileCell` reads it. */
function dateSerial(value: number, date1904: boolean): number {
  const ms = Math.round((value - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  return (new Date(ms).getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/** A sheet read from its part: the used range from A1 as a grid, and any cell by address. */
export interface StreamedSheet {
  readonly name: string;
  readonly rows: FileCell[][];
  readonly lastColumn: number;
  /** The number format a cell shows ("General" when none). */
  numFmt(row: number, column: number): string;
  cell(address: string): FileCell;
}

interface SheetPart {
  readonly name: string;
  readonly path: string;
}

const EMPTY: FileCell = { value: "", formula: null, uncomputed: false };

function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

const relsPath = (part: string) => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

export class StreamedWorkbook {
  private strings: FileCell["value"][] = [];
  private stringsComplete = false;

  private constructor(
    private readonly zip: ZipArchive,
    readonly sheets: readonly SheetPart[],
    private readonly formats: readonly (string | undefined)[],
    private readonly date1904: boolean,
    private readonly sharedStringsPath: string | null
  ) {}

  /**
   * Reads the workbook part, its relationships and styles; a zip without a workbook part throws NOT_XLSX.
   *
   * @example const book = await StreamedWorkbook.open(zip); book.sheets.map((s) => s.name)
   */
  static async open(zip: ZipArchive): Promise<StreamedWorkbook> {
    const rels = async (part: string) =>
      zip.entries.has(relsPath(part))
        ? [...elements(await zip.text(relsPath(part)), "Relationship")].map(
            ({ attributes: a }) => ({
              id: a.get("Id") ?? "",
              type: a.get("Type") ?? "",
              target: resolvePart(part, a.get("Target") ?? ""),
            })
          )
        : [];
    const office = (await rels("")).find((r) => r.type.endsWith("/officeDocument"));
    const workbookPath = office?.target ?? "xl/workbook.xml";
    if (!zip.entries.has(workbookPath)) throw new ZipError("NOT_ZIP", "no workbook part");
    const workbookXml = await zip.text(workbookPath);
    const workbookRels = await rels(workbookPath);
    const byId = new Map(workbookRels.map((r) => [r.id, r]));
    const sheets: SheetPart[] = [];
    for (const sheet of elements(workbookXml, "sheet")) {
      const id = [...sheet.attributes].find(([key]) => /(^|:)id$/.test(key))?.[1] ?? "";
      const rel = byId.get(id);
      if (rel?.type.endsWith("/worksheet") && zip.entries.has(rel.target))
        sheets.push({ name: sheet.attributes.get("name") ?? "", path: rel.target });
    }
    const pr = elements(workbookXml, "workbookPr").next();
    const flag = pr.done ? undefined : pr.value.attributes.get("date1904");
    const date1904 = flag === "1" || flag === "true";
    const stylesPath = workbookRels.find((r) => r.type.endsWith("/styles"))?.target;
    const formats =
      stylesPath && zip.entries.has(stylesPath) ? await readFormats(zip, stylesPath) : [];
    const strings = workbookRels.find((r) => r.type.endsWith("/sharedStrings"))?.target ?? null;
    return new StreamedWorkbook(
      zip,
      sheets,
      formats,
      date1904,
      strings && zip.entries.has(strings) ? strings : null
    );
  }

  /** Whether a sheet holds a table of that name (its `name` attribute, as exceljs keys `worksheet.tables`). */
  async hasTable(sheet: SheetPart, table: string): Promise<boolean> {
    const path = relsPath(sheet.path);
    if (!this.zip.entries.has(path)) return false;
    for (const rel of elements(await this.zip.text(path), "Relationship")) {
      if (!(rel.attributes.get("Type") ?? "").endsWith("/table")) continue;
      const target = resolvePart(sheet.path, rel.attributes.get("Target") ?? "");
      if (!this.zip.entries.has(target)) continue;
      const head = elements(await this.zip.text(target), "table").next();
      if (!head.done && head.value.attributes.get("name") === table) return true;
    }
    return false;
  }

  /**
   * A sheet's cells; with `untilRow`, only its rows up to that one are unpacked (the rest is never inflated).
   *
   * @example (await book.sheet(book.sheets[0])).cell("K5").value
   */
  async sheet(part: SheetPart, untilRow = Infinity): Promise<StreamedSheet> {
    const xml = await this.sheetText(part, untilRow);
    const columnFormats = new Map<number, string | undefined>();
    for (const col of elements(
      xml.slice(0, xml.search(/<(?:[\w.-]+:)?sheetData[\s>/]/) + 1 || xml.length),
      "col"
    )) {
      const style = col.attributes.get("style");
      if (style === undefined) continue;
      const format = this.format(Number(style));
      for (
        let c = Number(col.attributes.get("min"));
        c <= Number(col.attributes.get("max"));
        c += 1
      )
        columnFormats.set(c, format);
    }
    const xmlRows = [...sheetRows(xml)].filter((row) => row.row <= untilRow);
    const needed = Math.max(
      -1,
      ...xmlRows.flatMap((row) =>
        row.cells
          .filter((c) => c.type === "s" && c.formula === null && c.value !== undefined)
          .map((c) => parseInt(c.value ?? "", 10))
      )
    );
    await this.loadStrings(needed);
    const cells = new Map<string, FileCell>();
    const styles = new Map<string, string | undefined>();
    const rowFormats = new Map<number, string | undefined>();
    const masters = new Map<string, string>();
    const rows: FileCell[][] = [];
    let lastColumn = 1;
    for (const row of xmlRows) {
      if (row.style !== undefined) rowFormats.set(row.row, this.format(row.style));
      const counted: FileCell[] = [];
      for (const c of row.cells) {
        const key = `${row.row},${c.column}`;
        if (c.style !== undefined) styles.set(key, this.format(c.style));
        const read = this.readCell(c, masters);
        if (read === null) continue;
        cells.set(key, read);
        counted[c.column - 1] = read;
        lastColumn = Math.max(lastColumn, c.column);
      }
      if (counted.length > 0) rows[row.row - 1] = counted;
    }
    const grid = Array.from({ length: rows.length }, (_, r) =>
      Array.from({ length: lastColumn }, (_, c) => rows[r]?.[c] ?? EMPTY)
    );
    return {
      name: part.name,
      rows: grid,
      lastColumn,
      numFmt: (row, column) => {
        const key = `${row},${column}`;
        const format = styles.has(key)
          ? styles.get(key)
          : (rowFormats.get(row) ?? columnFormats.get(column));
        return format ?? "General";
      },
      cell: (address) => {
        const match = /^\$?([A-Z]+)\$?([0-9]+)$/i.exec(address);
        if (!match) return EMPTY;
        return cells.get(`${Number(match[2])},${columnNumber(match[1])}`) ?? EMPTY;
      },
    };
  }

  private format(style: number): string | undefined {
    return this.formats[style];
  }

  private async sheetText(part: SheetPart, untilRow: number): Promise<string> {
    if (untilRow === Infinity) return this.zip.text(part.path);
    let text = "";
    let scanned = 0;
    await this.zip.stream(part.path, (piece) => {
      text += piece;
      // Stop once a row past `untilRow` has begun, or the sheet's data has ended.
      const rowStarts = /<(?:[\w.-]+:)?row\b[^>]*?\sr="(\d+)"/g;
      rowStarts.lastIndex = Math.max(0, scanned - 64);
      for (let m = rowStarts.exec(text); m; m = rowStarts.exec(text))
        if (Number(m[1]) > untilRow) return false;
      scanned = text.length;
      return !/<\/(?:[\w.-]+:)?sheetData>/.test(text.slice(-piece.length - 32));
    });
    return text;
  }

  /** Reads the shared strings until index `last` is known (a stream: later strings are never unpacked). */
  private async loadStrings(last: number): Promise<void> {
    if (last < this.strings.length || this.stringsComplete || !this.sharedStringsPath) return;
    const strings: FileCell["value"][] = [];
    let pending = "";
    await this.zip.stream(this.sharedStringsPath, (piece) => {
      pending += piece;
      const closes = [...pending.matchAll(/<\/(?:[\w.-]+:)?si>|<(?:[\w.-]+:)?si\s*\/>/g)];
      if (closes.length === 0) return true;
      const end = (closes.at(-1)?.index ?? 0) + (closes.at(-1)?.[0].length ?? 0);
      for (const si of elements(pending.slice(0, end), "si"))
        strings.push(runsText(si.inner ?? "").text);
      pending = pending.slice(end);
      return strings.length <= last;
    });
    this.strings = strings;
    this.stringsComplete = strings.length <= last;
  }

  /** A cell as exceljs reads it and `fileCell` hands it on; null for a cell exceljs counts as empty. */
  private readCell(c: XmlCell, masters: Map<string, string>): FileCell | null {
    const format = c.style === undefined ? undefined : this.format(c.style);
    const number = (text: string) => {
      const value = parseFloat(xmlDecode(text));
      return isDateFormat(format) ? dateSerial(value, this.date1904) : value;
    };
    const address = cell(c.column, c.row);
    if (c.formula !== null && (c.formula !== "" || c.formulaType !== undefined)) {
      if (c.formulaType === "shared" && c.sharedIndex !== undefined && c.sharedRef)
        masters.set(c.sharedIndex, address);
      const formula =
        c.formulaType === "shared" && !c.sharedRef
          ? (masters.get(c.sharedIndex ?? "") ?? "")
          : c.formula;
      const computed = (value: RawCell): FileCell => ({ value, formula, uncomputed: false });
      if (c.value !== undefined) {
        // exceljs decodes a text result twice (once parsing, once more in cell-xform); so does this.
        if (c.type === "str") return computed(xmlDecode(xmlDecode(c.value)));
        if (c.type === "b") return computed(parseInt(c.value, 10) !== 0);
        if (c.type === "e") return computed(xmlDecode(c.value));
        return computed(number(c.value));
      }
      // A text formula saved with an empty result (=IF(…,"")): Excel writes <v></v>; it was computed, to "".
      if (c.hasValue && c.type === "str") return computed("");
      return { value: "", formula, uncomputed: true };
    }
    const plain = (value: RawCell): FileCell => ({ value, formula: null, uncomputed: false });
    const inline = c.inline && (c.inline.text !== "" || c.inline.rich) ? c.inline.text : undefined;
    const raw = c.value !== undefined ? xmlDecode(c.value) : inline;
    if (raw === undefined) return null;
    switch (c.type) {
      case "s":
        return plain(this.strings[parseInt(raw, 10)] ?? "");
      case "str":
        return plain(xmlDecode(raw));
      case "inlineStr":
        return plain(raw);
      case "b":
        return plain(parseInt(raw, 10) !== 0);
      case "e":
        return plain(raw);
      default:
        return plain(number(c.value ?? raw));
    }
  }
}

async function readFormats(zip: ZipArchive, path: string): Promise<(string | undefined)[]> {
  const xml = await zip.text(path);
  const custom = new Map<number, string>();
  for (const f of elements(xml, "numFmt"))
    custom.set(Number(f.attributes.get("numFmtId")), f.attributes.get("formatCode") ?? "");
  const cellXfs = elements(xml, "cellXfs").next();
  if (cellXfs.done) return [];
  return [...elements(cellXfs.value.inner ?? "", "xf")].map(({ attributes: a }) => {
    // exceljs keeps no format for numFmtId 0 (General), and looks custom formats up first.
    const id = Number(a.get("numFmtId") ?? 0);
    return id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
  });
}
