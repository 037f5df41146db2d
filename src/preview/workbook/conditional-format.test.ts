import { interpretEntry } from "./cell-content";
import { ConditionalFormatRule, conditionalLook } from "./conditional-format";
import { SimWorkbook } from "./workbook";

const K5_K8 = { top: 4, left: 10, bottom: 7, right: 10 };
const rules: ConditionalFormatRule[] = [
  {
    id: 2,
    area: K5_K8,
    formula: "=AND(ISNUMBER(K5),OR(K5<0,K5>100))",
    fill: "#FFC7CE",
    fontColor: "#9C0006",
  },
  {
    id: 1,
    area: K5_K8,
    formula: '=OR(ISBLANK(K5),TRIM(K5)="NR")',
    fill: "#FFEB9C",
    fontColor: "#9C5700",
  },
  { id: 3, area: K5_K8, formula: "=K5>50", fontColor: "#000080" },
];

describe("conditionalLook", () => {
  const workbook = new SimWorkbook();
  const sheet = workbook.sheets[0];
  ["150", "NR", "", "60"].forEach((entry, i) =>
    workbook.writeContent(sheet, 4 + i, 10, interpretEntry(entry, "General").content)
  );

  it.each([
    [4, { fill: "#FFC7CE", fontColor: "#9C0006" }], // out of range wins: first in priority
    [5, { fill: "#FFEB9C", fontColor: "#9C5700" }], // NR
    [6, { fill: "#FFEB9C", fontColor: "#9C5700" }], // blank
    [7, { fontColor: "#000080" }], // only the third rule is true, and it sets only the font
    [8, {}], // outside every rule's range
  ])("row %i", (row, look) => {
    expect(conditionalLook(workbook, sheet.id, rules, row, 10)).toEqual(look);
  });

  it("does not apply a rule whose formula errs", () => {
    const erring: ConditionalFormatRule = { id: 9, area: K5_K8, formula: "=1/0", fill: "#000000" };
    expect(conditionalLook(workbook, sheet.id, [erring], 4, 10)).toEqual({});
  });
});
