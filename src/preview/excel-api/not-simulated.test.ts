import { reportNotSimulatedTo } from "./simulated-proxy";
import { simulation } from "./simulation.fixture";

describe("what the preview does not simulate", () => {
  const reported: string[] = [];
  beforeAll(() => reportNotSimulatedTo((error) => reported.push(error.message)));
  afterAll(() => reportNotSimulatedTo(() => undefined));

  it.each<[string, (context: any) => unknown, string]>([
    [
      "a Range method",
      (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").merge(),
      "Excel.Range.merge",
    ],
    [
      "a Range property",
      (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").valuesAsJson,
      "Excel.Range.valuesAsJson",
    ],
    ["a Workbook member", (c) => c.workbook.getSelectedRange(), "Excel.Workbook.getSelectedRange"],
    ["a context member", (c) => c.application, "Excel.RequestContext.application"],
    [
      "loading through a navigation property that is not simulated",
      (c) => c.workbook.worksheets.getItem("Sheet1").load("visibility/x"),
      "loading Excel.Worksheet.visibility/x",
    ],
    [
      "loading a property of a navigated object",
      (c) => c.workbook.worksheets.getItem("Sheet1").load("protection/options"),
      "loading Excel.WorksheetProtection.options",
    ],
    [
      "loading a property",
      (c) => c.workbook.worksheets.getItem("Sheet1").load("visibility"),
      "loading Excel.Worksheet.visibility",
    ],
    [
      "setting a property",
      (c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1").rowHeight = 3),
      "setting Excel.Range.rowHeight",
    ],
    [
      "a conditional format type",
      (c) =>
        c.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("DataBar"),
      "conditional format type DataBar",
    ],
    [
      "a chart type",
      (c) => c.workbook.worksheets.getItem("Sheet1").charts.add("Pie", null, "Columns"),
      "chart type Pie",
    ],
  ])("throws for %s, naming it, and reports it", async (_, use, name) => {
    const { run } = simulation();
    await expect(run(async (context) => use(context))).rejects.toThrow(
      `Preview does not simulate ${name}`
    );
    expect(reported.at(-1)).toBe(`Preview does not simulate ${name}`);
  });

  it("names an unsimulated member of the Excel namespace", () => {
    const { excel } = simulation();
    expect(() => (excel as any).createWorkbook).toThrow(
      "Preview does not simulate Excel.createWorkbook"
    );
  });

  it("lets an API object be awaited and returned (it is not a thenable)", async () => {
    const { run } = simulation();
    const sheet = await run(async (context) => context.workbook.worksheets.getItem("Sheet1"));
    expect(sheet).toBeDefined();
  });
});
