import { ITEMS } from "../catalog";
import type { RawCell } from "../workbook/workbook-port";
import { LABELS } from "./labels";
import { DATA_COLUMNS } from "./layout";
import { locateRows } from "./locate-rows";
import { insertedValues } from "./inserted-values.fixture";

const ORIGIN = { row: 1, column: 1 };
const codes = (values: RawCell[][], origin = ORIGIN) =>
  locateRows(values, origin)?.problems.map((p) => p.code);

describe("locateRows", () => {
  it.each(["en", "fr", "ru"] as const)(
    "finds the header and every row of a fresh template (%s)",
    (lang) => {
      const located = locateRows(insertedValues("all", lang), ORIGIN);
      expect(located?.headerRow).toBe(4);
      expect(located?.lang).toBe(lang);
      expect(located?.exactLayout).toBe(true);
      expect(located?.problems).toEqual([]);
      expect(located?.rows.map((row) => row.cells.id)).toEqual(ITEMS.map((item) => item.id));
      expect(located?.rows.map((row) => row.row)).toEqual(ITEMS.map((_, i) => 5 + i));
    }
  );

  it("accepts a core template as complete", () => {
    expect(codes(insertedValues("core"))).toEqual([]);
  });

  it("places rows and columns by the used range's origin (two columns inserted before the table)", () => {
    const located = locateRows(insertedValues().slice(3), { row: 4, column: 3 });
    expect(located?.headerRow).toBe(4);
    expect(located?.columns.id).toBe(3);
    expect(located?.columns.value).toBe(13);
    expect(located?.rows[0]).toEqual({
      row: 5,
      cells: expect.objectContaining({ id: ITEMS[0].id }),
    });
    expect(located?.problems.every((p) => p.code === "MOVED_COLUMN")).toBe(true);
    expect(located?.exactLayout).toBe(false);
  });

  it("needs the header in row 4 for an exact layout", () => {
    const located = locateRows([DATA_COLUMNS.map(() => ""), ...insertedValues()], ORIGIN);
    expect(located?.headerRow).toBe(5);
    expect(located?.problems).toEqual([]);
    expect(located?.exactLayout).toBe(false);
  });

  it("follows a moved column by its header and says it moved", () => {
    const values = insertedValues().map((row) => {
      const copy = [...row];
      [copy[10], copy[12]] = [copy[12], copy[10]]; // Value and Data quality swapped
      return copy;
    });
    values[4][12] = 42;
    const located = locateRows(values, ORIGIN);
    expect(located?.rows[0].cells.value).toBe(42);
    expect(located?.exactLayout).toBe(false);
    expect(located?.problems).toContainEqual({
      code: "MOVED_COLUMN",
      header: "Value",
      expected: "K",
      actual: "M",
    });
  });

  it("reports a renamed input column and reads the others", () => {
    const values = insertedValues();
    values[3][11] = "Jahr";
    values[4][10] = 12;
    const located = locateRows(values, ORIGIN);
    expect(located?.problems).toContainEqual({ code: "MISSING_COLUMN", header: "Year" });
    expect(located?.rows[0].cells.value).toBe(12);
    expect("year" in (located?.rows[0].cells ?? {})).toBe(false);
  });

  it.each([
    ["no header at all", (v: RawCell[][]) => v.map((row) => row.map(() => ""))],
    ["the id header renamed", (v: RawCell[][]) => ((v[3][0] = "Code"), v)],
    ["the value header renamed", (v: RawCell[][]) => ((v[3][10] = "Wert"), v)],
  ])("gives up with %s", (_, damage) => {
    expect(locateRows(damage(insertedValues()), ORIGIN)).toBeUndefined();
  });

  it("reports deleted rows by their ids", () => {
    const values = insertedValues();
    values.splice(5, 2);
    const located = locateRows(values, ORIGIN);
    expect(located?.problems).toEqual([{ code: "ROWS_MISSING", ids: [ITEMS[1].id, ITEMS[2].id] }]);
  });

  it("accepts the one block Update appends below (core rows, then the advanced items)", () => {
    const core = insertedValues("core");
    const advanced = insertedValues("all")
      .slice(4)
      .filter((row) => !core.some((c) => c[0] === row[0]));
    expect(codes([...core, ...advanced])).toEqual([]);
  });

  it("reports rows out of the template's order", () => {
    const values = insertedValues();
    [values[4], values[9]] = [values[9], values[4]];
    expect(codes(values)).toEqual(["ROWS_REORDERED"]);
  });

  it("keeps a row with entries but no id, and says so; skips rows with neither", () => {
    const values = insertedValues();
    values.push(
      DATA_COLUMNS.map(() => ""),
      DATA_COLUMNS.map((c) => (c.key === "value" ? 7 : ""))
    );
    const located = locateRows(values, ORIGIN);
    expect(located?.problems).toEqual([{ code: "NO_ID", row: 118 }]);
    expect(located?.rows.at(-1)).toEqual({
      row: 118,
      cells: expect.objectContaining({ id: "", value: 7 }),
    });
    expect(located?.rows).toHaveLength(ITEMS.length + 1);
  });

  it("words no problem twice for a header found twice (the first one counts)", () => {
    const values = insertedValues().map((row) => [...row, ""]);
    values[3][20] = LABELS.en.headers.value;
    values[4][20] = 99;
    expect(locateRows(values, ORIGIN)?.rows[0].cells.value).toBe("");
  });

  it("treats the translation columns as optional: found in a French template, never missing in others", () => {
    const fr = locateRows(insertedValues("all", "fr"), { row: 1, column: 1 });
    expect(fr).toMatchObject({
      lang: "fr",
      problems: [],
      exactLayout: true,
      translationColumns: true,
    });
    const en = locateRows(insertedValues("all", "en"), { row: 1, column: 1 });
    expect(en).toMatchObject({ problems: [], exactLayout: true, translationColumns: false });
    // A French workbook made before them (34 columns): complete, exact, without translation columns.
    const older = insertedValues("all", "fr").map((row) => row.slice(0, DATA_COLUMNS.length));
    expect(locateRows(older, { row: 1, column: 1 })).toMatchObject({
      problems: [],
      exactLayout: true,
      translationColumns: false,
    });
  });

  it("does not count translation columns a user moved: Update then leaves them alone", () => {
    const values = insertedValues("all", "ru").map((row) => [
      ...row.slice(0, 34),
      "",
      ...row.slice(34),
    ]);
    const located = locateRows(values, { row: 1, column: 1 });
    expect(located).toMatchObject({ problems: [], exactLayout: true, translationColumns: false });
  });
});
