import { createExcelWorkbookPort } from "../../excel/excel-workbook-port";
import { SimWorkbook } from "../workbook/workbook";
import { CellEditMode } from "./cell-edit-mode";
import { createExcelGlobal } from "./excel-global";

function simulated() {
  const stats = { syncs: 0 };
  const cellEdit = new CellEditMode();
  const excel = createExcelGlobal(new SimWorkbook(), stats, cellEdit);
  return { excel, stats, cellEdit };
}

describe("cell-edit mode in the simulation", () => {
  it("fails a plain batch while a cell is edited, with Excel's code, which the port reports", async () => {
    const { excel, cellEdit } = simulated();
    cellEdit.enter();
    await expect(excel.run(async () => "ran")).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    const port = createExcelWorkbookPort({
      run: (batch) => excel.run(batch as never),
      supports: () => true,
    });
    const result = await port.hasTemplate();
    expect(result.ok ? "ok" : result.error.code).toBe("CELL_EDIT_MODE");
  });

  it("holds a batch run with delayForCellEdit until the edit ends, then runs it", async () => {
    const { excel, cellEdit, stats } = simulated();
    cellEdit.enter();
    let ran = false;
    const run = excel.run({ delayForCellEdit: true }, async (context) => {
      ran = true;
      await (context as { sync(): Promise<void> }).sync();
      return "ran";
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toBe(false);
    cellEdit.exit();
    await expect(run).resolves.toBe("ran");
    expect(stats.syncs).toBe(1);
  });

  it("runs at once outside an edit, and refuses options it does not simulate", async () => {
    const { excel } = simulated();
    await expect(excel.run({ delayForCellEdit: true }, async () => 1)).resolves.toBe(1);
    await expect(excel.run({ mergeUndoGroup: true } as never, async () => 1)).rejects.toThrow(
      /mergeUndoGroup/
    );
  });
});
