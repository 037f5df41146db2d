import { itemById } from "../catalog";
import type { RawCell, TemplateOptions } from "../workbook/workbook-port";
import { insertedValues } from "./inserted-values.fixture";
import { DATA_COLUMNS, dataColumn } from "./layout";
import { dataSheetOwnership, inRanges, writesOutside } from "./ownership";
import { planTemplate } from "./plan-template";
import { planUpdate } from "./plan-update";

const OPTIONS: TemplateOptions = { city: "Oslo", reportingYear: 2024, scope: "all", lang: "en" };
const SUMMARY = { city: "Oslo", year: 2024 };
const dataRows = (values: RawCell[][]) => values.slice(4);
const userRow = () => DATA_COLUMNS.map((c) => (c.key === "kpi" ? "Our own indicator" : ""));

describe("every plan writes only what it owns", () => {
  it.each([
    ["core", "en"],
    ["all", "fr"],
    ["all", "ru"],
  ] as const)("insert (%s, %s)", (scope, lang) => {
    const plan = planTemplate({ ...OPTIONS, scope, lang });
    plan.sheets.forEach((sheet, i) => expect(writesOutside(sheet, plan.ownership[i])).toEqual([]));
    expect(plan.ownership.map((o) => o.created)).toEqual([true, true, true]);
  });

  it("update with user rows in the middle, blank rows and items to add", () => {
    const rows = dataRows(insertedValues("core"));
    rows.splice(
      3,
      0,
      userRow(),
      DATA_COLUMNS.map(() => null)
    );
    rows.splice(20, 0, userRow());
    const update = planUpdate(OPTIONS, { rows, summary: SUMMARY });
    const { plan } = update;
    plan.sheets.forEach((sheet, i) => expect(writesOutside(sheet, plan.ownership[i])).toEqual([]));
    // Sheet settings of existing sheets are the user's: no widths, no frozen rows.
    expect(plan.sheets.map((s) => [s.columnWidths.length, s.freezeRows])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(update.append).not.toBeNull();
  });

  it("re-created sheets are the template's again", () => {
    const update = planUpdate(OPTIONS, {
      rows: dataRows(insertedValues()),
      summary: null,
      listsExist: false,
    });
    expect(update.plan.ownership.map((o) => o.created)).toEqual([false, true, true]);
    expect(update.plan.sheets[1].columnWidths.length).toBeGreaterThan(0);
  });

  it("catches a plan that writes outside (the check can fail)", () => {
    const plan = planTemplate(OPTIONS);
    const owner = dataSheetOwnership([null], 1);
    expect(writesOutside(plan.sheets[0], owner)).toContain("A5:J116");
  });
});

describe("dataSheetOwnership", () => {
  const item = itemById("EC: ICT: ICT: 1C");
  const owner = dataSheetOwnership([item, null, item, item], 3);
  const owns = (key: Parameters<typeof dataColumn>[0], row: number) =>
    inRanges(owner.cells, row, dataColumn(key));

  it("owns reference and formula cells of catalog rows, never their input cells", () => {
    expect([owns("id", 5), owns("allowed", 5), owns("status", 5), owns("points", 5)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([owns("value", 5), owns("targetBasis", 7)]).toEqual([false, false]);
  });

  it("owns no cell of a user's row, and every cell of an added row", () => {
    expect(DATA_COLUMNS.some((c) => owns(c.key, 6))).toBe(false);
    expect(DATA_COLUMNS.every((c) => owns(c.key, 8))).toBe(true);
    expect(inRanges(owner.rules, 6, dataColumn("value"))).toBe(false);
    expect(inRanges(owner.rules, 7, dataColumn("year"))).toBe(true);
  });

  it("owns nothing below the rows or right of the template's columns", () => {
    expect(inRanges(owner.cells, 9, 1)).toBe(false);
    expect(inRanges(owner.cells, 5, DATA_COLUMNS.length + 1)).toBe(false);
    expect(inRanges(owner.cells, 3, 1)).toBe(false); // row 3: between title and header
  });
});

describe("room for added items", () => {
  const rows = dataRows(insertedValues("core"));
  const added = 112 - rows.length;

  it("is there when the rows below the table are blank", () => {
    const below = Array.from({ length: added }, () => DATA_COLUMNS.map(() => ""));
    expect(planUpdate(OPTIONS, { rows, summary: SUMMARY, below }).noRoom).toBeNull();
  });

  it("is not when a user's cell (even a formula showing nothing) is in the way", () => {
    const below = Array.from({ length: added }, () => DATA_COLUMNS.map((): RawCell => ""));
    below[3][4] = '=IF(1,"")';
    const update = planUpdate(OPTIONS, { rows, summary: SUMMARY, below });
    expect(update.noRoom).toBe(`E${5 + rows.length + 3}`);
  });

  it("ignores cells right of the template's columns and rows past what is added", () => {
    const below = Array.from({ length: added + 2 }, () => DATA_COLUMNS.map((): RawCell => ""));
    below[0].push("a note in column U");
    below[added][0] = "a row further down";
    expect(planUpdate(OPTIONS, { rows, summary: SUMMARY, below }).noRoom).toBeNull();
  });
});
