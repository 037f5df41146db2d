/**
 * The ownership property of Update (test/ownership/update-property.ts) on the preview's strict simulation of Excel:
 * random workbooks, random user edits anywhere, Update twice. Runs: KPI_PROPERTY_RUNS (default 150, about 0.2 s of CPU each; each run copies
 * the inserted workbook and updates it twice on the simulation, which calculates as Excel does, so a run costs more
 * than it did on the old fake: `KPI_PROPERTY_RUNS=2000 npx jest src/excel/update-ownership` for a longer search).
 */
import fc from "fast-check";
import { DATA_SHEET } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { OPTIONS, checkUpdate, edit, templateSheet } from "../../test/ownership/update-property";
import type { Simulation } from "../../test/ownership/update-property";
import { cellName, sheetNamed, typeInto } from "../preview/excel-api/cells.fixture";
import {
  deleteRow,
  insertColumn,
  insertRow,
  swapRows,
} from "../preview/excel-api/row-edits.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import { copyWorkbook } from "../preview/excel-api/workbook-copy.fixture";
import type { CellValidation } from "../preview/workbook/data-validation";
import { FormulaError } from "../preview/formula";
import type { SimWorkbook } from "../preview/workbook/workbook";
import { createExcelWorkbookPort } from "./excel-workbook-port";

/** The prompt title that marks a rule as the user's own (the property keeps those outside the template's rules). */
const USER_RULE = "the user's own rule";

/** The simulation as the property's Simulation, started from a copy of an inserted workbook. */
function simulated(start: SimWorkbook): Simulation {
  const sim = simulation({ workbook: copyWorkbook(start), apiVersion: "1.13" });
  const book = sim.workbook;
  const dataSheet = sheetNamed(book, DATA_SHEET); // kept when the user renames it
  const port = createExcelWorkbookPort(sim.host);
  return {
    update: async (options) => {
      const result = await port.updateTemplate(options);
      return result.ok ? { ok: true } : { ok: false, code: result.error.code };
    },
    cells: (name) => {
      const cells = new Map<string, unknown>();
      for (const { row, col, cell } of book.sheetByName(name)?.storedCells() ?? []) {
        const c = cell.content;
        if (c.kind === "empty") continue;
        const shown =
          c.kind === "formula"
            ? c.formula
            : c.value instanceof FormulaError
              ? c.value.code
              : c.value;
        cells.set(`${row + 1},${col + 1}`, shown);
      }
      return cells;
    },
    rules: (name) =>
      [...(book.sheetByName(name)?.storedCells() ?? [])]
        .filter(({ cell }) => cell.validation)
        .map(
          ({ row, col, cell }) =>
            `${cellName(row, col)} ${JSON.stringify({
              ...cell.validation,
              user: cell.validation?.prompt?.title === USER_RULE,
            })}`
        ),
    sheetNames: () => book.sheets.map((s) => s.name),
    tableEnd: () => {
      const table = book.tableByName("KpiData");
      return table ? table.area.bottom + 1 : null;
    },
    edit: (edit) => {
      switch (edit.kind) {
        case "type": {
          // A constant stays as given (text stays text); "=…" is a formula when Excel would take it as one.
          const value = edit.value;
          const formula =
            typeof value === "string" && value.startsWith("=") && book.isValidFormula(value);
          book.writeContent(
            dataSheet,
            edit.row - 1,
            edit.column - 1,
            formula
              ? { kind: "formula", formula: value }
              : value === "" || value === null || value === undefined
                ? { kind: "empty" }
                : { kind: "value", value }
          );
          book.recordChange(
            dataSheet,
            {
              top: edit.row - 1,
              left: edit.column - 1,
              bottom: edit.row - 1,
              right: edit.column - 1,
            },
            "user"
          );
          book.commit();
          return;
        }
        case "insertRow":
          return insertRow(book, dataSheet, edit.row);
        case "deleteRow":
          return deleteRow(book, dataSheet, edit.row);
        case "sort":
          return swapRows(book, dataSheet, edit.a, edit.b);
        case "insertColumn":
          return insertColumn(book, dataSheet, edit.column);
        case "renameDataSheet":
          dataSheet.name = "KPI Data (old)";
          return;
        case "filter":
          dataSheet.autoFilter.isDataFiltered = true;
          return;
        case "validate": {
          // L{row}:L{row + column}: a whole number from 0 to `column`, written for its top-left cell.
          for (let k = 0; k <= edit.column; k++) {
            const rule: CellValidation = {
              criterion: {
                type: "wholeNumber",
                operator: "Between",
                formula1: 0,
                formula2: edit.column,
              },
              rowOffset: k,
              colOffset: 0,
              prompt: { showPrompt: false, title: USER_RULE, message: "" },
              ignoreBlanks: true,
            };
            dataSheet.updateCell(edit.row - 1 + k, 11, { validation: rule });
          }
          return;
        }
        case "addSheet":
          if (!book.sheetByName(edit.name)) book.addSheet(edit.name);
          typeInto(book, edit.name, "A1", "a user's sheet");
          return;
        case "renameSheet": {
          const user = book.sheets.find((s) => !templateSheet(s.name));
          if (user && !book.sheetByName(edit.name)) user.name = edit.name;
        }
      }
    },
  };
}

let inserted: SimWorkbook | null = null;

beforeAll(async () => {
  const sim = simulation();
  const result = await createExcelWorkbookPort(sim.host).insertTemplate(OPTIONS);
  if (!result.ok) throw new Error(result.error.code);
  inserted = sim.workbook;
});

it("Update writes only owned cells, keeps every input, and a second Update changes nothing", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(edit, { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      async (edits, all) => {
        const sim = simulated(inserted as SimWorkbook);
        edits.forEach((e) => sim.edit(e));
        const options: TemplateOptions = { ...OPTIONS, scope: all ? "all" : "core" };
        await checkUpdate(sim, options);
      }
    ),
    { numRuns: Number(process.env.KPI_PROPERTY_RUNS ?? 150) }
  );
}, 600_000);
