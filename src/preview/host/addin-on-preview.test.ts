import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as kpiFunctions from "../../functions/functions";
import { createExcelWorkbookPort } from "../../excel/excel-workbook-port";
import type { TemplateOptions, WorkbookPort } from "../../domain/workbook/workbook-port";
import { FormulaError } from "../formula";
import { displayText } from "../workbook/number-format";
import { pasteText, typeIntoCell } from "../workbook/user-entry";
import { SimSheet } from "../workbook/sheet";
import { PreviewHost, PreviewScope, installPreview } from "./install-preview";
import type { HostProfile } from "./host-profile";
import { completeOfficeContext } from "./office-context";

// scripts/functions-metadata.js is CommonJS used by webpack.config.js; the preview gets what the build ships.
const { postProcessMetadata } = require("../../../scripts/functions-metadata.js");

/**
 * The real add-in on the simulated workbook, under each host profile (web: Excel on the web, desktop: Windows and
 * Mac): the Excel adapters (src/excel) insert, read, update and select, and the template's formulas call the real
 * KPI.* functions, with the metadata custom-functions-metadata generates.
 */
const OPTIONS: TemplateOptions = { city: "Ålesund", reportingYear: 2024, scope: "all", lang: "en" };
const VALUE = 10; // column K
const STATUS = 17; // column R
const SCORE = 18; // column S
const FIRST = 4; // row 5: EC: ICT: ICT: 1C, Household Internet Access, % 0–100

describe.each<HostProfile>(["web", "desktop"])("under the %s profile", (profile) => {
  let host: PreviewHost;
  let port: WorkbookPort;
  const errors: unknown[] = [];

  beforeAll(async () => {
    jest.spyOn(console, "error").mockImplementation((...args) => void errors.push(args));
    const office = { context: {} };
    completeOfficeContext(office, "en-US", profile);
    Object.assign(globalThis, { Office: office });
    host = installPreview(globalThis as PreviewScope, profile);
    const generated = await generateCustomFunctionsMetadata(
      path.resolve(__dirname, "../../functions/functions.ts")
    );
    expect(generated.errors).toEqual([]);
    const implementations = kpiFunctions as unknown as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    for (const { id, functionName } of generated.associate) {
      (
        globalThis as unknown as {
          CustomFunctions: { associate: (id: string, f: unknown) => void };
        }
      ).CustomFunctions.associate(id, implementations[functionName]);
    }
    // As the build ships it (scripts/functions-metadata.js): a matrix result where addresses are asked for.
    host.bindFunctions(
      postProcessMetadata(JSON.parse(generated.metadataJson), { baseUrl: "https://localhost" })
    );
    port = createExcelWorkbookPort();
  }, 60_000);

  afterEach(() => expect(errors).toEqual([]));
  afterAll(() => {
    jest.restoreAllMocks();
    for (const name of ["Office", "Excel", "CustomFunctions"])
      Reflect.deleteProperty(globalThis, name);
  });

  const data = (): SimSheet => host.workbook.sheetByName("KPI Data")!;
  const shown = (sheet: SimSheet, row: number, col: number): string =>
    displayText(host.workbook.value(sheet.id, row, col), sheet.cell(row, col).numberFormat);

  describe("the add-in on the simulated workbook", () => {
    it("inserts the template in two round trips", async () => {
      const before = host.stats.syncs;
      const result = await port.insertTemplate(OPTIONS);
      expect(result).toMatchObject({ ok: true, value: { rows: 112, keptInputCells: 0 } });
      expect(host.stats.syncs - before).toBe(2);
      expect(host.workbook.sheets.map((s) => s.name)).toEqual([
        "Sheet1",
        "KPI Data",
        "KPI Summary",
        "KPI Lists",
      ]);
      expect(host.workbook.sheetById(host.workbook.activeSheetId)?.name).toBe("KPI Data");
    });

    it("refuses a second insert", async () => {
      expect(await port.insertTemplate(OPTIONS)).toMatchObject({
        ok: false,
        error: { code: "TEMPLATE_EXISTS" },
      });
    });

    it("calculates every formula of the template without #NAME? or a syntax error", () => {
      for (const sheet of host.workbook.sheets) {
        const used = sheet.usedArea(true);
        if (!used) continue;
        for (let row = used.top; row <= used.bottom; row += 1) {
          for (let col = used.left; col <= used.right; col += 1) {
            const value = host.workbook.value(sheet.id, row, col);
            if (value instanceof FormulaError)
              expect([sheet.name, row, col, value.code]).not.toContain("#NAME?");
          }
        }
      }
    });

    it("shows a missing value, then OK and a score for a valid value", () => {
      expect(shown(data(), FIRST, STATUS)).toMatch(/missing/i);
      expect(typeIntoCell(host.workbook, data(), FIRST, VALUE, "50")).toEqual({ accepted: true });
      expect(shown(data(), FIRST, STATUS)).toBe("OK");
      expect(host.workbook.value(data().id, FIRST, SCORE)).toEqual(expect.any(Number));
    });

    it("refuses a typed out-of-range value or text with the template's message", () => {
      for (const entry of ["150", "about half"]) {
        const outcome = typeIntoCell(host.workbook, data(), FIRST, VALUE, entry);
        expect(outcome).toMatchObject({ accepted: false, alert: { style: "Stop" } });
      }
      expect(host.workbook.value(data().id, FIRST, VALUE)).toBe(50);
    });

    it("flags a pasted out-of-range value in the status column and in a Check", async () => {
      pasteText(host.workbook, data(), FIRST, VALUE, "150");
      expect(shown(data(), FIRST, STATUS)).not.toBe("OK");
      const read = await port.readSheet();
      expect(read.ok && read.value.rows[0]).toMatchObject({
        value: 150,
        address: { value: "'KPI Data'!K5" },
      });
    });

    it("keeps typed values through an update", async () => {
      typeIntoCell(host.workbook, data(), FIRST + 1, VALUE, "NR");
      const result = await port.updateTemplate({ ...OPTIONS, lang: "ru" });
      expect(result).toMatchObject({ ok: true, value: { rows: 112 } });
      expect(host.workbook.value(data().id, FIRST, VALUE)).toBe(150);
      expect(host.workbook.value(data().id, FIRST + 1, VALUE)).toBe("NR");
    });

    it("selects an issue's cell", async () => {
      expect(await port.selectCell("'KPI Data'!K17")).toEqual({ ok: true, value: undefined });
      expect(host.workbook.selection(data())).toEqual({ top: 16, left: 10, bottom: 16, right: 10 });
    });

    it("tells the pane about typed changes until unsubscribed", async () => {
      const listener = jest.fn();
      const subscribed = await port.onDataChanged(listener);
      if (!subscribed.ok) throw new Error(subscribed.error.code);
      typeIntoCell(host.workbook, data(), FIRST + 2, VALUE, "5");
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(listener).toHaveBeenCalledTimes(1);
      await subscribed.value();
      typeIntoCell(host.workbook, data(), FIRST + 2, VALUE, "6");
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(listener).toHaveBeenCalledTimes(1);
    });
  });
});
