import { SimWorkbook } from "../workbook/workbook";
import { createExcelGlobal } from "./excel-global";

/**
 * A simulated Excel over a new workbook, for the API tests: `run` takes batches typed loosely, as the add-in's
 * code drives Excel's objects. Test-only.
 */
export function simulation() {
  const workbook = new SimWorkbook();
  const stats = { syncs: 0 };
  const excel = createExcelGlobal(workbook, stats);
  const run = <T>(batch: (context: any) => Promise<T>) => excel.run(batch);
  return { workbook, stats, excel, run };
}
