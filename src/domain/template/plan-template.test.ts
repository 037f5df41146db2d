import { ITEMS, itemById } from "../catalog";
import type { TemplateOptions } from "../workbook/workbook-port";
import { columnLetter } from "./a1";
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
      address: `A4:T${4 + plan.ids.length}`,
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
  it("gives row 5 its Status, Score and Points formulas", () => {
    expect(at(data(), "R5")).toBe(
      `=KPI.CHECK(A5,IF(ISBLANK(K5),"",K5),IF(ISBLANK(L5),"",L5),IF(ISBLANK(M5),"",M5),IF(ISBLANK('KPI Summary'!$B$3),"",'KPI Summary'!$B$3))`
    );
    expect(at(data(), "S5")).toMatch(
      /^=IF\(OR\(ISBLANK\(K5\),TRIM\(K5\)="NR",.*\),"",IF\(ISBLANK\(P5\),KPI\.SCORE\(A5,K5\),KPI\.SCORE\(A5,K5,,P5\)\)\)$/
    );
    expect(at(data(), "T5")).toMatch(
      /,"",IF\(ISBLANK\(P5\),KPI\.POINTS\(A5,K5\),KPI\.POINTS\(A5,K5,P5\)\)\)$/
    );
  });

  it("makes every row's formulas read only that row (and the Summary's reporting year)", () => {
    const grid = planGrid(data());
    ALL.ids.forEach((_, i) => {
      const row = 5 + i;
      for (const col of ["R", "S", "T"]) {
        const formula = String(grid.get(`${col}${row}`)?.value).replace(
          /'KPI Summary'!\$B\$3/g,
          ""
        );
        const rows = [...formula.replace(/"[^"]*"/g, "").matchAll(/\b[A-Z]+(\d+)\b/g)].map((m) =>
          Number(m[1])
        );
        expect(new Set(rows)).toEqual(new Set([row]));
      }
    });
  });

  const ALLOWED = [
    "AND",
    "OR",
    "NOT",
    "IF",
    "ISBLANK",
    "ISNUMBER",
    "ISTEXT",
    "ISERROR",
    "TRIM",
    "UPPER",
    "LEN",
  ];
  const CUSTOM = ["KPI.SCORE", "KPI.POINTS", "KPI.BAND", "KPI.COVERAGE", "KPI.CHECK", "KPI.INFO"];

  it.each(["en", "fr", "ru"] as const)(
    "uses only the allowed built-ins and KPI.* functions (%s)",
    (lang) => {
      const plan = planTemplate(options({ lang }));
      const used = new Set(plan.sheets.flatMap(formulasOf).flatMap(calls));
      expect([...used].filter((name) => ![...ALLOWED, ...CUSTOM].includes(name))).toEqual([]);
      expect(used.has("KPI.CHECK") && used.has("KPI.SCORE") && used.has("KPI.COVERAGE")).toBe(true);
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
