import { simulation } from "./simulation.fixture";

/** What a context from `new Excel.RequestContext()` gives (the simulation's proxied API, typed loosely). */
interface LooseContext {
  workbook: {
    worksheets: {
      getItem(name: string): { getRange(address: string): { load(p: string): LooseRange } };
    };
  };
  sync(): Promise<void>;
}
interface LooseRange {
  readonly valueTypes: string[][];
}

describe("new Excel.RequestContext() and Range.valueTypes", () => {
  it("reads what each cell holds, as Excel.RangeValueType names it, after load and sync only", async () => {
    const { excel, run, stats } = simulation();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6").values = [
        [0],
        [""],
        ["x"],
        [true],
        ["=1/0"],
        ['=""'],
      ];
      await context.sync();
    });
    const syncsBefore = stats.syncs;
    const context = new excel.RequestContext() as LooseContext;
    const range = context.workbook.worksheets
      .getItem("Sheet1")
      .getRange("A1:A7")
      .load("valueTypes");
    expect(() => range.valueTypes).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.valueTypes).toEqual([
      ["Double"],
      ["Empty"],
      ["String"],
      ["Boolean"],
      ["Error"],
      ["String"],
      ["Empty"],
    ]);
    expect(stats.syncs - syncsBefore).toBe(1);
  });

  it("gives no valueTypes without a load, and cannot set them", async () => {
    const { excel } = simulation();
    const context = new excel.RequestContext() as LooseContext;
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    await context.sync();
    // Reading without load() is the point here (PropertyNotLoaded, as in Excel).
    // eslint-disable-next-line office-addins/load-object-before-read
    expect(() => (range as unknown as LooseRange).valueTypes).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" })
    );
    expect(() => {
      (range as unknown as { valueTypes: unknown }).valueTypes = [["Empty"]];
    }).toThrow("Preview does not simulate setting Excel.Range.valueTypes");
  });
});
