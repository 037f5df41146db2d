import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { findItem } from "../../domain/catalog";
import { planTemplate } from "../../domain/template";
import type { RawCell, TemplateOptions } from "../../domain/workbook/workbook-port";
import { writeTemplateWorkbook } from "../../xlsx/write-template";
import { parseCsv } from "../csv";

/** Test fixture: one published value of test/fixtures/city-values.csv. */
export interface CityValue {
  readonly city: string;
  readonly id: string;
  /** The text printed in the U4SSC report, pasted as is. */
  readonly result: string;
  /** The number a statistician would type, or "missing". */
  readonly expected: string;
}

/** Test fixture: the published city values, by city. */
export function cityValues(): Map<string, CityValue[]> {
  const [header, ...rows] = parseCsv(
    readFileSync(join(__dirname, "../../../test/fixtures/city-values.csv"), "utf8")
  );
  const col = (name: string) => header.indexOf(name);
  const byCity = new Map<string, CityValue[]>();
  for (const row of rows) {
    const value = {
      city: row[col("city")],
      id: row[col("id")],
      result: row[col("result")],
      expected: row[col("expected")],
    };
    byCity.set(value.city, [...(byCity.get(value.city) ?? []), value]);
  }
  return byCity;
}

/** Test fixture: typed cells of the data sheet, A1 address → value (as a user types or pastes it). */
export type Typed = readonly (readonly [string, RawCell | ExcelJS.CellValue])[];

/**
 * Test fixture: what a statistician types for a city: the published values (as printed when `printed`, else the
 * number they stand for, NR for "Not Reported") in the Value column of each item's row, plus extra cells.
 */
export function cityInputs(
  values: readonly CityValue[],
  options: TemplateOptions,
  printed: boolean
): [string, RawCell][] {
  const ids = planTemplate(options).ids;
  return values.flatMap((v) => {
    const row = ids.indexOf(findItem(v.id)?.id ?? "");
    if (row < 0) return [];
    const value = printed ? v.result : v.expected === "missing" ? "NR" : Number(v.expected);
    return [[`K${5 + row}`, value] as [string, RawCell]];
  });
}

/** Test fixture: the template the reader tests fill: Karmøy's 2021 report, every item, English labels. */
export const KARMOY: TemplateOptions = {
  city: "Karmøy, Norway",
  reportingYear: 2021,
  scope: "all",
  lang: "en",
};

/** Test fixture: Karmøy's published values as a statistician types them into the template of `options`. */
export function karmoyInputs(options: TemplateOptions = KARMOY): [string, RawCell][] {
  return cityInputs(cityValues().get("Karmøy, Norway") ?? [], options, false);
}

/**
 * Test fixture: a template workbook written by the writer, with `typed` cells set on the data sheet (and `summary`
 * cells on the Summary), as the bytes of an .xlsx file. `edit` may change the workbook further (delete a column,
 * rename a sheet…) before it is saved.
 */
export async function filledWorkbook(
  options: TemplateOptions,
  typed: Typed,
  edit?: (workbook: ExcelJS.Workbook) => void
): Promise<Buffer> {
  const workbook = writeTemplateWorkbook(planTemplate(options));
  const data = workbook.getWorksheet("KPI Data") as ExcelJS.Worksheet;
  for (const [address, value] of typed) data.getCell(address).value = value as ExcelJS.CellValue;
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
