import { open } from "node:fs/promises";
import ExcelJS from "exceljs";
import {
  area,
  DATA_SHEET,
  DATA_TABLE,
  locateRows,
  qualified,
  snapshotFromRead,
  SUMMARY_CITY_CELL,
  SUMMARY_SHEET,
  SUMMARY_YEAR_CELL,
} from "../domain/template";
import type { RawCell, SheetSnapshot } from "../domain/workbook/workbook-port";
import { fileKind } from "./file-kind";
import { findDataSheet, gridValues, onSheet } from "./find-data-sheet";
import { fileCell } from "./raw-cell";
import type { FileCell } from "./raw-cell";
import { StreamedWorkbook } from "./stream-workbook";
import { ZipArchive, ZipError } from "./zip-entries";

/** Why a file could not be read as a template; the command line words each code in the user's language. */
export type ReadFailureCode =
  | "NOT_FOUND" // no such file, or not readable
  | "EMPTY" // zero bytes
  | "NOT_ZIP" // neither a zip nor a Compound File: a CSV, a PDF, text…
  | "ENCRYPTED" // a password-protected workbook
  | "LEGACY" // an Excel 97–2003 .xls or another binary Office file
  | "NOT_XLSX" // a zip that holds no spreadsheet (or an .ods)
  | "CORRUPT" // a damaged .xlsx
  | "ZIP64" // a zip in the ZIP64 format (over 4 GB or 65,535 parts), which no template is
  | "NOT_TEMPLATE" // a spreadsheet without the template's header row
  | "DAMAGED"; // the template's sheet, without a header row holding both the id and the Value column

export interface TemplateFileRead {
  readonly snapshot: SheetSnapshot;
  /** The sheet the rows were read from (the template's data sheet, perhaps renamed). */
  readonly sheet: string;
  /** Sheet-qualified input cells holding a formula: read as its result, like the pane does. */
  readonly formulaInputs: readonly string[];
  /** Of those, the formulas no spreadsheet has computed (saved without a result): they read as empty. */
  readonly uncomputedInputs: readonly string[];
  /** The Source and Notes cells of each of `snapshot.rows` (the port's rows carry only what the checks read). */
  readonly notes: readonly { readonly source: RawCell; readonly notes: RawCell }[];
}

export type TemplateFileResult =
  | { readonly ok: true; readonly value: TemplateFileRead }
  | { readonly ok: false; readonly code: ReadFailureCode; readonly detail: string };

const fail = (code: ReadFailureCode, detail: string): TemplateFileResult => ({
  ok: false,
  code,
  detail,
});

const SIGNATURE_FAILURES = {
  empty: fail("EMPTY", "0 bytes"),
  other: fail("NOT_ZIP", "not a zip archive"),
  encrypted: fail("ENCRYPTED", "Compound File with an EncryptionInfo stream"),
  ole: fail("LEGACY", "Compound File (Excel 97-2003 or another binary Office format)"),
} as const;

/** A workbook's template sheet and Summary cells, however they were read. */
interface TemplateSource {
  /** The data sheet (see findDataSheet): its used range from A1, number formats, and any cell. */
  dataSheet(): Promise<SourceSheet | null>;
  /** The Summary's city and year cells, as a 2×1 block of values; null without a Summary sheet. */
  summary(): Promise<RawCell[][] | null>;
}

interface SourceSheet {
  readonly name: string;
  readonly rows: FileCell[][];
  readonly lastColumn: number;
  numFmt(row: number, column: number): string;
  cell(address: string): FileCell;
}

/**
 * The template read from a source, through the same domain functions as the pane's Check
 * (`snapshotFromRead` → `locateRows`): header names in any label language, moved columns, a renamed data sheet,
 * any row order.
 */
async function readTemplate(source: TemplateSource): Promise<TemplateFileResult> {
  const sheet = await source.dataSheet();
  if (!sheet) return fail("NOT_TEMPLATE", "no sheet with the template's header row");
  const grid = { rows: sheet.rows, lastColumn: sheet.lastColumn };
  const snapshot = snapshotFromRead({
    address: qualified(sheet.name, area(1, 1, grid.lastColumn, Math.max(grid.rows.length, 1))),
    values: grid.rows.length > 0 ? gridValues(grid) : [[""]],
    summary: await source.summary(),
    // Number formats with the values: a percent-formatted Value reads as it shows (docs/template.md).
    numberFormats: grid.rows.map((_, r) =>
      Array.from({ length: grid.lastColumn }, (_, c) => sheet.numFmt(r + 1, c + 1))
    ),
  });
  if (!snapshot)
    return fail("DAMAGED", `"${sheet.name}" has no header row with the id and Value columns`);
  const read = onSheet(snapshot, sheet.name);
  // The same location snapshotFromRead made (same values, same origin), for the two columns it does not carry.
  const located = locateRows(gridValues(grid), { row: 1, column: 1 });
  const notes = (located?.rows ?? []).map(({ cells }) => ({
    source: cells.source,
    notes: cells.notes,
  }));
  const cellAt = (address: string) => sheet.cell(address.slice(address.lastIndexOf("!") + 1));
  const inputs = read.rows.flatMap((row) => [
    row.address.value,
    row.address.year,
    row.address.quality,
    row.address.target,
  ]);
  const formulaInputs = [...new Set(inputs)].filter((address) => cellAt(address).formula !== null);
  return {
    ok: true,
    value: {
      snapshot: read,
      sheet: sheet.name,
      formulaInputs,
      uncomputedInputs: formulaInputs.filter((address) => cellAt(address).uncomputed),
      notes,
    },
  };
}

/** Rows a renamed data sheet without the template's table is searched in for the header row. */
export const HEADER_SEARCH_ROWS = 2000;

/** The template from a workbook read part by part: the other sheets are never unpacked. */
function streamedSource(book: StreamedWorkbook): TemplateSource {
  return {
    async dataSheet() {
      let known = book.sheets.find((s) => s.name === DATA_SHEET);
      for (const sheet of known ? [] : book.sheets)
        if (await book.hasTable(sheet, DATA_TABLE)) {
          known = sheet;
          break;
        }
      if (known) return book.sheet(known);
      for (const sheet of book.sheets) {
        const head = await book.sheet(sheet, HEADER_SEARCH_ROWS);
        if (locateRows(gridValues(head), { row: 1, column: 1 })) return book.sheet(sheet);
      }
      return null;
    },
    async summary() {
      const part = book.sheets.find((s) => s.name === SUMMARY_SHEET);
      if (!part) return null;
      const summary = await book.sheet(part, 3);
      return [SUMMARY_CITY_CELL, SUMMARY_YEAR_CELL].map((a) => [summary.cell(a).value]);
    },
  };
}

function zipFailure(error: unknown): TemplateFileResult {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ZipError)
    return error.code === "ZIP64"
      ? fail("ZIP64", message)
      : fail(error.code === "NOT_ZIP" ? "NOT_XLSX" : "CORRUPT", message);
  return fail("CORRUPT", message);
}

async function readZip(zip: ZipArchive): Promise<TemplateFileResult> {
  let book: StreamedWorkbook;
  try {
    book = await StreamedWorkbook.open(zip);
  } catch (error) {
    return zipFailure(error);
  }
  if (book.sheets.length === 0) return fail("NOT_XLSX", "no worksheet in the archive");
  try {
    return await readTemplate(streamedSource(book));
  } catch (error) {
    return zipFailure(error);
  }
}

/**
 * Reads a returned template workbook from its bytes, part by part (src/xlsx/stream-workbook.ts): the same cells as
 * exceljs gives ({@link readTemplateBytesWithExcelJS}), without unpacking the sheets the template does not use. A
 * file that is not a readable template gets a failure code instead of an exception.
 *
 * @example const read = await readTemplateBytes(readFileSync("bizerte.xlsx")); read.ok && read.value.snapshot.city
 */
export async function readTemplateBytes(bytes: Buffer): Promise<TemplateFileResult> {
  const kind = fileKind(bytes);
  if (kind !== "zip") return SIGNATURE_FAILURES[kind];
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.fromBuffer(bytes);
  } catch (error) {
    return zipFailure(error);
  }
  return readZip(zip);
}

/**
 * The same read through exceljs, which loads the whole workbook: kept as the reference the streaming reader is
 * compared with (src/xlsx/stream-reader.test.ts) and as what `update` loads before it writes.
 *
 * @example const read = await readTemplateBytesWithExcelJS(readFileSync("bizerte.xlsx"))
 */
export async function readTemplateBytesWithExcelJS(bytes: Buffer): Promise<TemplateFileResult> {
  const kind = fileKind(bytes);
  if (kind !== "zip") return SIGNATURE_FAILURES[kind];
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /workbook\.xml|Content_Types|not.*(xlsx|zip)|Can't find end of central/i.test(message)
      ? fail("NOT_XLSX", message)
      : fail("CORRUPT", message);
  }
  if (workbook.worksheets.length === 0) return fail("NOT_XLSX", "no worksheet in the archive");
  return readTemplate({
    async dataSheet() {
      const found = findDataSheet(workbook);
      if (!found) return null;
      const { sheet, grid } = found;
      return {
        name: sheet.name,
        rows: grid.rows,
        lastColumn: grid.lastColumn,
        numFmt: (row, column) => sheet.getCell(row, column).numFmt ?? "General",
        cell: (address) => fileCell(sheet.getCell(address).value),
      };
    },
    async summary() {
      const summary = workbook.getWorksheet(SUMMARY_SHEET);
      return summary
        ? [SUMMARY_CITY_CELL, SUMMARY_YEAR_CELL].map((a) => [
            fileCell(summary.getCell(a).value).value,
          ])
        : null;
    },
  });
}

/** The first bytes of a file, or all of it for a Compound File (its directory may be anywhere). */
async function signatureBytes(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    return fileKind(head.subarray(0, bytesRead)) === "zip"
      ? head.subarray(0, bytesRead)
      : await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * {@link readTemplateBytes} on a file path, reading only the parts it needs from the file (its descriptor is closed
 * before this returns, whatever happens); a path that cannot be read is NOT_FOUND.
 *
 * @example await readTemplateFile("returned/bizerte.xlsx")
 */
export async function readTemplateFile(path: string): Promise<TemplateFileResult> {
  let head: Buffer;
  try {
    head = await signatureBytes(path);
  } catch (error) {
    return fail("NOT_FOUND", error instanceof Error ? error.message : String(error));
  }
  const kind = fileKind(head);
  if (kind !== "zip") return SIGNATURE_FAILURES[kind];
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.openFile(path);
  } catch (error) {
    return zipFailure(error);
  }
  try {
    return await readZip(zip);
  } finally {
    await zip.close();
  }
}
