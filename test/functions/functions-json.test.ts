import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts (the webpack plugin does it at build time;
 * here the same package's API does it in memory). Ids and parameter names are frozen once shipped: docs/scoring.md §7.
 */
interface Parameter {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly Parameter[];
  readonly result: { readonly type?: string };
}

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

// name, range (matrix) or single value, optional — as docs/scoring.md §7 writes the signatures.
const EXPECTED: Record<string, readonly (readonly [string, "matrix" | "scalar", boolean])[]> = {
  SCORE: [
    ["id", "scalar", false],
    ["value", "matrix", false],
    ["ids", "matrix", true],
    ["targets", "matrix", true],
    ["method", "scalar", true],
    ["min_coverage", "scalar", true],
  ],
  POINTS: [
    ["id", "scalar", false],
    ["value", "scalar", false],
    ["target", "scalar", true],
  ],
  BAND: [["score", "scalar", false]],
  COVERAGE: [
    ["area", "scalar", false],
    ["values", "matrix", false],
    ["ids", "matrix", false],
    ["targets", "matrix", true],
    ["result", "scalar", true],
  ],
  CHECK: [
    ["id", "scalar", false],
    ["value", "scalar", false],
    ["year", "scalar", true],
    ["quality", "scalar", true],
    ["reporting_year", "scalar", true],
  ],
  INFO: [
    ["id", "scalar", false],
    ["field", "scalar", false],
  ],
};

const RESULT_TYPES: Record<string, string | undefined> = {
  SCORE: "number",
  POINTS: "number",
  BAND: "string",
  COVERAGE: "number",
  CHECK: "string",
  INFO: undefined, // text or a number: "any", which the metadata leaves out
};

describe("functions.json generated from src/functions/functions.ts", () => {
  let metadata: readonly FunctionMetadata[];
  let associate: readonly { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    expect(result.errors).toEqual([]);
    metadata = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
    associate = result.associate;
  });

  it("declares exactly the six KPI functions, each bound to the exported function of its name", () => {
    expect(metadata.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
    expect(metadata.map((f) => f.name)).toEqual(Object.keys(EXPECTED));
    for (const { functionName, id } of associate) {
      expect(functionName).toBe(id.toLowerCase());
      expect(typeof (functions as Record<string, unknown>)[functionName]).toBe("function");
    }
  });

  it.each(Object.keys(EXPECTED))("%s has the parameters of docs/scoring.md §7", (id) => {
    const fn = metadata.find((f) => f.id === id) as FunctionMetadata;
    const actual = fn.parameters.map((p) => [
      p.name,
      p.dimensionality ?? "scalar",
      p.optional === true,
    ]);
    expect(actual).toEqual(EXPECTED[id]);
    // Excel may pass text, numbers, booleans or errors to every argument: none is narrowed by the metadata.
    expect(fn.parameters.every((p) => p.type === "any")).toBe(true);
    expect(fn.result.type).toBe(RESULT_TYPES[id]);
  });

  it.each(Object.keys(EXPECTED))("%s and its parameters have help text Excel can show", (id) => {
    const fn = metadata.find((f) => f.id === id) as FunctionMetadata;
    expect(fn.description).toMatch(/\S/);
    expect(fn.description).not.toMatch(/\n/);
    expect((fn.description ?? "").length).toBeLessThanOrEqual(255);
    for (const parameter of fn.parameters) {
      expect(parameter.description).toMatch(/\S/);
      expect((parameter.description ?? "").length).toBeLessThanOrEqual(128);
    }
  });

  it("states the choices the spec asks the help to state", () => {
    const help = (id: string) => {
      const fn = metadata.find((f) => f.id === id) as FunctionMetadata;
      return [fn.description, ...fn.parameters.map((p) => p.description)].join(" ");
    };
    expect(help("SCORE")).toMatch(/target\/value: our choice/);
    expect(help("SCORE")).toMatch(/missing item counts as its siblings' mean/);
    expect(help("POINTS")).toMatch(/target\/value: our choice/);
    expect(help("SCORE")).toMatch(/empty cell as 0/);
  });
});
