import { DATA_SHEET } from "../domain/template";
import { shown, typeInto, writtenCells } from "../preview/excel-api/cells.fixture";
import { simulation } from "../preview/excel-api/simulation.fixture";
import { createExcelWorkbookPort } from "./excel-workbook-port";

async function withText(text: string) {
  const sim = simulation({ log: true });
  const port = createExcelWorkbookPort(sim.host);
  await port.insertTemplate({ city: "Bergen", reportingYear: 2024, scope: "all", lang: "en" });
  typeInto(sim.workbook, DATA_SHEET, "K5", text);
  sim.calls.length = 0;
  return { port, sim, shownK5: () => shown(sim.workbook, DATA_SHEET, "K5") };
}

describe("convertTextNumber (the pane's one-click conversion of a text number)", () => {
  it("writes the number into that one cell and nothing else", async () => {
    const { port, sim, shownK5 } = await withText("12,5");
    expect(await port.convertTextNumber("'KPI Data'!K5", "12,5", 12.5)).toEqual({
      ok: true,
      value: true,
    });
    expect(shownK5()).toBe(12.5);
    expect([...writtenCells(sim.calls, DATA_SHEET)]).toEqual(["K5"]);
    expect(sim.calls.every((call) => call.sheet === DATA_SHEET)).toBe(true);
  });

  it("leaves a cell the user changed meanwhile as it is", async () => {
    const { port, sim, shownK5 } = await withText("12,5");
    typeInto(sim.workbook, DATA_SHEET, "K5", "13");
    expect(await port.convertTextNumber("'KPI Data'!K5", "12,5", 12.5)).toEqual({
      ok: true,
      value: false,
    });
    expect(shownK5()).toBe(13);
    expect(sim.calls).toEqual([]);
  });

  it("refuses a range of more than one cell", async () => {
    const { port, sim } = await withText("12,5");
    const result = await port.convertTextNumber("'KPI Data'!K5:K6", "12,5", 12.5);
    expect(result.ok).toBe(false);
    expect(sim.calls).toEqual([]);
  });
});
