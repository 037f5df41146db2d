import { ITEMS, itemById } from "../catalog";
import type { CatalogItem } from "../catalog";
import { YEAR_MAX, YEAR_MIN } from "../parse";
import { parseRange } from "./a1";
import { DATA_QUALITY_CHOICES } from "./data-quality";
import { LABELS } from "./labels";
import { LIST_RANGES, planListsSheet } from "./lists-sheet";
import { planGrid } from "./plan-grid";
import type { ValidationSpec } from "./plan-types";
import { planValueRules } from "./value-rules";
import { TEMPLATE_MISSING_WORDS, TEMPLATE_NO_WORDS, TEMPLATE_YES_WORDS } from "../validation";

const RULES = planValueRules(ITEMS, LABELS.en);
const column = (address: string) => address.replace(/[$\d]/g, "").split(":")[0];
const rowsOf = (address: string) => {
  const { firstRow, rowCount } = parseRange(address);
  return Array.from({ length: rowCount }, (_, i) => firstRow + i);
};
/** The rules of one column that cover sheet row `row`. */
function covering<T extends { address: string }>(
  rules: readonly T[],
  col: string,
  row: number
): T[] {
  return rules.filter((rule) => column(rule.address) === col && rowsOf(rule.address).includes(row));
}
const topLeft = (address: string) => address.split(":")[0];

describe("data validation of the Value column", () => {
  it.each(ITEMS.map((item, i) => [item.id, item, 5 + i] as const))(
    "%s has exactly one rule",
    (_, item, row) => {
      const [rule] = covering(RULES.validations, "K", row);
      expect(covering(RULES.validations, "K", row)).toHaveLength(1);
      expect(rule.rule.kind).toBe("custom");
      const ref = topLeft(rule.address);
      const formula = rule.rule.kind === "custom" ? rule.rule.formula : "";
      expect(formula.startsWith(`=IF(ISERROR(${ref}),FALSE,OR(ISBLANK(${ref}),`)).toBe(true);
      // The "not reported" words of the strict reading, the same list Status uses.
      for (const word of TEMPLATE_MISSING_WORDS) expect(formula).toContain(`"${word}"`);
      if (item.direction === "yesno") {
        for (const word of [...TEMPLATE_YES_WORDS, ...TEMPLATE_NO_WORDS])
          expect(formula).toContain(`"${word}"`);
        expect(formula).toContain(`OR(${ref}=0,${ref}=1)`);
        expect(rule.error.message).toBe(LABELS.en.errors.yesNo);
        return;
      }
      expect(formula).toContain(`NOT(ISLOGICAL(${ref}))`);
      expect(formula.includes(`${ref}>=${item.min}`)).toBe(item.min !== null);
      expect(formula.includes(`${ref}<=${item.max}`)).toBe(item.max !== null);
      // The unit, and the catalog's doubt about it where its notes record one (docs/scoring.md §8).
      const doubt = /not verified/.test(item.notes) ? ` (${LABELS.en.unitNotVerified})` : "";
      expect(rule.prompt.message).toContain(`Unit: ${item.unit}${doubt}.`);
    }
  );

  it.each(["en", "fr", "ru"] as const)(
    "names the yes/no words of the label language (%s)",
    (lang) => {
      const yesNo = planValueRules([itemById("EC: I: UP: 2A/COMPACT")], LABELS[lang])
        .validations[0];
      expect(yesNo.error.message).toContain(LABELS[lang].yes);
      expect(yesNo.error.message).toContain(LABELS[lang].no);
      expect(yesNo.prompt.message).toContain(LABELS[lang].yes);
    }
  );

  it("anchors each rule's formula on its range's top-left cell", () => {
    for (const rule of RULES.validations.filter((r) => r.rule.kind === "custom")) {
      const refs = [
        ...(rule.rule.kind === "custom" ? rule.rule.formula : "").matchAll(/\b([A-Z]+\d+)\b/g),
      ];
      expect(new Set(refs.map((m) => m[1]))).toEqual(new Set([topLeft(rule.address)]));
    }
  });

  it("stays within Excel's limits (title 32, message and formula 255 characters) in every language", () => {
    for (const labels of Object.values(LABELS)) {
      for (const rule of planValueRules(ITEMS, labels).validations) {
        expect(rule.prompt.title.length).toBeLessThanOrEqual(32);
        expect(rule.error.title.length).toBeLessThanOrEqual(32);
        expect(rule.prompt.message.length).toBeLessThanOrEqual(255);
        expect(rule.error.message.length).toBeLessThanOrEqual(255);
        if (rule.rule.kind === "custom") expect(rule.rule.formula.length).toBeLessThanOrEqual(255);
      }
    }
  });
});

describe("data validation of Year, Data quality and Target", () => {
  const one = (col: string): ValidationSpec => {
    const rules = RULES.validations.filter((r) => column(r.address) === col);
    expect(rules).toHaveLength(1);
    return rules[0];
  };

  it("makes Year a whole number for the whole column", () => {
    const year = one("L");
    expect(year.address).toBe(`L5:L${4 + ITEMS.length}`);
    expect(year.rule).toEqual({ kind: "wholeNumber", min: YEAR_MIN, max: YEAR_MAX });
  });

  it("makes Data quality a list whose source is the range holding the six U4SSC choices", () => {
    const quality = one("M");
    expect(quality.rule).toEqual({ kind: "list", source: `='KPI Lists'!${LIST_RANGES.quality}` });
    const grid = planGrid(planListsSheet(LABELS.en));
    const listed = rowsOf(LIST_RANGES.quality).map((row) => grid.get(`A${row}`)?.value);
    expect(listed).toEqual([...DATA_QUALITY_CHOICES]);
  });

  it.each(["en", "fr", "ru"] as const)(
    "puts Yes / No / NR in the yes/no list source (%s)",
    (lang) => {
      const grid = planGrid(planListsSheet(LABELS[lang]));
      const listed = rowsOf(LIST_RANGES.yesNo).map((row) => grid.get(`C${row}`)?.value);
      expect(listed).toEqual([LABELS[lang].yes, LABELS[lang].no, "NR"]);
    }
  );

  it("gives every Target cell the Value cell's rule (a target is read like a value) naming the unit", () => {
    ITEMS.forEach((item, i) => {
      const [rule] = covering(RULES.validations, "P", 5 + i);
      const [value] = covering(RULES.validations, "K", 5 + i);
      const formula = (r: ValidationSpec) => (r.rule.kind === "custom" ? r.rule.formula : "");
      expect(formula(rule)).toBe(
        formula(value).split(topLeft(value.address)).join(topLeft(rule.address))
      );
      expect(rule.prompt.message).toContain(item.unit);
    });
  });

  it("clears the four validated columns before setting rules", () => {
    expect(RULES.validationRanges).toEqual(["K5:K116", "L5:L116", "M5:M116", "P5:P116"]);
  });
});

describe("conditional formats of Value and Target", () => {
  it("colour each Value cell from its row's Value check, the cell Status reads too", () => {
    const value = RULES.conditionalFormats.filter((c) => column(c.address) === "K");
    expect(value.map((c) => [c.address, c.meaning, c.formula])).toEqual([
      ["K5:K116", "missing", '=$AA5="MISSING"'],
      ["K5:K116", "invalid", '=OR($AA5="NOT_NUMERIC",$AA5="CELL_ERROR",$AA5="OUT_OF_RANGE")'],
    ]);
  });

  it("colour an unusable Target from the row's Target check (a blank target is the default: not marked)", () => {
    const target = RULES.conditionalFormats.filter((c) => column(c.address) === "P");
    expect(target.map((c) => [c.address, c.meaning, c.formula])).toEqual([
      ["P5:P116", "invalid", '=OR($AC5="NOT_NUMERIC",$AC5="CELL_ERROR",$AC5="OUT_OF_RANGE")'],
    ]);
  });
});

describe("rows the catalog does not know", () => {
  it("get no rule, and split the runs around them", () => {
    const items: (CatalogItem | null)[] = [
      itemById("EC: ICT: ICT: 1C"),
      null,
      itemById("EC: ICT: ICT: 2C"),
    ];
    const rules = planValueRules(items, LABELS.en);
    expect(covering(rules.validations, "K", 6)).toEqual([]);
    expect(covering(rules.validations, "P", 6)).toEqual([]);
    expect(covering(rules.conditionalFormats, "K", 6)).toEqual([]); // not even "missing": the user's row
    expect(covering(rules.validations, "L", 6)).toEqual([]); // Year and Data quality do not stretch over it
    expect(covering(rules.validations, "M", 6)).toEqual([]);
    expect(rules.validationRanges.filter((a) => a.startsWith("K"))).toEqual(["K5", "K7"]);
    expect(covering(rules.validations, "K", 7)[0].address).toBe("K7");
  });
});
