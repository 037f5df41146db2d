import { ITEMS, localizedItemText } from "../catalog";
import type { RawCell, TemplateOptions } from "../workbook/workbook-port";
import { parseRange } from "./a1";
import { insertedValues } from "./inserted-values.fixture";
import { DATA_COLUMNS, INPUT_KEYS, dataColumn } from "./layout";
import { locateRows } from "./locate-rows";
import { planGrid } from "./plan-grid";
import { writesOutside } from "./ownership";
import { planUpdate, rowsForUpdate } from "./plan-update";

const OPTIONS: TemplateOptions = {
  city: "Stavanger",
  reportingYear: 2022,
  scope: "all",
  lang: "en",
};
const dataRows = (values: RawCell[][]) => values.slice(4);
const SUMMARY = { city: "Stavanger", year: 2022 };
const INPUT_COLUMNS = INPUT_KEYS.map(dataColumn);

/** Sheet rows (5…) whose input cells a plan's data-sheet blocks touch. */
function inputRowsTouched(update: ReturnType<typeof planUpdate>): number[] {
  return update.plan.sheets[0].blocks.flatMap((block) => {
    const { firstColumn, columnCount, firstRow, rowCount } = parseRange(block.address);
    const columns = Array.from({ length: columnCount }, (_, i) => firstColumn + i);
    if (!columns.some((c) => INPUT_COLUMNS.includes(c))) return [];
    return Array.from({ length: rowCount }, (_, i) => firstRow + i).filter((row) => row >= 5);
  });
}

describe("planUpdate", () => {
  it("never plans an input cell of an existing row, and plans no input block at all", () => {
    const values = dataRows(insertedValues());
    values[0][10] = 93; // a value typed by the user
    const update = planUpdate(OPTIONS, { rows: values, summary: SUMMARY });
    expect(inputRowsTouched(update)).toEqual([]);
    expect(update.plan.sheets[0].blocks.some((b) => b.role === "input")).toBe(false);
    expect(update.append).toBeNull();
    expect(update.existingRows).toBe(ITEMS.length);
  });

  it("keeps the user's column widths but rewrites rules and formulas for every row", () => {
    const update = planUpdate(OPTIONS, { rows: dataRows(insertedValues()), summary: SUMMARY });
    const sheet = update.plan.sheets[0];
    expect(sheet.columnWidths).toEqual([]);
    expect(sheet.blocks.find((b) => b.role === "formula")?.address).toBe("R5:T116");
    expect(sheet.validationRanges).toContain("K5:K116");
    expect(sheet.table).not.toBeNull();
  });

  it("counts the input cells it keeps (rows and the Summary's city and year)", () => {
    const values = dataRows(insertedValues("core"));
    const defaults = values
      .flatMap((row) => INPUT_COLUMNS.map((c) => row[c - 1]))
      .filter((v) => v !== "").length;
    values[0][10] = 93;
    values[1][11] = 2021;
    const update = planUpdate({ ...OPTIONS, scope: "core" }, { rows: values, summary: SUMMARY });
    expect(update.keptInputCells).toBe(defaults + 2 + 2);
  });

  it("appends the scope's missing items below the rows, with defaults, and writes their reference cells again", () => {
    const values = dataRows(insertedValues("core"));
    const update = planUpdate(OPTIONS, { rows: values, summary: SUMMARY });
    const advanced = ITEMS.filter((item) => item.type === "advanced");
    expect(update.append?.address).toBe(`A72:Q${71 + advanced.length}`);
    expect(update.append?.cells.map((row) => row[0])).toEqual(advanced.map((item) => item.id));
    const first = advanced[0];
    expect(update.append?.cells[0][dataColumn("target") - 1]).toBe(
      first.defaultTarget?.target ?? ""
    );
    expect(update.plan.ids).toHaveLength(ITEMS.length);
    expect(planGrid(update.plan.sheets[0]).get("A72")?.value).toBe(first.id);
  });

  it("follows the user's row order and rewrites each row's reference cells from its own id", () => {
    const values = dataRows(insertedValues());
    [values[0], values[5]] = [values[5], values[0]];
    values[0][4] = "a name the user overwrote";
    const grid = planGrid(planUpdate(OPTIONS, { rows: values, summary: SUMMARY }).plan.sheets[0]);
    expect(grid.get("A5")?.value).toBe(ITEMS[5].id);
    expect(grid.get("E5")?.value).toBe(ITEMS[5].name);
    expect(grid.get("A10")?.value).toBe(ITEMS[0].id);
  });

  it("matches ids leniently and writes the canonical id back", () => {
    const values = dataRows(insertedValues());
    values[0][0] = "ec:ict:ict:1c";
    const grid = planGrid(planUpdate(OPTIONS, { rows: values, summary: SUMMARY }).plan.sheets[0]);
    expect(grid.get("A5")?.value).toBe("EC: ICT: ICT: 1C");
  });

  it("leaves rows the catalog does not know (and blank rows) exactly as they are", () => {
    const values = dataRows(insertedValues());
    const own = DATA_COLUMNS.map((c) =>
      c.key === "id" ? "MY: OWN: 1" : c.key === "kpi" ? "Local KPI" : ""
    );
    values.splice(
      2,
      0,
      own,
      DATA_COLUMNS.map(() => null)
    );
    const update = planUpdate(OPTIONS, { rows: values, summary: SUMMARY });
    const grid = planGrid(update.plan.sheets[0]);
    for (const row of [7, 8]) {
      for (const col of ["A", "B", "E", "J", "K", "R", "S", "T"])
        expect(grid.get(`${col}${row}`)).toBeUndefined();
    }
    expect(update.plan.ids.slice(1, 4)).toEqual([ITEMS[1].id, "", ""]);
    expect(update.append).toBeNull();
  });

  it.each([
    ["both blank", { city: "", year: null }, ["B2", "B3"]],
    ["city typed", { city: "Bergen", year: "" }, ["B3"]],
    ["both typed", { city: "Bergen", year: 2020 }, []],
  ])("writes the Summary's city and year only where blank (%s)", (_, summary, written) => {
    const update = planUpdate(OPTIONS, { rows: dataRows(insertedValues()), summary });
    const inputs = update.plan.sheets[1].blocks
      .filter((b) => b.role === "input")
      .map((b) => b.address);
    expect(inputs).toEqual(written);
    expect(update.plan.sheets[1].formats.some((f) => f.role === "input")).toBe(false);
  });

  it("plans the whole Summary (city and year included) when the sheet is missing", () => {
    const update = planUpdate(OPTIONS, { rows: dataRows(insertedValues()), summary: null });
    const grid = planGrid(update.plan.sheets[1]);
    expect([grid.get("B2")?.value, grid.get("B3")?.value]).toEqual(["Stavanger", 2022]);
    expect(update.plan.sheets[1].chart).not.toBeNull();
  });
});

describe("planUpdate and the translation columns AI–AJ", () => {
  const FR: TemplateOptions = { ...OPTIONS, lang: "fr" };
  /** Columns (1-based) any data-sheet block or format of a plan touches. */
  const touched = (update: ReturnType<typeof planUpdate>) =>
    new Set(
      [...update.plan.sheets[0].blocks, ...update.plan.sheets[0].formats].flatMap((b) => {
        const { firstColumn, columnCount } = parseRange(b.address);
        return Array.from({ length: columnCount }, (_, i) => firstColumn + i);
      })
    );

  it("rewrites them, header and rows, where their headers stand, within what the plan owns", () => {
    const update = planUpdate(FR, {
      rows: dataRows(insertedValues("all", "fr")),
      summary: SUMMARY,
      translationColumns: true,
    });
    const grid = planGrid(update.plan.sheets[0]);
    expect(grid.get("AI4")?.value).toBe("Indicateur (traduction non officielle)");
    expect(grid.get("AI5")?.value).toBe("Accès des ménages à Internet");
    expect(update.plan.sheets[0].table?.address).toBe("A4:AJ116");
    update.plan.sheets.forEach((sheet, i) =>
      expect(writesOutside(sheet, update.plan.ownership[i])).toEqual([])
    );
  });

  it("never adds them to a workbook without them (nothing planned in AI or AJ), even in French", () => {
    const older = dataRows(insertedValues("core", "fr")).map((row) =>
      row.slice(0, DATA_COLUMNS.length)
    );
    const update = planUpdate(FR, { rows: older, summary: SUMMARY });
    expect(update.append).not.toBeNull();
    const columns = touched(update);
    expect([columns.has(35), columns.has(36), columns.has(34)]).toEqual([false, false, true]);
    expect(update.plan.sheets[0].table?.address).toBe("A4:AH116");
    expect(update.plan.ownership[0].cells.some((range) => /A[IJ]/.test(range))).toBe(false);
  });

  it("plans them for the rows it adds when the sheet has them", () => {
    const update = planUpdate(FR, {
      rows: dataRows(insertedValues("core", "fr")),
      summary: SUMMARY,
      translationColumns: true,
    });
    const added = ITEMS.findIndex((item) => item.type === "advanced");
    const row = 5 + ITEMS.filter((item) => item.type === "core").length;
    expect(update.append?.address.startsWith(`A${row}:`)).toBe(true);
    expect(planGrid(update.plan.sheets[0]).get(`AJ${row}`)?.value).toBe(
      localizedItemText(ITEMS[added], "fr").unit
    );
  });
});

describe("rowsForUpdate", () => {
  it("returns every sheet row from row 5 to the last, blank rows included, in template column order", () => {
    const values = insertedValues("core");
    values.splice(
      6,
      1,
      DATA_COLUMNS.map(() => "")
    );
    const located = locateRows(values, { row: 1, column: 1 });
    if (!located) throw new Error("template not located");
    const rows = rowsForUpdate(located, 72);
    expect(rows).toHaveLength(68);
    expect(rows[0][0]).toBe(ITEMS[0].id);
    expect(rows[2].every((cell) => cell === null || cell === "")).toBe(true);
    expect(rows[67].every((cell) => cell === null)).toBe(true);
  });
});
