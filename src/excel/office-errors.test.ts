import type { ExcelHost } from "./excel-host";
import { PortFailure, runAction, toPortError } from "./office-errors";

describe("toPortError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "CELL_EDIT_MODE"],
    ["AccessDenied", "PROTECTED"],
    ["ItemNotFound", "NO_TEMPLATE"],
    ["ApiNotFound", "API_UNSUPPORTED"],
    ["GeneralException", "UNKNOWN"],
    ["InvalidArgument", "UNKNOWN"],
  ])("maps Office's %s to %s", (code, expected) => {
    const error = toPortError({
      code,
      message: "Excel says no",
      debugInfo: { errorLocation: "Range.values" },
    });
    expect(error).toEqual({ code: expected, detail: `${code}: Excel says no (at Range.values)` });
  });

  it.each([
    [new TypeError("x is undefined"), "x is undefined"],
    ["a string", "a string"],
    [undefined, "undefined"],
  ])("keeps a non-Office failure as UNKNOWN with its message only (%p)", (thrown, detail) => {
    const error = toPortError(thrown);
    expect(error).toEqual({ code: "UNKNOWN", detail });
    expect(error.detail).not.toMatch(/\n\s+at /);
  });
});

describe("runAction", () => {
  const host = (supported: boolean, run: ExcelHost["run"]): ExcelHost => ({
    run,
    supports: () => supported,
  });
  const ok = jest.fn(async <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    batch({} as Excel.RequestContext)
  ) as unknown as ExcelHost["run"];

  it("answers API_UNSUPPORTED without calling Excel", async () => {
    const run = jest.fn() as unknown as ExcelHost["run"];
    await expect(runAction(host(false, run), "1.8", async () => 1)).resolves.toEqual({
      ok: false,
      error: { code: "API_UNSUPPORTED", detail: "ExcelApi 1.8 is not available" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("wraps the batch's result", async () => {
    await expect(runAction(host(true, ok), "1.4", async () => 42)).resolves.toEqual({
      ok: true,
      value: 42,
    });
  });

  it("turns a PortFailure into its code and an Office error into its mapping", async () => {
    await expect(
      runAction(host(true, ok), "1.4", async () => {
        throw new PortFailure("TEMPLATE_EXISTS", "sheet exists");
      })
    ).resolves.toEqual({ ok: false, error: { code: "TEMPLATE_EXISTS", detail: "sheet exists" } });
    const cellEdit = host(true, async () => {
      throw Object.assign(new Error("Excel is in cell-editing mode."), {
        code: "InvalidOperationInCellEditMode",
      });
    });
    const result = await runAction(cellEdit, "1.4", async () => 1);
    expect(result.ok === false && result.error.code).toBe("CELL_EDIT_MODE");
  });
});
