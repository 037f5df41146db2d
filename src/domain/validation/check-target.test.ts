import { itemById } from "../catalog";
import type { RawCell } from "../workbook/workbook-port";
import { checkTarget } from "./check-target";

describe("checkTarget (NO_TARGET and target cells, docs/scoring.md §3, §6)", () => {
  it.each<[string, RawCell]>([
    ["EC: ICT: ICT: 1C", null], // default target 100
    ["EC: ICT: ICT: 1C", "NR"],
    ["EC: ICT: ICT: 1C", 90],
    ["EC: ICT: ICT: 1C", "90 %"],
    ["EC: ICT: ICT: 2C", 80], // no default, but one is set
    ["SC: SH: SA: 3A", "Yes"],
  ])("accepts %s with target %j", (id, target) => {
    expect(checkTarget(itemById(id), target)).toEqual([]);
  });

  it.each<RawCell>([null, undefined, "", "  ", "Not reported"])(
    "reports NO_TARGET for a blank target %j on an item with no default",
    (target) => {
      expect(checkTarget(itemById("EC: ICT: ICT: 2C"), target)).toEqual([
        {
          code: "NO_TARGET",
          severity: "info",
          itemId: "EC: ICT: ICT: 2C",
          params: { item: "EC: ICT: ICT: 2C" },
        },
      ]);
    }
  );

  it.each<RawCell>([null, 10])(
    "reports NO_TARGET for an item with direction none, target %j",
    (target) => {
      expect(checkTarget(itemById("EC: I: T: 4A/PARA"), target)).toEqual([
        {
          code: "NO_TARGET",
          severity: "info",
          itemId: "EC: I: T: 4A/PARA",
          params: { item: "EC: I: T: 4A/PARA", reason: "noDirection" },
        },
      ]);
    }
  );

  it.each<[RawCell, string, object]>([
    ["a lot", "NOT_NUMERIC", { raw: "a lot" }],
    ["1,234", "NOT_NUMERIC", { reason: "ambiguous" }],
    ["#REF!", "CELL_ERROR", { raw: "#REF!" }],
    [150, "OUT_OF_RANGE", { value: 150, reason: "between" }],
  ])("reports the target %j as %s on the target field", (target, code, params) => {
    const [issue] = checkTarget(itemById("EC: ICT: ICT: 2C"), target);
    expect(issue.code).toBe(code);
    expect(issue.params).toMatchObject({ item: "EC: ICT: ICT: 2C", field: "target", ...params });
  });
});
