import { formatArea } from "../workbook/area";
import { simulation } from "./simulation.fixture";

/** Protection, clearing rules from part of their range, and the write log of the tests' simulation. */
describe("the simulation as strict as Excel", () => {
  it("refuses a write to a protected sheet with AccessDenied and writes nothing", async () => {
    const sim = simulation({ sheets: ["Locked"], log: true });
    sim.workbook.sheetByName("Locked")!.protected = true;
    const code = await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Locked").getRange("A1").values = [[1]];
      return context.sync().then(
        () => "written",
        (error: { code: string }) => error.code
      );
    });
    expect(code).toBe("AccessDenied");
    expect(sim.workbook.sheetByName("Locked")!.cell(0, 0).content).toEqual({ kind: "empty" });
    expect(sim.calls).toEqual([]);
  });

  it("refuses worksheets.add in a protected workbook with AccessDenied", async () => {
    const sim = simulation();
    sim.workbook.protected = true;
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.add("New");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(sim.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("clears rules from part of their range, keeping the rest with formulas moved to each piece", async () => {
    const sim = simulation();
    await sim.run(async (context) => {
      const rule = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:C5")
        .conditionalFormats.add("Custom");
      rule.custom.rule.formula = "=A1>0";
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:B3").conditionalFormats.clearAll();
      await context.sync();
    });
    const rules = sim.workbook.sheetByName("Sheet1")!.conditionalFormats;
    expect(rules.map((rule) => [formatArea(rule.area), rule.formula])).toEqual([
      ["A1:C1", "=A1>0"],
      ["A4:C5", "=A4>0"],
      ["A2:A3", "=A2>0"],
      ["C2:C3", "=C2>0"],
    ]);
  });

  it("logs each write once it ran, with its sheet and address", async () => {
    const sim = simulation({ log: true });
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2");
      range.values = [[1, 2]];
      range.numberFormat = [["0", "0"]];
      expect(sim.calls).toEqual([]);
      await context.sync();
    });
    expect(sim.calls).toEqual([
      { sheet: "Sheet1", address: "B2:C2", what: "values" },
      { sheet: "Sheet1", address: "B2:C2", what: "numberFormat" },
    ]);
  });
});
