import { ITEMS } from "../domain/catalog";
import { DATA_SHEET, LISTS_SHEET, SUMMARY_SHEET, qualified } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { fakeExcel } from "./fake-excel.fixture";
import type { FakeWorkbook } from "./fake-workbook.fixture";

const OPTIONS: TemplateOptions = { city: "Ålesund", reportingYear: 2024, scope: "all", lang: "en" };
const INPUT_COLUMNS = ["K", "L", "M", "N", "O", "P", "Q"];

/** Every input cell of the data sheet (rows 5…last) and the Summary's city and year, as the user sees them. */
function inputs(book: FakeWorkbook, lastRow: number): Record<string, unknown> {
  const data = book.must(DATA_SHEET);
  const summary = book.must(SUMMARY_SHEET);
  const cells: Record<string, unknown> = { B2: summary.shown("B2"), B3: summary.shown("B3") };
  for (let row = 5; row <= lastRow; row++) {
    for (const col of INPUT_COLUMNS) cells[`${col}${row}`] = data.shown(`${col}${row}`);
  }
  return cells;
}

/** What a statistician types: values, years, quality, sources, a contextualised target, a cleared one. */
function fill(book: FakeWorkbook): void {
  const data = book.must(DATA_SHEET);
  const typed: [string, string | number][] = [
    ["K5", 93],
    ["L5", 2021],
    ["M5", "Personal estimation"],
    ["N5", "Statistics Norway"],
    ["O5", "survey 2021"],
    ["P5", 95],
    ["Q5", "Ministry target 2030"],
    ["K6", "NR"],
    ["K7", "12.67 Minutes"],
    ["P8", ""],
    ["K60", 0],
  ];
  typed.forEach(([address, value]) => data.type(address, value));
  book.must(SUMMARY_SHEET).type("B2", "Bergen");
}

async function inserted(options: TemplateOptions = OPTIONS) {
  const fake = fakeExcel();
  const port = createExcelWorkbookPort(fake.host);
  const result = await port.insertTemplate(options);
  if (!result.ok) throw new Error(`insert failed: ${JSON.stringify(result.error)}`);
  return { ...fake, port };
}

describe("insert → fill → update → compare", () => {
  it("freezes the header rows and the id … KPI columns on insert; Update leaves the user's panes as they are", async () => {
    const { book, port } = await inserted();
    const data = book.must(DATA_SHEET);
    expect([data.frozenRows, data.frozenColumns]).toEqual([4, 5]);
    expect(book.must(SUMMARY_SHEET).frozenColumns).toBe(0);
    // Frozen panes of an existing sheet are the user's view (docs/data-safety.md): Update does not re-freeze them.
    data.frozenRows = 0;
    data.frozenColumns = 0;
    await port.updateTemplate({ ...OPTIONS, lang: "en" });
    expect([data.frozenRows, data.frozenColumns]).toEqual([0, 0]);
  });

  it("keeps every input cell identical and never writes one", async () => {
    const { book, port } = await inserted();
    fill(book);
    const before = inputs(book, 116);
    const syncsBefore = book.syncs;
    book.writes.length = 0;

    const result = await port.updateTemplate({
      ...OPTIONS,
      lang: "fr",
      city: "Oslo",
      reportingYear: 2030,
    });

    expect(result).toEqual({
      ok: true,
      value: {
        rows: 112,
        keptInputCells: expect.any(Number),
        sheets: [DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET],
      },
    });
    expect(book.syncs - syncsBefore).toBe(3);
    expect(inputs(book, 116)).toEqual(before);
    const written = book.writtenCells(DATA_SHEET);
    const inputAddresses = Object.keys(before)
      .filter((a) => a !== "B2" && a !== "B3")
      .map((a) => qualified(DATA_SHEET, a));
    expect(inputAddresses.filter((a) => written.has(a))).toEqual([]);
    expect(book.writtenCells(SUMMARY_SHEET).has(qualified(SUMMARY_SHEET, "B2"))).toBe(false);
  });

  it("refreshes labels, formulas and rules in place (French headers, same rules, one chart)", async () => {
    const { book, port } = await inserted();
    const data = book.must(DATA_SHEET);
    const rules = [data.validations.length, data.conditionalFormats.length];
    data.type("R5", "overwritten status");
    data.type("E5", "a KPI name typed over");
    await port.updateTemplate({ ...OPTIONS, lang: "fr" });
    expect(data.shown("K4")).toBe("Valeur");
    expect(data.shown("E5")).toBe(ITEMS[0].name);
    expect(String(data.shown("AH5"))).toMatch(/^=IF\(OR\(AA5="CELL_ERROR".*", Erreur de cellule"/);
    expect([data.validations.length, data.conditionalFormats.length]).toEqual(rules);
    expect(book.must(SUMMARY_SHEET).charts).toHaveLength(1);
    expect(book.must(LISTS_SHEET).shown("C5")).toBe("Oui");
  });

  it("reads back what was typed, with the Summary's year and city", async () => {
    const { book, port } = await inserted();
    fill(book);
    await port.updateTemplate(OPTIONS);
    const [writes, syncs] = [book.writes.length, book.syncs];
    const result = await port.readSheet();
    if (!result.ok) throw new Error(result.error.code);
    expect([book.writes.length, book.syncs - syncs]).toEqual([writes, 2]);
    expect(result.value.rows).toHaveLength(112);
    expect(result.value.rows[0]).toMatchObject({
      id: ITEMS[0].id,
      value: 93,
      year: 2021,
      quality: "Personal estimation",
      target: 95,
    });
    expect(result.value.rows[2].value).toBe("12.67 Minutes");
    expect([result.value.city, result.value.reportingYear]).toEqual(["Bergen", 2024]);
    expect(result.value.structureProblems).toEqual([]);
  });
});

describe("update with a changed sheet", () => {
  it("grows a core template to all items through the table, keeping the core rows' inputs", async () => {
    const { book, port } = await inserted({ ...OPTIONS, scope: "core" });
    fill(book);
    const before = inputs(book, 71);
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok && result.value.rows).toBe(112);
    expect(inputs(book, 71)).toEqual(before);
    expect(book.tables[0].address).toBe("A4:AH116");
    const read = await port.readSheet();
    expect(read.ok && read.value.structureProblems).toEqual([]);
    const ids = Array.from({ length: 112 }, (_, i) => book.must(DATA_SHEET).shown(`A${5 + i}`));
    expect(new Set(ids)).toEqual(new Set(ITEMS.map((item) => item.id)));
    expect(book.must(DATA_SHEET).validations.some((v) => v.address.endsWith("116"))).toBe(true);
  });

  it("appends the items of deleted rows and leaves the other rows' inputs where they are", async () => {
    const { book, port } = await inserted();
    fill(book);
    const data = book.must(DATA_SHEET);
    const deleted = [data.shown("A9"), data.shown("A10")];
    data.deleteRow(9);
    data.deleteRow(9);
    book.tables[0].address = "A4:AH114";
    const read = await port.readSheet();
    expect(read.ok && read.value.structureProblems).toEqual([
      expect.stringContaining("2 item(s) of the template are missing"),
    ]);
    const before = inputs(book, 114);
    await port.updateTemplate(OPTIONS);
    expect(inputs(book, 114)).toEqual(before);
    expect([data.shown("A115"), data.shown("A116")]).toEqual(deleted);
  });

  it("rewrites reference cells and rules from each row's own id after a sort", async () => {
    const { book, port } = await inserted();
    fill(book);
    const data = book.must(DATA_SHEET);
    const yesNoRow = 5 + ITEMS.findIndex((item) => item.direction === "yesno");
    data.swapRows(5, yesNoRow);
    await port.updateTemplate(OPTIONS);
    expect(data.shown(`K${yesNoRow}`)).toBe(93);
    expect(data.shown(`A${yesNoRow}`)).toBe(ITEMS[0].id);
    const ruleAt = (row: number) =>
      data.validations.find((v) => v.address.split(":")[0] === `K${row}`)?.rule;
    expect(ruleAt(5)).toEqual({ custom: { formula: expect.stringContaining(`OR(K5=0,K5=1)`) } });
    expect(ruleAt(yesNoRow)).toEqual({
      custom: { formula: expect.stringContaining(`K${yesNoRow}<=100`) },
    });
  });

  it("leaves a row the user added for a local indicator as it is", async () => {
    const { book, port } = await inserted();
    const data = book.must(DATA_SHEET);
    data.type("A117", "CITY: OWN: 1");
    data.type("E117", "Cycling satisfaction");
    data.type("K117", 7.5);
    await port.updateTemplate(OPTIONS);
    expect([data.shown("A117"), data.shown("E117"), data.shown("K117")]).toEqual([
      "CITY: OWN: 1",
      "Cycling satisfaction",
      7.5,
    ]);
    // Below the table: the user's row, not a cell of it written (docs/data-safety.md).
    expect(data.shown("R117")).toBe("");
    expect([...book.writtenCells(DATA_SHEET)].filter((a) => a.endsWith("117"))).toEqual([]);
  });

  it("re-creates a deleted Summary (with the options' city and year) and its chart", async () => {
    const { book, port } = await inserted();
    book.sheets.splice(book.sheets.indexOf(book.must(SUMMARY_SHEET)), 1);
    await port.updateTemplate({ ...OPTIONS, city: "Karmøy" });
    expect(book.must(SUMMARY_SHEET).shown("B2")).toBe("Karmøy");
    expect(book.must(SUMMARY_SHEET).charts).toHaveLength(1);
  });
});

describe("bad states: a clear code, nothing typed changed", () => {
  it.each([
    [
      "a protected data sheet",
      (book: FakeWorkbook) => (book.must(DATA_SHEET).protected = true),
      "PROTECTED",
    ],
    [
      "a renamed data sheet",
      (book: FakeWorkbook) => (book.must(DATA_SHEET).name = "Data 2024"),
      "NO_TEMPLATE",
    ],
    [
      "a moved column",
      (book: FakeWorkbook) => {
        book.must(DATA_SHEET).type("K4", "Notes");
        book.must(DATA_SHEET).type("O4", "Value");
      },
      "TEMPLATE_DAMAGED",
    ],
    [
      "cell-edit mode",
      (book: FakeWorkbook) =>
        (book.failNextSync = Object.assign(new Error("edit"), {
          code: "InvalidOperationInCellEditMode",
        })),
      "CELL_EDIT_MODE",
    ],
  ])("update refuses %s and writes nothing", async (_, damage, code) => {
    const { book, port } = await inserted();
    fill(book);
    damage(book);
    book.writes.length = 0;
    const result = await port.updateTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe(code);
    expect(book.writes).toEqual([]);
  });

  it("insert refuses a workbook that has the template, and changes nothing", async () => {
    const { book, port } = await inserted();
    fill(book);
    book.writes.length = 0;
    const result = await port.insertTemplate(OPTIONS);
    expect(result.ok ? "ok" : result.error.code).toBe("TEMPLATE_EXISTS");
    expect(book.writes).toEqual([]);
  });

  it("reads a workbook without the template as NO_TEMPLATE", async () => {
    const result = await createExcelWorkbookPort(fakeExcel().host).readSheet();
    expect(result.ok ? "ok" : result.error.code).toBe("NO_TEMPLATE");
  });
});
