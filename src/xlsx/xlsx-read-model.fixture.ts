import ExcelJS from "exceljs";
import { cell } from "../domain/template";
import type { SheetDataValidations } from "./sheet-rules";

/** Test fixture: one sheet of a written file, normalised for comparison with the pane's fake workbook. */
export interface FileSheetModel {
  /** Address → "=formula" or the constant, for every non-empty cell. */
  readonly contents: Map<string, unknown>;
  /** Address → number format, for every cell that has a style ("General" when none is set). */
  readonly numberFormats: Map<string, string>;
  /** Address → [kind, formula or source or bounds…, prompt title, prompt, error title, error]. */
  readonly validations: Map<string, unknown[]>;
  /** Expression rules: [range, formula, fill, font]; other rule types as [range, type]. */
  readonly conditionalFormats: unknown[][];
  readonly tables: { name: string; ref: string; columns: string[] }[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
}

/** Test fixture: reads an .xlsx buffer back with exceljs (what the file holds, not what the writer meant). */
export async function readFileModel(bytes: Buffer): Promise<Map<string, FileSheetModel>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, FileSheetModel>();
  for (const sheet of workbook.worksheets) {
    const contents = new Map<string, unknown>();
    const numberFormats = new Map<string, string>();
    sheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (c, k) => {
        const address = cell(k, r);
        const value = c.value as { formula?: string } | string | number | boolean | null;
        if (value !== null && typeof value === "object" && "formula" in value)
          contents.set(address, `=${value.formula}`);
        else if (value !== null && value !== "") contents.set(address, value);
        numberFormats.set(address, c.numFmt ?? "General");
      })
    );
    const validations = new Map<string, unknown[]>();
    const { model } = (sheet as unknown as SheetDataValidations).dataValidations;
    for (const [address, v] of Object.entries(model)) {
      if (!v) continue;
      const operands = v.type === "whole" ? v.formulae.map(Number) : [v.formulae[0]];
      validations.set(address, [
        v.type,
        ...operands,
        v.promptTitle,
        v.prompt,
        v.errorTitle,
        v.error,
        v.errorStyle ?? "stop",
      ]);
    }
    const formattings = (
      sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    const conditionalFormats = formattings.flatMap(({ ref, rules }) =>
      rules.map((rule) => {
        if (rule.type !== "expression") return [ref, rule.type];
        const style = rule.style as {
          fill?: { bgColor?: { argb?: string } };
          font?: { color?: { argb?: string } };
        };
        return [ref, rule.formulae?.[0], style.fill?.bgColor?.argb, style.font?.color?.argb];
      })
    );
    const tables = Object.values(
      (
        sheet as unknown as {
          tables: Record<
            string,
            { table: { name: string; tableRef: string; columns: { name: string }[] } }
          >;
        }
      ).tables
    ).map(({ table }) => ({
      name: table.name,
      ref: table.tableRef,
      columns: table.columns.map((c) => c.name),
    }));
    const view = (sheet.views ?? [])[0] as
      { state?: string; xSplit?: number; ySplit?: number } | undefined;
    sheets.set(sheet.name, {
      contents,
      numberFormats,
      validations,
      conditionalFormats,
      tables,
      frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
      frozenColumns: view?.state === "frozen" ? (view.xSplit ?? 0) : 0,
    });
  }
  return sheets;
}
