/**
 * The ownership property of Update (test/ownership/update-property.ts) on the .xlsx updater (`kpi4ssc update`):
 * the template file as the writer makes it, random user edits typed into cells and sheets, the file updated twice.
 * Structural edits (rows inserted or deleted, sorts, filters, validation) are not simulated on files here: only the
 * simulation of Excel in src/excel runs those. Each run writes and reads whole files, so it runs fewer cases
 * (KPI_XLSX_PROPERTY_RUNS, default 30).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { DATA_SHEET, DATA_TABLE, lastRowOf } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { OPTIONS, checkUpdate, edit, templateSheet } from "../../test/ownership/update-property";
import type { Edit, Simulation } from "../../test/ownership/update-property";
import { fileCell } from "./raw-cell";
import { updateWorkbookBytes } from "./update-workbook";
import { templateXlsxBuffer } from "./write-template";

/** The file updater's refusals as the pane's codes. */
const AS_PORT_CODE: Record<string, string> = { DAMAGED: "TEMPLATE_DAMAGED" };

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** An .xlsx file held as an exceljs workbook, updated by writing it and running the file updater. */
async function xlsxSimulation(start: Buffer): Promise<Simulation> {
  let workbook = await load(start);
  const data = () => workbook.worksheets.find((s) => s.name === DATA_SHEET || s.id === 1);
  return {
    update: async (options: TemplateOptions) => {
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const result = await updateWorkbookBytes(bytes, options);
      if (!result.ok) return { ok: false, code: AS_PORT_CODE[result.code] ?? result.code };
      workbook = await load(result.bytes);
      return { ok: true };
    },
    cells: (name) => {
      const cells = new Map<string, unknown>();
      workbook.getWorksheet(name)?.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (c, k) => {
          const read = fileCell(c.value);
          const shown = read.formula === null ? read.value : `=${read.formula}`;
          if (shown !== "" && shown !== null) cells.set(`${r},${k}`, shown);
        })
      );
      return cells;
    },
    rules: () => [],
    sheetNames: () => workbook.worksheets.map((s) => s.name),
    tableEnd: () => {
      const table = workbook.getWorksheet(DATA_SHEET)?.getTable(DATA_TABLE) as unknown as
        { table?: { tableRef?: string } } | undefined;
      return table?.table?.tableRef ? lastRowOf(table.table.tableRef) : null;
    },
    edit: (e: Edit) => {
      const sheet = data();
      if (!sheet) return;
      if (e.kind === "type") {
        const { value } = e;
        sheet.getCell(e.row, e.column).value =
          typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
      } else if (e.kind === "addSheet") {
        const added = workbook.getWorksheet(e.name) ?? workbook.addWorksheet(e.name);
        added.getCell("A1").value = "a user's sheet";
      } else if (e.kind === "renameSheet") {
        const user = workbook.worksheets.find((s) => !templateSheet(s.name));
        if (user && !workbook.getWorksheet(e.name)) user.name = e.name;
      } else if (e.kind === "renameDataSheet") {
        sheet.name = "KPI Data (old)";
      }
      // Rows inserted or deleted, sorts, filters, columns and validation: the fake of src/excel runs those.
    },
  };
}

let inserted: Buffer | null = null;

beforeAll(async () => {
  inserted = await templateXlsxBuffer(OPTIONS);
});

it("the file's Update writes only owned cells, keeps every input, and a second Update changes nothing", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(edit, { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      async (edits, all) => {
        const sim = await xlsxSimulation(inserted as Buffer);
        edits.forEach((e) => sim.edit(e));
        await checkUpdate(sim, { ...OPTIONS, scope: all ? "all" : "core" });
      }
    ),
    { numRuns: Number(process.env.KPI_XLSX_PROPERTY_RUNS ?? 30) }
  );
}, 240_000);
