import { ITEMS, itemById } from "../catalog";
import type { TemplateOptions } from "../workbook/workbook-port";
import { columnLetter } from "./a1";
import { MESSAGE_TABLES } from "../messages";
import { LABELS } from "./labels";
import { DATA_COLUMNS, DATA_SHEET, DATA_TABLE, LISTS_SHEET, SUMMARY_SHEET } from "./layout";
import { planGrid } from "./plan-grid";
import { itemsInScope, planTemplate } from "./plan-template";
import type { SheetPlan } from "./plan-types";

const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  city: "Ålesund",
  reportingYear: 2024,
  scope: "all",
  lang: "en",
  ...over,
});
const ALL = planTemplate(options());
const CORE = planTemplate(options({ scope: "core" }));
const data = (plan = ALL) => plan.sheets[0];
const grids = new WeakMap<SheetPlan, ReturnType<typeof planGrid>>();
function gridOf(sheet: SheetPlan): ReturnType<typeof planGrid> {
  const grid = grids.get(sheet) ?? planGrid(sheet);
  grids.set(sheet, grid);
  return grid;
}
const at = (sheet: SheetPlan, address: string) => gridOf(sheet).get(address)?.value;

/** Every formula text in a sheet plan: formula cells, custom validation rules, conditional-format rules. */
function formulasOf(sheet: SheetPlan): string[] {
  const cells = [...planGrid(sheet).values()]
    .filter((c) => c.write === "formulas" && typeof c.value === "string" && c.value.startsWith("="))
    .map((c) => c.value as string);
  const rules = sheet.validations.flatMap((v) =>
    v.rule.kind === "custom" ? [v.rule.formula] : []
  );
  return [...cells, ...rules, ...sheet.conditionalFormats.map((c) => c.formula)];
}

/** Names called in a formula, string literals removed first ("NOT REPORTED" is no call). */
const calls = (formula: string) =>
  [...formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/gi)].map((m) =>
    m[1].toUpperCase()
  );

describe("planTemplate: rows", () => {
  it("lists every catalog item exactly once, in catalog order, for scope all", () => {
    expect(ALL.ids).toEqual(ITEMS.map((item) => item.id));
    expect(new Set(ALL.ids).size).toBe(ITEMS.length);
  });

  it("lists only the core items, each once, for scope core", () => {
    const core = ITEMS.filter((item) => item.type === "core").map((item) => item.id);
    expect(CORE.ids).toEqual(core);
    expect(CORE.ids.length).toBe(67);
    expect(CORE.ids.every((id) => itemById(id).type === "core")).toBe(true);
  });

  it.each([
    ["all", ALL],
    ["core", CORE],
  ])("writes the id of row i in A(5 + i) and sizes the table to the rows (%s)", (_, plan) => {
    plan.ids.forEach((id, i) => expect(at(data(plan), `A${5 + i}`)).toBe(id));
    expect(at(data(plan), `A${5 + plan.ids.length}`)).toBeUndefined();
    expect(data(plan).table).toEqual({
      name: DATA_TABLE,
      address: `A4:AH${4 + plan.ids.length}`,
      style: "TableStyleLight9",
    });
  });

  it("names its three sheets in order", () => {
    expect(ALL.sheets.map((s) => s.name)).toEqual([DATA_SHEET, SUMMARY_SHEET, LISTS_SHEET]);
  });

  it("writes the header row in the label language, with each column's role", () => {
    for (const lang of ["en", "fr", "ru"] as const) {
      const grid = planGrid(data(planTemplate(options({ lang }))));
      DATA_COLUMNS.forEach((column, i) => {
        const header = grid.get(`${columnLetter(i + 1)}4`);
        expect(header?.value).toBe(LABELS[lang].headers[column.key]);
      });
    }
    const roles = DATA_COLUMNS.map((c) => planGrid(data()).get(`${columnLetter(c.index)}5`)?.role);
    expect(roles).toEqual([
      ...Array(10).fill("reference"),
      ...Array(7).fill("input"),
      ...Array(3).fill("formula"),
      ...Array(5).fill("reference"),
      ...Array(9).fill("formula"),
    ]);
  });

  it.each([
    [
      "EC: ICT: ICT: 1C",
      [
        "Economy",
        "ICT",
        "ICT Infrastructure",
        "Household Internet Access",
        "",
        "percentage of households",
        "Core",
        "17 (17.8.1)",
        "0–100",
      ],
    ],
    [
      "EC: I: UP: 2A/COMPACT",
      [
        "Economy",
        "Infrastructure",
        "Urban Planning",
        expect.any(String),
        expect.any(String),
        "yes/no",
        "Advanced",
        expect.any(String),
        "Yes / No",
      ],
    ],
  ])("writes the reference cells of %s", (id, expected) => {
    const row = 5 + ALL.ids.indexOf(id);
    expect(
      ["B", "C", "D", "E", "F", "G", "H", "I", "J"].map((col) => at(data(), `${col}${row}`))
    ).toEqual(expected);
  });

  it("prefills Target with the default (or nothing) and Target basis with its basis, inputs otherwise empty", () => {
    const grid = planGrid(data());
    itemsInScope("all").forEach((item, i) => {
      const row = 5 + i;
      expect(["K", "L", "M", "N", "O"].map((col) => grid.get(`${col}${row}`)?.value)).toEqual([
        "",
        "",
        "",
        "",
        "",
      ]);
      const scored = item.direction !== "none";
      expect(grid.get(`P${row}`)?.value).toBe(
        scored && item.defaultTarget ? item.defaultTarget.target : ""
      );
      const basis = !scored
        ? LABELS.en.notScored
        : (item.defaultTarget?.basis ?? LABELS.en.noDefaultTarget);
      expect(grid.get(`Q${row}`)?.value).toBe(basis);
    });
  });
});

describe("planTemplate: formulas", () => {
  it("gives row 5 its Status, Score and Points from the row's visible method columns", () => {
    expect(at(data(), "AH5")).toMatch(
      /^=IF\(OR\(AA5="CELL_ERROR",AC5="CELL_ERROR"\),", Cell error",""\)&/
    );
    expect(at(data(), "R5")).toBe(`=IF(AH5="","OK",MID(AH5,3,1000))`);
    expect(at(data(), "S5")).toBe(`=IF(ISNUMBER(AF5),100*MIN(MAX(AF5,0),1),"")`);
    expect(at(data(), "T5")).toBe(
      `=IF(ISNUMBER(AF5),IF(AF5>=0.95,4,IF(AF5>=0.66,3,IF(AF5>=0.33,2,1))),"")`
    );
    expect(at(data(), "AE5")).toBe(`=IF(AC5="NO_TARGET",0,1)`);
  });

  it("writes each item's method inputs in U–Y: direction, bounds, default target, worst goalpost", () => {
    ALL.ids.forEach((id, i) => {
      const item = itemById(id);
      expect(["U", "V", "W", "X", "Y"].map((col) => at(data(), `${col}${5 + i}`))).toEqual([
        LABELS[ALL.options.lang].directions[item.direction],
        item.min ?? "",
        item.max ?? "",
        item.defaultTarget?.target ?? "",
        item.defaultTarget?.worst ?? "",
      ]);
    });
  });

  it.each(["en", "fr", "ru"] as const)(
    "words Status with the message tables' flag names (%s)",
    (lang) => {
      const status = String(at(data(planTemplate(options({ lang }))), "AH5"));
      for (const name of Object.values(MESSAGE_TABLES[lang].flagNames))
        expect(status).toContain(`", ${name}"`);
    }
  );

  it("makes every row's formulas read only that row (and the Summary's reporting year)", () => {
    const grid = planGrid(data());
    ALL.ids.forEach((_, i) => {
      const row = 5 + i;
      for (const col of ["R", "S", "T", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH"]) {
        const formula = String(grid.get(`${col}${row}`)?.value)
          .replace(/'KPI Summary'!\$C\$3/g, "")
          .replace(/\{[^}]*\}/g, "");
        const rows = [...formula.replace(/"[^"]*"/g, "").matchAll(/\b[A-Z]+(\d+)\b/g)].map((m) =>
          Number(m[1])
        );
        expect(new Set(rows)).toEqual(new Set([row]));
      }
    });
  });

  // Excel 2010+ (Windows, Mac, web) and LibreOffice Calc all have these (docs/template.md, "Formulas").
  const PORTABLE = [
    ...[
      "AND",
      "OR",
      "NOT",
      "IF",
      "IFERROR",
      "ISBLANK",
      "ISNUMBER",
      "ISTEXT",
      "ISERROR",
      "ISLOGICAL",
    ],
    ...["TRIM", "LEFT", "MID", "LEN", "INT", "MIN", "MAX", "ABS", "CELL", "NA", "CHOOSE"],
    ...["SUMIFS", "COUNTIFS", "SUMPRODUCT"],
  ];

  it.each(["en", "fr", "ru"] as const)(
    "uses only portable built-ins, no KPI.* function (%s)",
    (lang) => {
      const plan = planTemplate(options({ lang }));
      const used = new Set(plan.sheets.flatMap(formulasOf).flatMap(calls));
      expect([...used].filter((name) => !PORTABLE.includes(name))).toEqual([]);
      expect(plan.sheets.flatMap(formulasOf).filter((f) => /KPI\./i.test(f))).toEqual([]);
    }
  );

  it("keeps custom functions out of validation and conditional-format rules (Excel ignores them there)", () => {
    const rules = [
      ...data().validations.flatMap((v) => (v.rule.kind === "custom" ? [v.rule.formula] : [])),
    ];
    rules.push(...data().conditionalFormats.map((c) => c.formula));
    expect(
      rules.filter((formula) => calls(formula).some((name) => name.startsWith("KPI.")))
    ).toEqual([]);
  });

  it("uses no structured references and no R1C1", () => {
    const all = ALL.sheets.flatMap(formulasOf);
    expect(all.filter((f) => /\[|R\d+C\d+/.test(f.replace(/"[^"]*"/g, "")))).toEqual([]);
  });
});
