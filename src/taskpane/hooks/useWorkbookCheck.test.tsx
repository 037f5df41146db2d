/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import type { PortResult, SheetSnapshot } from "../../domain/workbook/workbook-port";
import { fakePort, row, snapshotOf } from "../testing/fake-port";
import { RECHECK_DELAY_MS, useWorkbookCheck } from "./useWorkbookCheck";

/** A readSheet answer the test releases when it chooses. */
function heldRead(snapshot: SheetSnapshot) {
  const gate = { open: () => undefined as void };
  const promise = new Promise<PortResult<SheetSnapshot>>(
    (resolve) => (gate.open = () => resolve({ ok: true, value: snapshot }))
  );
  return { promise, gate };
}

describe("useWorkbookCheck", () => {
  it("keeps the latest check's outcome when an older read answers last", async () => {
    const port = fakePort();
    const older = heldRead(snapshotOf([row(5, "EC: ICT: ICT: 1C", 140)]));
    const newer = heldRead(snapshotOf([row(5, "EC: ICT: ICT: 1C", 80)]));
    port.readSheet.mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const { result } = renderHook(() => useWorkbookCheck(port, null));

    let first: Promise<void> = Promise.resolve();
    let second: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.check();
      second = result.current.check();
    });
    await act(async () => {
      newer.gate.open();
      await second;
      older.gate.open();
      await first;
    });
    expect(result.current.running).toBe(false);
    expect(result.current.result?.snapshot.rows[0].value).toBe(80);
    expect(result.current.result?.issues.map((issue) => issue.code)).not.toContain("OUT_OF_RANGE");
  });

  it.each([
    [null, 2024, 2024],
    [2019, 2024, 2019],
    [null, null, null],
  ])("Summary year %p, pane year %p → checks with %p", async (sheetYear, paneYear, used) => {
    const port = fakePort(
      snapshotOf([row(5, "EC: ICT: ICT: 1C", 80, { year: 2018 })], { reportingYear: sheetYear })
    );
    const { result } = renderHook(() => useWorkbookCheck(port, paneYear));
    await act(() => result.current.check());
    expect(result.current.result?.reportingYear).toBe(used);
    const stale = result.current.result?.issues.some((issue) => issue.code === "STALE");
    expect(stale).toBe(used !== null && 2018 < used - 3);
  });

  it("drops the last result when a later read fails", async () => {
    const port = fakePort(snapshotOf([row(5, "EC: ICT: ICT: 1C", 80)]));
    const { result } = renderHook(() => useWorkbookCheck(port, null));
    await act(() => result.current.check());
    expect(result.current.result).not.toBeNull();
    port.readSheet.mockRejectedValueOnce(new Error("InvalidOperationInCellEditMode"));
    await act(() => result.current.check());
    expect(result.current.result).toBeNull();
    expect(result.current.error).toEqual({
      code: "UNKNOWN",
      detail: "InvalidOperationInCellEditMode",
    });
  });

  it("stays quiet when the change subscription is refused", async () => {
    const port = fakePort(snapshotOf([row(5, "EC: ICT: ICT: 1C", 80)]));
    port.onDataChanged.mockResolvedValue({ ok: false, error: { code: "API_UNSUPPORTED" } });
    const { result, unmount } = renderHook(() => useWorkbookCheck(port, null));
    await act(() => result.current.check());
    expect(port.onDataChanged).toHaveBeenCalledTimes(1);
    expect(result.current.error).toBeNull();
    unmount();
    expect(port.unsubscribe).not.toHaveBeenCalled();
  });
});

describe("useWorkbookCheck re-check on data change", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function checkedOnce() {
    const port = fakePort(snapshotOf([row(5, "EC: ICT: ICT: 1C", 80)]));
    const hook = renderHook(() => useWorkbookCheck(port, null));
    await act(() => hook.result.current.check());
    return { port, ...hook };
  }

  it("does not listen before a first check", () => {
    const port = fakePort();
    renderHook(() => useWorkbookCheck(port, null));
    expect(port.onDataChanged).not.toHaveBeenCalled();
  });

  it(`re-checks once, ${RECHECK_DELAY_MS} ms after the last of several changes, writing nothing`, async () => {
    const { port } = await checkedOnce();
    expect(port.onDataChanged).toHaveBeenCalledTimes(1);
    await act(async () => {
      port.fireDataChanged();
      jest.advanceTimersByTime(400);
      port.fireDataChanged();
      jest.advanceTimersByTime(RECHECK_DELAY_MS - 1);
    });
    expect(port.readSheet).toHaveBeenCalledTimes(1);
    await act(async () => jest.advanceTimersByTime(1));
    expect(port.readSheet).toHaveBeenCalledTimes(2);
    expect(port.insertTemplate).not.toHaveBeenCalled();
    expect(port.updateTemplate).not.toHaveBeenCalled();
  });

  it("keeps the last result when a re-check fails (cell-edit mode), says why, and tries again on the next change", async () => {
    const { port, result } = await checkedOnce();
    const editing = { code: "CELL_EDIT_MODE" as const };
    port.readSheet.mockResolvedValueOnce({ ok: false, error: editing });
    await act(async () => {
      port.fireDataChanged();
      jest.advanceTimersByTime(RECHECK_DELAY_MS);
    });
    expect(port.readSheet).toHaveBeenCalledTimes(2);
    expect(result.current.result?.snapshot.rows[0].value).toBe(80);
    expect(result.current.error).toEqual(editing);
    expect(port.unsubscribe).not.toHaveBeenCalled();
    await act(async () => {
      port.fireDataChanged();
      jest.advanceTimersByTime(RECHECK_DELAY_MS);
    });
    expect(port.readSheet).toHaveBeenCalledTimes(3);
    expect(result.current.error).toBeNull();
    expect(port.onDataChanged).toHaveBeenCalledTimes(1);
  });

  it("unsubscribes and cancels a pending re-check on unmount", async () => {
    const { port, unmount } = await checkedOnce();
    await act(async () => port.fireDataChanged());
    unmount();
    expect(port.unsubscribe).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(RECHECK_DELAY_MS * 2);
    expect(port.readSheet).toHaveBeenCalledTimes(1);
  });
});
