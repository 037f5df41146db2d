import type { EmptyCellHost } from "../excel/empty-cells";
import { installCustomFunctionsStandIn } from "../../test/functions/custom-functions-stand-in";
import { coverage, points, score } from "./kpi-values";
import * as emptyCells from "../excel/empty-cells";
import { holdsZero, withBlanksRestored } from "./blank-arguments";

installCustomFunctionsStandIn();

const ED = [["SC: EH: ED: 1C"], ["SC: EH: ED: 2C"], ["SC: EH: ED: 3C"], ["SC: EH: ED: 4C"]];
const invocation = (...addresses: string[]) =>
  ({ parameterAddresses: addresses }) as unknown as CustomFunctions.Invocation;

/** A desktop host whose cells D2:D5 are empty except D3 (which holds a real 0). */
function desktop(reads: string[][]): EmptyCellHost {
  return {
    blanksArriveAsNull: false,
    read: async (addresses) => {
      reads.push([...addresses]);
      return addresses.map((a) =>
        a.endsWith("D2:D5") ? [[true], [false], [true], [true]] : [[false]]
      );
    },
  };
}

describe("withBlanksRestored", () => {
  const compute = (args: unknown[]) => args;

  it("answers at once, reading nothing, when no checked argument holds a 0", () => {
    const reads: string[][] = [];
    expect(
      withBlanksRestored([1, [[5]]], [1], ["id", "v"], undefined, desktop(reads), "en", compute)
    ).toEqual([1, [[5]]]);
    expect(reads).toEqual([]);
  });

  it("turns the zeros of empty cells into null and keeps a real 0, in one read", async () => {
    const reads: string[][] = [];
    const args = ["Education", [[0], [0], [0], [0]]];
    const result = await withBlanksRestored(
      args,
      [1],
      ["id", "value"],
      invocation("", "Sheet1!D2:D5"),
      desktop(reads),
      "en",
      compute
    );
    expect(result).toEqual(["Education", [[null], [0], [null], [null]]]);
    expect(reads).toEqual([["Sheet1!D2:D5"]]);
  });

  it("keeps a typed 0 (no address) and every 0 on a host that passes blanks as null", () => {
    const host = { blanksArriveAsNull: false, read: null };
    expect(
      withBlanksRestored(["x", 0], [1], ["id", "value"], invocation("", ""), host, "en", compute)
    ).toEqual(["x", 0]);
    const web = { blanksArriveAsNull: true, read: null };
    expect(
      withBlanksRestored(["x", 0], [1], ["id", "value"], undefined, web, "en", compute)
    ).toEqual(["x", 0]);
  });

  it("says so (#N/A) when the host gives no addresses or cannot read the cells", async () => {
    const host = { blanksArriveAsNull: false, read: null };
    expect(() =>
      withBlanksRestored(["x", 0], [1], ["id", "value"], undefined, host, "en", compute)
    ).toThrow(/value holds 0 and this Excel cannot tell an empty cell from 0/);
    expect(() =>
      withBlanksRestored(
        ["x", 0],
        [1],
        ["id", "value"],
        invocation("", "S!A1"),
        host,
        "en",
        compute
      )
    ).toThrow(/cannot tell/);
    const failing = {
      blanksArriveAsNull: false,
      read: () => Promise.reject(new Error("GeneralException")),
    };
    await expect(
      withBlanksRestored(
        ["x", 0],
        [1],
        ["id", "value"],
        invocation("", "S!A1"),
        failing,
        "fr",
        compute
      )
    ).rejects.toMatchObject({ code: "#N/A", message: expect.stringMatching(/ne distingue pas/) });
  });

  it("finds zeros in single values and matrices only", () => {
    expect([
      holdsZero(0),
      holdsZero([[1], [0]]),
      holdsZero("0"),
      holdsZero([[false]]),
      holdsZero(null),
    ]).toEqual([true, true, false, false, false]);
  });
});

describe("KPI functions on Excel desktop (empty cells passed as 0)", () => {
  let reads: string[][];
  beforeEach(() => {
    reads = [];
    jest.spyOn(emptyCells, "officeEmptyCellHost").mockReturnValue(desktop(reads));
  });
  afterEach(() => jest.restoreAllMocks());

  it("KPI.SCORE over blank values is insufficient data, never a score", async () => {
    const call = score(
      "Education",
      [[0], [0], [0], [0]],
      ED,
      undefined,
      undefined,
      undefined,
      invocation("", "'KPI Data'!D2:D5", "'KPI Data'!A2:A5")
    );
    await expect(call).rejects.toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/insufficient data: 1 of/),
    });
    expect(reads).toEqual([["'KPI Data'!D2:D5"]]);
  });

  it("KPI.COVERAGE counts only the real 0", async () => {
    const call = coverage(
      "Education",
      [[0], [0], [0], [0]],
      ED,
      undefined,
      "scored",
      invocation("", "S!D2:D5", "S!A2:A5")
    );
    await expect(call).resolves.toBe(1);
  });

  it("KPI.POINTS with a blank target cell uses the default target, not a target of 0", async () => {
    const host = { blanksArriveAsNull: false, read: async () => [[[true]]] };
    jest.spyOn(emptyCells, "officeEmptyCellHost").mockReturnValue(host);
    await expect(points("EC: ICT: ICT: 1C", 70, 0, invocation("", "", "S!F2"))).resolves.toBe(3);
  });
});
