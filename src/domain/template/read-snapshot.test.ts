import { ITEMS } from "../catalog";
import { insertedValues } from "./inserted-values.fixture";
import { snapshotFromRead } from "./read-snapshot";

const read = (over: Partial<Parameters<typeof snapshotFromRead>[0]> = {}) =>
  snapshotFromRead({
    address: "'KPI Data'!A1:T116",
    values: insertedValues(),
    summary: [["Karmøy"], [2021]],
    ...over,
  });

describe("snapshotFromRead", () => {
  it("maps every row with sheet-qualified addresses of its input cells", () => {
    const values = insertedValues();
    values[4][10] = 93.5;
    values[4][11] = 2020;
    values[4][12] = "Personal estimation";
    const snapshot = read({ values });
    expect(snapshot?.rows).toHaveLength(ITEMS.length);
    expect(snapshot?.rows[0]).toEqual({
      id: ITEMS[0].id,
      value: 93.5,
      year: 2020,
      quality: "Personal estimation",
      target: ITEMS[0].defaultTarget?.target,
      targetBasis: ITEMS[0].defaultTarget?.basis,
      address: {
        id: "'KPI Data'!A5",
        value: "'KPI Data'!K5",
        year: "'KPI Data'!L5",
        quality: "'KPI Data'!M5",
        target: "'KPI Data'!P5",
      },
    });
    expect(snapshot?.structureProblems).toEqual([]);
  });

  it("marks Value and Target cells whose number format is a percentage (read in the same load)", () => {
    const values = insertedValues();
    values[4][10] = 0.21;
    const numberFormats = values.map((row) => row.map(() => "General"));
    numberFormats[4][10] = "0%";
    numberFormats[5][15] = "0.00%";
    numberFormats[6][10] = '0" %"';
    const rows = read({ values, numberFormats })?.rows ?? [];
    expect([rows[0].valuePercent, rows[0].targetPercent]).toEqual([true, false]);
    expect([rows[1].valuePercent, rows[1].targetPercent]).toEqual([false, true]);
    expect(rows[2].valuePercent).toBeUndefined();
  });

  it.each([
    [2021, 2021],
    [" 2019 ", 2019],
    ["", null],
    [null, null],
    [44197, null],
    ["next year", null],
  ])("reads the reporting year %p as %p", (year, expected) => {
    expect(read({ summary: [["Karmøy"], [year]] })?.reportingYear).toBe(expected);
  });

  it.each([
    [" Ålesund ", "Ålesund"],
    [null, ""],
    [2021, "2021"],
  ])("reads the city %p as %p", (city, expected) => {
    expect(read({ summary: [[city], [2021]] })?.city).toBe(expected);
  });

  it("says, in the sheet's language, that the Summary is missing", () => {
    const snapshot = read({ summary: null, values: insertedValues("all", "fr") });
    expect(snapshot?.reportingYear).toBeNull();
    expect(snapshot?.city).toBe("");
    expect(snapshot?.structureProblems).toEqual([
      expect.stringContaining("« KPI Summary » est introuvable"),
    ]);
  });

  it("falls back to the id cell's address for a missing column", () => {
    const values = insertedValues();
    values[3][11] = "Jahr";
    const snapshot = read({ values });
    expect(snapshot?.rows[0].address.year).toBe("'KPI Data'!A5");
    expect(snapshot?.rows[0].year).toBeUndefined();
    expect(snapshot?.structureProblems).toEqual([expect.stringContaining('"Year"')]);
  });

  it("is undefined for a sheet without the header row", () => {
    expect(read({ values: [["something else"]] })).toBeUndefined();
  });
});
