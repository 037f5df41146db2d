/* global OfficeExtension */
import { DELAY_FOR_CELL_EDIT_API, officeExcelHost } from "./excel-host";

/** Globals as Office gives them, with the ExcelApi versions the host supports. */
function installOffice(supported: string) {
  const runs: unknown[][] = [];
  const excel = {
    run: jest.fn((...args: unknown[]) => (runs.push(args), Promise.resolve("done"))),
  };
  const office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" && Number(version.split(".")[1]) <= Number(supported.split(".")[1]),
      },
    },
  };
  Object.assign(globalThis, { Excel: excel, Office: office });
  return runs;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("officeExcelHost", () => {
  const batch = async () => "result";

  it(`asks Excel to wait for the end of a cell edit where ExcelApi ${DELAY_FOR_CELL_EDIT_API} is supported`, async () => {
    const runs = installOffice("1.11");
    await officeExcelHost().run(batch);
    expect(runs).toEqual([[{ delayForCellEdit: true }, batch]]);
  });

  it("runs the plain batch below ExcelApi 1.11, and in a given context", async () => {
    const runs = installOffice("1.10");
    const context = {} as OfficeExtension.ClientRequestContext;
    await officeExcelHost().run(batch);
    await officeExcelHost().run(batch, context);
    expect(runs).toEqual([[batch], [context, batch]]);
  });
});
