import { DATA_SHEET } from "../domain/template";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { fakeExcel } from "./fake-excel.fixture";

async function withText(text: string) {
  const fake = fakeExcel();
  const port = createExcelWorkbookPort(fake.host);
  await port.insertTemplate({ city: "Bergen", reportingYear: 2024, scope: "all", lang: "en" });
  const data = fake.book.must(DATA_SHEET);
  data.type("K5", text);
  return { port, data, book: fake.book };
}

describe("convertTextNumber (the pane's one-click conversion of a text number)", () => {
  it("writes the number into that one cell and nothing else", async () => {
    const { port, data, book } = await withText("12,5");
    const before = book.writtenCells(DATA_SHEET).size;
    expect(await port.convertTextNumber("'KPI Data'!K5", "12,5", 12.5)).toEqual({
      ok: true,
      value: true,
    });
    expect(data.shown("K5")).toBe(12.5);
    expect(book.writtenCells(DATA_SHEET).size).toBe(before);
  });

  it("leaves a cell the user changed meanwhile as it is", async () => {
    const { port, data } = await withText("12,5");
    data.type("K5", "13");
    expect(await port.convertTextNumber("'KPI Data'!K5", "12,5", 12.5)).toEqual({
      ok: true,
      value: false,
    });
    expect(data.shown("K5")).toBe("13");
  });

  it("refuses a range of more than one cell", async () => {
    const { port } = await withText("12,5");
    const result = await port.convertTextNumber("'KPI Data'!K5:K6", "12,5", 12.5);
    expect(result.ok).toBe(false);
  });
});
