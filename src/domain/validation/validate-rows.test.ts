import fc from "fast-check";
import { ITEMS } from "../catalog";
import type { Issue } from "./issue";
import { compareSeverity } from "./issue";
import { validateRows } from "./validate-rows";
import type { KpiRow } from "./validate-rows";

/** Issues as `code@row:item` for compact tables. */
const brief = (issues: readonly Issue[]): string[] =>
  issues.map((issue) => `${issue.code}@${issue.row ?? "-"}:${issue.itemId}`);

describe("validateRows (the pane's Check, docs/scoring.md §3)", () => {
  it("finds nothing wrong with good rows that have targets", () => {
    const rows: KpiRow[] = [
      { id: "EC: ICT: ICT: 1C", value: 97, year: 2020, quality: "Based on accurate measurements" },
      { id: "EC: ICT: ICT: 2C", value: "84.51 %", target: 90 },
      { id: "SC: SH: SA: 3A", value: "No" },
    ];
    expect(validateRows(rows, { reportingYear: 2021 })).toEqual([]);
  });

  it("puts the row index on every per-row issue, and skips rows with a blank id", () => {
    const rows: KpiRow[] = [
      { id: null, value: "junk" },
      { id: "EC: ICT: ICT: 1C", value: 140 },
      { id: "  ", value: 5 },
      { id: "NOPE", value: 5 },
      { id: "EC: ICT: ICT: 3C", value: "NR" },
    ];
    expect(brief(validateRows(rows))).toEqual([
      "OUT_OF_RANGE@1:EC: ICT: ICT: 1C",
      "UNKNOWN_ID@3:NOPE",
      "MISSING@4:EC: ICT: ICT: 3C",
    ]);
  });

  it.each<[string, KpiRow, string[]]>([
    [
      "a blank target and no default",
      { id: "EC: ICT: ICT: 2C", value: 50 },
      ["NO_TARGET@0:EC: ICT: ICT: 2C"],
    ],
    ["a blank target with a default", { id: "EC: ICT: ICT: 1C", value: 50 }, []],
    [
      "direction none",
      { id: "EC: I: T: 4A/PARA", value: 5, target: 3 },
      ["NO_TARGET@0:EC: I: T: 4A/PARA"],
    ],
    [
      "a target that is text",
      { id: "EC: ICT: ICT: 2C", value: 50, target: "high" },
      ["NOT_NUMERIC@0:EC: ICT: ICT: 2C"],
    ],
    [
      "a missing value and no target",
      { id: "EC: ICT: ICT: 2C", value: null },
      ["MISSING@0:EC: ICT: ICT: 2C", "NO_TARGET@0:EC: ICT: ICT: 2C"],
    ],
  ])("reports the target of %s", (_, row, expected) => {
    expect(brief(validateRows([row]))).toEqual(expected);
  });

  it("marks the text target with field target", () => {
    const [issue] = validateRows([{ id: "EC: ICT: ICT: 2C", value: 50, target: "high" }]);
    expect(issue.params).toEqual({ item: "EC: ICT: ICT: 2C", raw: "high", field: "target" });
  });

  it("reports DUPLICATE on each row of an item entered twice, under any spelling of its id", () => {
    const rows: KpiRow[] = [
      { id: "EC: ICT: ICT: 1C", value: 97 },
      { id: "EC: I: WS: 1C", value: 100 },
      { id: "ec:ict:ict:1c", value: 96 },
    ];
    const issues = validateRows(rows);
    expect(brief(issues)).toEqual(["DUPLICATE@0:EC: ICT: ICT: 1C", "DUPLICATE@2:EC: ICT: ICT: 1C"]);
    expect(issues[0].params).toEqual({ item: "EC: ICT: ICT: 1C", count: 2 });
  });

  it("reports INCONSISTENT items with both values", () => {
    const rows: KpiRow[] = [
      { id: "EC: ICT: ICT: 1C", value: 80 },
      { id: "EC: ICT: ICT: 2C", value: 90, target: 100 },
    ];
    const issues = validateRows(rows);
    expect(brief(issues)).toEqual(["INCONSISTENT@1:EC: ICT: ICT: 2C"]);
    expect(issues[0].params).toMatchObject({
      value: 90,
      otherItem: "EC: ICT: ICT: 1C",
      otherValue: 80,
    });
  });

  it("leaves values with errors and duplicated items out of the cross-item rules", () => {
    const rows: KpiRow[] = [
      { id: "EC: ICT: ICT: 1C", value: 80, year: 2030 }, // FUTURE_YEAR: an error
      { id: "EC: ICT: ICT: 2C", value: 90, target: 100 },
      { id: "EC: I: WS: 1C", value: 50 },
      { id: "EC: I: WS: 2C", value: 60 },
      { id: "EC: I: WS: 2C", value: 40 },
    ];
    const codes = validateRows(rows, { reportingYear: 2024 }).map((issue) => issue.code);
    expect(codes).not.toContain("INCONSISTENT");
  });

  it("does not let a bad target keep a good value out of the cross-item rules", () => {
    const rows: KpiRow[] = [
      { id: "EC: ICT: ICT: 1C", value: 80, target: "??" },
      { id: "EC: ICT: ICT: 2C", value: 90, target: 100 },
    ];
    expect(brief(validateRows(rows))).toEqual([
      "NOT_NUMERIC@0:EC: ICT: ICT: 1C",
      "INCONSISTENT@1:EC: ICT: ICT: 2C",
    ]);
  });

  it("reports FRACTION_SCALE once for the sheet when every percentage is a fraction", () => {
    const rows: KpiRow[] = [
      { id: "EC: ICT: ICT: 1C", value: 0.97 },
      { id: "EC: I: WS: 1C", value: 1 },
      { id: "EC: ICT: ICT: 3C", value: 0.5 }, // per 100 000 inhabitants: not a percentage
    ];
    const issues = validateRows(rows);
    expect(brief(issues)).toEqual(["FRACTION_SCALE@-:"]);
    expect(issues[0].params).toEqual({ count: 2 });
  });

  it("uses the reporting year for STALE and FUTURE_YEAR, and ignores one that is not a year", () => {
    const rows: KpiRow[] = [
      { id: "EC: ICT: ICT: 1C", value: 97, year: 2015 },
      { id: "EC: I: WS: 1C", value: 100, year: 2025 },
    ];
    expect(brief(validateRows(rows, { reportingYear: 2021 }))).toEqual([
      "FUTURE_YEAR@1:EC: I: WS: 1C",
      "STALE@0:EC: ICT: ICT: 1C",
    ]);
    expect(validateRows(rows, { reportingYear: 2021, staleAfterYears: 6 })).toHaveLength(1);
    expect(validateRows(rows, { reportingYear: null })).toEqual([]);
    expect(validateRows(rows, { reportingYear: 44197 })).toEqual([]);
  });

  it("sorts most severe first, the sheet-level issue before rows, then by row", () => {
    const rows: KpiRow[] = [
      { id: "EC: ICT: ICT: 2C", value: 0.2 },
      { id: "EC: ICT: ICT: 1C", value: 0.5, quality: "Personal estimation" },
      { id: "x", value: 1 },
    ];
    expect(brief(validateRows(rows))).toEqual([
      "UNKNOWN_ID@2:x",
      "FRACTION_SCALE@-:",
      "LOW_QUALITY@1:EC: ICT: ICT: 1C",
      "NO_TARGET@0:EC: ICT: ICT: 2C",
    ]);
  });
});

describe("validateRows properties", () => {
  const cell = fc.oneof(
    fc.constantFrom(
      null,
      "",
      "NR",
      "97 %",
      "1,234",
      "Yes",
      "#N/A",
      "12 Minutes",
      0.3,
      0.9,
      1,
      50,
      120,
      -1,
      2019,
      2030
    ),
    fc.double({ min: -10, max: 200, noNaN: true })
  );
  const id = fc.oneof(
    fc.constantFrom(...ITEMS.slice(0, 50).map((item) => item.id)),
    fc.constantFrom(
      "EC: I: T: 4A/PUBLIC",
      "EC: I: T: 4A/PRIVATE",
      "EN: EN: WA: 1C/RECYCLED",
      "EN: EN: WA: 1C/LANDFILL"
    ),
    fc.constantFrom("", "bogus", null)
  );
  const row: fc.Arbitrary<KpiRow> = fc.record({
    id,
    value: cell,
    year: fc.constantFrom(null, 2010, 2020, 2030, "x"),
    quality: fc.constantFrom(null, "Personal estimation"),
    target: fc.constantFrom(null, 50, "high", 150),
  });
  const rows = fc.array(row, { maxLength: 25 });

  it("gives the same issues whatever the order of the rows, apart from the row indexes", () => {
    const canonical = (issues: readonly Issue[]): string[] =>
      issues.map((issue) => JSON.stringify(issue)).sort();
    fc.assert(
      fc.property(
        rows.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(
              list.map((_, i) => i),
              { minLength: list.length }
            )
          )
        ),
        ([list, order]) => {
          const shuffled = order.map((index) => list[index]);
          const back = validateRows(shuffled, { reportingYear: 2024 }).map((issue) =>
            issue.row === undefined ? issue : { ...issue, row: order[issue.row] }
          );
          expect(canonical(back)).toEqual(canonical(validateRows(list, { reportingYear: 2024 })));
        }
      )
    );
  });

  it("lists issues most severe first, with a row on every issue but FRACTION_SCALE", () => {
    fc.assert(
      fc.property(rows, (list) => {
        const issues = validateRows(list, { reportingYear: 2024 });
        expect(issues).toEqual([...issues].sort(compareSeverity));
        for (const issue of issues) {
          if (issue.code === "FRACTION_SCALE") expect(issue.row).toBeUndefined();
          else expect(issue.row).toEqual(expect.any(Number));
        }
      })
    );
  });
});
