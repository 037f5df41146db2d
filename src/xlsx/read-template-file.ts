import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import {
  area,
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

/** Why a file could not be read as a template; the command line words each code in the user's language. */
export type ReadFailureCode =
  | "NOT_FOUND" // no such file, or not readable
  | "EMPTY" // zero bytes
  | "NOT_ZIP" // neither a zip nor a Compound File: a CSV, a PDF, text…
  | "ENCRYPTED" // a password-protected workbook
  | "LEGACY" // an Excel 97–2003 .xls or another binary Office file
  | "NOT_XLSX" // a zip that holds no spreadsheet (or an .ods)
  | "CORRUPT" // a damaged .xlsx
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

/**
 * Reads a returned template workbook from its bytes, through the same domain functions as the pane's Check
 * (`snapshotFromRead` → `locateRows`): header names in any label language, moved columns, a renamed data sheet,
 * any row order. A file that is not a readable template gets a failure code instead of an exception.
 *
 * @example const read = await readTemplateBytes(readFileSync("bizerte.xlsx")); read.ok && read.value.snapshot.city
 */
export async function readTemplateBytes(bytes: Buffer): Promise<TemplateFileResult> {
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
  const found = findDataSheet(workbook);
  if (!found) return fail("NOT_TEMPLATE", "no sheet with the template's header row");
  const { sheet, grid } = found;
  const summary = workbook.getWorksheet(SUMMARY_SHEET);
  const summaryCells = summary
    ? [SUMMARY_CITY_CELL, SUMMARY_YEAR_CELL].map((a) => [fileCell(summary.getCell(a).value).value])
    : null;
  const snapshot = snapshotFromRead({
    address: qualified(sheet.name, area(1, 1, grid.lastColumn, Math.max(grid.rows.length, 1))),
    values: grid.rows.length > 0 ? gridValues(grid) : [[""]],
    summary: summaryCells,
    // Number formats with the values: a percent-formatted Value reads as it shows (docs/template.md).
    numberFormats: grid.rows.map((_, r) =>
      Array.from(
        { length: grid.lastColumn },
        (_, c) => sheet.getCell(r + 1, c + 1).numFmt ?? "General"
      )
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
  const cellAt = (address: string) => {
    const local = sheet.getCell(address.slice(address.lastIndexOf("!") + 1));
    return fileCell(local.value);
  };
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

/**
 * {@link readTemplateBytes} on a file path; a path that cannot be read is NOT_FOUND.
 *
 * @example await readTemplateFile("returned/bizerte.xlsx")
 */
export async function readTemplateFile(path: string): Promise<TemplateFileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail("NOT_FOUND", error instanceof Error ? error.message : String(error));
  }
  return readTemplateBytes(bytes);
}
