import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as kpiFunctions from "../../functions/functions";
import { FormulaError, Value } from "../formula";
import { typeIntoCell } from "../workbook/user-entry";
import { HostProfile, profileFromSearch } from "./host-profile";
import { PreviewHost, PreviewScope, installPreview } from "./install-preview";
import { completeOfficeContext } from "./office-context";

// scripts/functions-metadata.js is CommonJS used by webpack.config.js; the preview gets what the build ships.
const { postProcessMetadata } = require("../../../scripts/functions-metadata.js");

/**
 * The KPI functions under the preview's two profiles: Excel on the web hands an empty cell over as null, Excel
 * desktop as 0 (office-js #4702), with the arguments' addresses, so the functions read the cells' valueTypes.
 * Blank values must never score on either (docs/excel-hosts.md, "Empty cells").
 */
let metadata: string;
let associations: { id: string; functionName: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../functions/functions.ts")
  );
  // As the build ships it (scripts/functions-metadata.js): errors reach the `any` parameters, and the functions
  // asking for addresses declare the matrix result Excel requires for them.
  metadata = JSON.stringify(
    postProcessMetadata(JSON.parse(generated.metadataJson), { baseUrl: "https://localhost" })
  );
  associations = generated.associate;
}, 60_000);

afterEach(() => {
  for (const name of ["Office", "Excel", "CustomFunctions"])
    delete (globalThis as Record<string, unknown>)[name];
});

const IDS = ["SC: EH: ED: 1C", "SC: EH: ED: 2C", "SC: EH: ED: 3C", "SC: EH: ED: 4C"];

/** A preview under `profile` with the KPI functions bound, ids in A1:A4 and values in B1:B4 ("" = left blank). */
function previewWith(profile: HostProfile, values: string[]): PreviewHost {
  const office = { context: {} };
  completeOfficeContext(office, "en-US", profile);
  Object.assign(globalThis, { Office: office });
  const host = installPreview(globalThis as PreviewScope, profile);
  const implementations = kpiFunctions as unknown as Record<string, (...a: unknown[]) => unknown>;
  const runtime = (
    globalThis as unknown as { CustomFunctions: { associate: (i: string, f: unknown) => void } }
  ).CustomFunctions;
  for (const { id, functionName } of associations)
    runtime.associate(id, implementations[functionName]);
  host.bindFunctions(JSON.parse(metadata));
  const sheet = host.workbook.sheets[0];
  IDS.forEach((id, row) => {
    typeIntoCell(host.workbook, sheet, row, 0, id);
    if (values[row] !== "") typeIntoCell(host.workbook, sheet, row, 1, values[row]);
  });
  return host;
}

/** The value of `formula` in D1 once every promise settled. */
async function resultOf(host: PreviewHost, formula: string): Promise<Value> {
  const sheet = host.workbook.sheets[0];
  typeIntoCell(host.workbook, sheet, 0, 3, formula);
  await host.calculated();
  return host.workbook.value(sheet.id, 0, 3);
}

const shown = (value: Value) =>
  value instanceof FormulaError ? `${value.code} ${value.message}` : value;

describe("preview host profiles", () => {
  it("reads ?host= from the page address, web by default", () => {
    expect(profileFromSearch("?host=desktop")).toBe("desktop");
    expect(profileFromSearch("?host=web")).toBe("web");
    expect(profileFromSearch("")).toBe("web");
  });

  it.each(["web", "desktop"] as const)(
    "%s: KPI.SCORE over blank values is insufficient data, never a score and never 'cannot tell'",
    async (profile) => {
      const host = previewWith(profile, ["", "", "", "50"]);
      const result = await resultOf(host, '=KPI.SCORE("Education",B1:B4,A1:A4)');
      expect(result).toBeInstanceOf(FormulaError);
      expect((result as FormulaError).code).toBe("#N/A");
      expect((result as FormulaError).message).toMatch(/insufficient data: 1 of/);
      expect((result as FormulaError).message).not.toMatch(/cannot tell/);
    }
  );

  it("desktop: the cells' valueTypes are read once per call (one sync), the web reads nothing", async () => {
    const syncs: Record<string, number> = {};
    for (const profile of ["web", "desktop"] as const) {
      const host = previewWith(profile, ["", "", "", "50"]);
      const before = host.stats.syncs;
      await resultOf(host, '=KPI.SCORE("Education",B1:B4,A1:A4)');
      syncs[profile] = host.stats.syncs - before;
    }
    expect(syncs).toEqual({ web: 0, desktop: 1 });
  });

  it("desktop: a typed 0 is a 0 (scored), a blank is not", async () => {
    const formula = '=KPI.COVERAGE("Education",B1:B4,A1:A4,,"scored")';
    const zero = await resultOf(previewWith("desktop", ["0", "70", "1000", "10"]), formula);
    const blank = await resultOf(previewWith("desktop", ["", "70", "1000", "10"]), formula);
    const filled = await resultOf(previewWith("desktop", ["20", "70", "1000", "10"]), formula);
    expect([zero, blank]).toEqual([filled, (filled as number) - 1]);
  });

  it.each(["web", "desktop"] as const)(
    "%s: a #DIV/0! in one value cell leaves only that item unscored; the others score",
    async (profile) => {
      const host = previewWith(profile, ["=1/0", "70", "1000", "10"]);
      const scored = await resultOf(host, '=KPI.COVERAGE("Education",B1:B4,A1:A4,,"scored")');
      const eligible = await resultOf(host, '=KPI.COVERAGE("Education",B1:B4,A1:A4,,"eligible")');
      // Three of the four Education items have a target (eligible); the first is one of them.
      expect([scored, eligible]).toEqual([2, 3]);
      const score = await resultOf(host, '=KPI.SCORE("Education",B1:B4,A1:A4,,,0)');
      expect(typeof score).toBe("number");
    }
  );

  it("scores values without blanks alike on both", async () => {
    const formula = '=KPI.COVERAGE("Education",B1:B4,A1:A4,,"scored")';
    const web = await resultOf(previewWith("web", ["20", "70", "1000", "10"]), formula);
    const desktop = await resultOf(previewWith("desktop", ["20", "70", "1000", "10"]), formula);
    expect(web).toBe(3);
    expect(desktop).toBe(web);
  });

  it.each(["web", "desktop"] as const)(
    "%s: a function name the add-in does not register is #NAME?",
    async (profile) => {
      const host = previewWith(profile, ["20", "70", "1000", "10"]);
      expect(shown(await resultOf(host, "=KPI.NOPE(B1)"))).toMatch(/^#NAME\?/);
      expect(shown(await resultOf(host, "=KPI.SCORE"))).toMatch(/^#NAME\?/);
    }
  );
});
