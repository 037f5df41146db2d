import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as kpiFunctions from "../../functions/functions";
import { FormulaError } from "../formula";
import { typeIntoCell } from "../workbook/user-entry";
import { HostProfile, profileFromSearch } from "./host-profile";
import { PreviewScope, installPreview } from "./install-preview";
import { completeOfficeContext } from "./office-context";

/**
 * The KPI functions under the preview's two profiles: Excel on the web hands an empty cell over as null, Excel
 * desktop as 0 (office-js #4702). Blank values must never score on either (docs/excel-hosts.md, "Empty cells").
 */
let metadata: string;
let associations: { id: string; functionName: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../functions/functions.ts")
  );
  metadata = generated.metadataJson;
  associations = generated.associate;
}, 60_000);

afterEach(() => {
  for (const name of ["Office", "Excel", "CustomFunctions"])
    delete (globalThis as Record<string, unknown>)[name];
});

/** A workbook under `profile` with ids in A1:A4, values in B1:B4 (as given; "" = blank) and a formula in D1. */
function scoreWith(profile: HostProfile, values: string[], formula: string) {
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
  ["SC: EH: ED: 1C", "SC: EH: ED: 2C", "SC: EH: ED: 3C", "SC: EH: ED: 4C"].forEach((id, row) => {
    typeIntoCell(host.workbook, sheet, row, 0, id);
    if (values[row] !== "") typeIntoCell(host.workbook, sheet, row, 1, values[row]);
  });
  typeIntoCell(host.workbook, sheet, 0, 3, formula);
  return host.workbook.value(sheet.id, 0, 3);
}

describe("preview host profiles", () => {
  it("reads ?host= from the page address, web by default", () => {
    expect(profileFromSearch("?host=desktop")).toBe("desktop");
    expect(profileFromSearch("?host=web")).toBe("web");
    expect(profileFromSearch("")).toBe("web");
  });

  it.each(["web", "desktop"] as const)(
    "%s: KPI.SCORE over blank values is never a score",
    (profile) => {
      const result = scoreWith(profile, ["", "", "", "50"], '=KPI.SCORE("Education",B1:B4,A1:A4)');
      expect(result).toBeInstanceOf(FormulaError);
      expect((result as FormulaError).code).toBe("#N/A");
      expect((result as FormulaError).message).toMatch(
        profile === "web" ? /insufficient data: 1 of/ : /cannot tell an empty cell from 0/
      );
    }
  );

  it("scores values without blanks alike on both", () => {
    const formula = '=KPI.COVERAGE("Education",B1:B4,A1:A4,,"scored")';
    const web = scoreWith("web", ["20", "70", "1000", "10"], formula);
    const desktop = scoreWith("desktop", ["20", "70", "1000", "10"], formula);
    expect(typeof web).toBe("number");
    expect(desktop).toBe(web);
  });
});
