import { DATA_SHEET, SUMMARY_SHEET } from "../domain/template";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { fakeExcel } from "./fake-excel.fixture";

const OPTIONS: TemplateOptions = {
  city: "Ålesund",
  reportingYear: 2024,
  scope: "core",
  lang: "en",
};

async function withTemplate() {
  const fake = fakeExcel();
  const port = createExcelWorkbookPort(fake.host);
  await port.insertTemplate(OPTIONS);
  return { ...fake, port };
}

describe("selectCell", () => {
  it.each([
    ["'KPI Data'!K17", "'KPI Data'!K17"],
    ["K17", "'KPI Data'!K17"],
    ["'KPI Summary'!B3", "'KPI Summary'!B3"],
  ])("selects %s", async (address, selected) => {
    const { book, port } = await withTemplate();
    const before = book.syncs;
    await expect(port.selectCell(address)).resolves.toEqual({ ok: true, value: undefined });
    expect(book.selection).toBe(selected);
    expect(book.syncs - before).toBe(1);
  });

  it("answers NO_TEMPLATE for a sheet that is gone", async () => {
    const { book, port } = await withTemplate();
    book.must(DATA_SHEET).name = "Renamed";
    const result = await port.selectCell("'KPI Data'!K17");
    expect(result.ok ? "ok" : result.error.code).toBe("NO_TEMPLATE");
  });

  it.each(["'KPI Data'!", "K", "not an address"])(
    "refuses %p without calling Excel",
    async (address) => {
      const { book, port } = await withTemplate();
      const before = book.syncs;
      const result = await port.selectCell(address);
      expect(result.ok ? "ok" : result.error.code).toBe("UNKNOWN");
      expect(book.syncs).toBe(before);
    }
  );
});

describe("onDataChanged", () => {
  it("calls back on any data change and on the Summary's city or year only, until unsubscribed", async () => {
    const { book, port } = await withTemplate();
    const listener = jest.fn();
    const subscribed = await port.onDataChanged(listener);
    if (!subscribed.ok) throw new Error(subscribed.error.code);
    const fire = async (sheet: string, address: string) =>
      Promise.all(book.must(sheet).handlers.map((handler) => handler({ address })));

    await fire(DATA_SHEET, "K9");
    await fire(SUMMARY_SHEET, "D7");
    await fire(SUMMARY_SHEET, "B3");
    await fire(SUMMARY_SHEET, "A1:C2");
    expect(listener).toHaveBeenCalledTimes(3);

    await subscribed.value();
    expect(book.must(DATA_SHEET).handlers).toHaveLength(0);
    expect(book.must(SUMMARY_SHEET).handlers).toHaveLength(0);
  });

  it("takes whole-row and whole-column addresses (row and column operations) on the Summary", async () => {
    const { book, port } = await withTemplate();
    const listener = jest.fn();
    await port.onDataChanged(listener);
    const fire = async (address: string) =>
      Promise.all(book.must(SUMMARY_SHEET).handlers.map((handler) => handler({ address })));
    await fire("3:3");
    await fire("20:20");
    await fire("B:B");
    await fire("Z:Z");
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("reads nothing while the pane is hidden, and calls back once when it is shown", async () => {
    const { book, host } = await withTemplate();
    let setVisible: (visible: boolean) => void = () => undefined;
    const removeVisibility = jest.fn(async () => undefined);
    const port = createExcelWorkbookPort({
      ...host,
      onVisibilityChanged: async (listener) => ((setVisible = listener), removeVisibility),
    });
    const listener = jest.fn();
    const subscribed = await port.onDataChanged(listener);
    if (!subscribed.ok) throw new Error(subscribed.error.code);
    await Promise.resolve();
    const fire = () =>
      Promise.all(book.must(DATA_SHEET).handlers.map((handler) => handler({ address: "K9" })));
    setVisible(false);
    await fire();
    await fire();
    expect(listener).not.toHaveBeenCalled();
    setVisible(true);
    expect(listener).toHaveBeenCalledTimes(1);
    await fire();
    expect(listener).toHaveBeenCalledTimes(2);
    await subscribed.value();
    await Promise.resolve();
    expect(removeVisibility).toHaveBeenCalledTimes(1);
  });

  it("answers NO_TEMPLATE in a workbook without the template", async () => {
    const result = await createExcelWorkbookPort(fakeExcel().host).onDataChanged(jest.fn());
    expect(result.ok ? "ok" : result.error.code).toBe("NO_TEMPLATE");
  });

  it("watches the data sheet alone when the Summary is gone", async () => {
    const { book, port } = await withTemplate();
    book.sheets.splice(book.sheets.indexOf(book.must(SUMMARY_SHEET)), 1);
    const listener = jest.fn();
    await port.onDataChanged(listener);
    await Promise.all(book.must(DATA_SHEET).handlers.map((handler) => handler({ address: "K5" })));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe("requirement sets", () => {
  it.each([
    ["insertTemplate", "1.8"],
    ["readSheet", "1.4"],
    ["onDataChanged", "1.7"],
  ] as const)(
    "%s needs ExcelApi %s and answers API_UNSUPPORTED below it",
    async (action, version) => {
      const fake = fakeExcel();
      const asked: string[] = [];
      const port = createExcelWorkbookPort({
        ...fake.host,
        supports: (v) => (asked.push(v), false),
      });
      const call = {
        insertTemplate: () => port.insertTemplate(OPTIONS),
        readSheet: () => port.readSheet(),
        onDataChanged: () => port.onDataChanged(jest.fn()),
      }[action];
      const result = await call();
      expect(result.ok ? "ok" : result.error.code).toBe("API_UNSUPPORTED");
      expect(asked).toEqual([version]);
      expect(fake.book.syncs).toBe(0);
    }
  );
});
