import { ITEMS, itemById } from "../catalog";
import type { RawCell } from "../workbook/workbook-port";
import { resolveTarget } from "./target";

describe("resolveTarget: an explicit target always wins over the default (docs/scoring.md §6)", () => {
  it.each<[string, RawCell, number, "explicit" | "default"]>([
    ["EC: ICT: ICT: 1C", null, 100, "default"],
    ["EC: ICT: ICT: 1C", undefined, 100, "default"],
    ["EC: ICT: ICT: 1C", "  ", 100, "default"],
    ["EC: ICT: ICT: 1C", "NR", 100, "default"], // a "not reported" marker is a blank target
    ["EC: ICT: ICT: 1C", 80, 80, "explicit"],
    ["EC: ICT: ICT: 1C", "80 %", 80, "explicit"], // read like a value of a percentage item
    ["EC: ICT: ICT: 1C", "12,5", 12.5, "explicit"],
    ["EC: ICT: ICT: 1C", 0, 0, "explicit"],
    ["EC: ICT: ICT: 2C", 90, 90, "explicit"], // no default target: the explicit one is all there is
    ["EC: I: UP: 2A/COMPACT", "Yes", 1, "explicit"],
  ])("%s with target %p → %d (%s)", (id, explicit, target, targetSource) => {
    const result = resolveTarget(itemById(id), explicit);
    expect(result).toMatchObject({ ok: true, value: { target, targetSource } });
  });

  it("carries the default's basis, source and worst goalpost, and none of them for an explicit target", () => {
    const item = itemById("EN: EN: AQ: 1C/PM2.5");
    const byDefault = resolveTarget(item, null);
    expect(byDefault).toMatchObject({ ok: true, value: { target: 5, worst: 35 } });
    if (!byDefault.ok) return;
    expect(byDefault.value.basis).toMatch(/WHO/);
    expect(byDefault.value.source).toBeTruthy();
    // The worst goalpost stays the catalog's: the goalpost method scores an explicit T against it.
    expect(resolveTarget(item, 10)).toEqual({
      ok: true,
      value: { target: 10, worst: 35, targetSource: "explicit", basis: null, source: null },
    });
  });

  it.each<[string, RawCell, string, Record<string, unknown>]>([
    ["EC: ICT: ICT: 2C", null, "NO_TARGET", { item: "EC: ICT: ICT: 2C" }],
    ["EC: I: T: 4A/PARA", 5, "NO_TARGET", { reason: "noDirection" }],
    ["EC: ICT: ICT: 1C", "high", "NOT_NUMERIC", { field: "target", raw: "high" }],
    ["EC: ICT: ICT: 1C", "#N/A", "CELL_ERROR", { field: "target" }],
    ["EC: ICT: ICT: 1C", 120, "OUT_OF_RANGE", { field: "target", value: 120 }],
    ["EC: I: T: 5A", 0.5, "OUT_OF_RANGE", { field: "target", min: 1 }], // a Travel Time Index is ≥ 1
  ])("%s with target %p fails with %s", (id, explicit, code, params) => {
    const result = resolveTarget(itemById(id), explicit);
    expect(result).toMatchObject({ ok: false, issue: { code, params } });
  });

  // null and undefined take a shortcut to the default; "" and "NR" are read like any cell.
  it.each(ITEMS.map((item) => [item.id]))("%s: every blank target cell resolves alike", (id) => {
    const item = itemById(id);
    const byNull = resolveTarget(item, null);
    for (const blank of [undefined, "", "  ", "NR"])
      expect(resolveTarget(item, blank)).toEqual(byNull);
  });
});
