import { readFileSync } from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

// scripts/functions-metadata.js is CommonJS used by webpack.config.js; the test runs the same post-processing.
const { postProcessMetadata, helpAnchor } = require("../../scripts/functions-metadata.js");

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
  readonly helpUrl?: string;
  readonly options?: Readonly<Record<string, boolean>>;
  readonly parameters: readonly Parameter[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
}
interface Metadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly allowCustomDataForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMetadata[];
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

// "any" (left out) for text or a number (INFO), and for the functions that answer at once or, when a 0 may be an
// empty cell, with a promise (src/functions/blank-arguments.ts).
const RESULT_TYPES: Record<string, string | undefined> = {
  SCORE: undefined,
  POINTS: undefined,
  BAND: "string",
  COVERAGE: undefined,
  CHECK: undefined,
  INFO: undefined,
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
    for (const id of ["SCORE", "POINTS", "COVERAGE", "CHECK"])
      expect(help(id)).toMatch(/empty cell or NR means not reported/);
  });
});

describe("functions.json as the build ships it (scripts/functions-metadata.js)", () => {
  const base = "https://cdn.example.org/kpi";
  let generated: Metadata;
  const shipped = (lang: string): Metadata =>
    postProcessMetadata(generated, { baseUrl: base, lang });
  const help = readFileSync(path.resolve(__dirname, "../../src/help.html"), "utf8");

  beforeAll(async () => {
    generated = JSON.parse(
      (await generateCustomFunctionsMetadata(SOURCE)).metadataJson
    ) as Metadata;
  });

  it("lets Excel call the functions with error arguments, and takes plain values rather than data types", () => {
    expect(generated.allowErrorForDataTypeAny).toBeUndefined();
    for (const lang of ["en", "fr", "ru"]) {
      expect(shipped(lang).allowErrorForDataTypeAny).toBe(true);
      expect(shipped(lang).allowCustomDataForDataTypeAny).toBe(false);
    }
  });

  it("asks Excel for the argument addresses where a 0 may be an empty cell", () => {
    const asking = shipped("en").functions.filter((f) => f.options?.requiresParameterAddresses);
    expect(asking.map((f) => f.id)).toEqual(["SCORE", "POINTS", "COVERAGE", "CHECK"]);
  });

  it.each(["en", "fr", "ru"])(
    "in %s: a matrix result on every function asking for addresses, a scalar one elsewhere",
    (lang) => {
      // "This property must be used in combination with the dimensionality property of the result object, and
      // dimensionality must be set to matrix" (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
      // #options). The generator reads the functions' `OneCell<T> | Promise<OneCell<T>>` as a scalar: the build
      // declares the matrix, and the functions return a 1×1 array (src/functions/functions.test.ts).
      for (const fn of shipped(lang).functions) {
        const asks = fn.options?.requiresParameterAddresses === true;
        expect([fn.id, fn.result.dimensionality]).toEqual([fn.id, asks ? "matrix" : undefined]);
        expect(fn.result.type).toBe(RESULT_TYPES[fn.id]);
      }
    }
  );

  it("gives every function a helpUrl under the add-in's base, to a section help.html has", () => {
    for (const fn of shipped("en").functions) {
      expect(fn.helpUrl).toBe(`${base}/help.html#${helpAnchor(fn.id)}`);
      expect(help).toContain(`id="${helpAnchor(fn.id)}"`);
    }
  });

  it.each(["fr", "ru"])(
    "in %s: same ids, names, types and shapes; every text translated",
    (lang) => {
      const english = shipped("en");
      const local = shipped(lang);
      expect(local.functions.map((f) => [f.id, f.name])).toEqual(
        english.functions.map((f) => [f.id, f.name])
      );
      for (const [index, fn] of local.functions.entries()) {
        const en = english.functions[index];
        expect(fn.helpUrl).toBe(en.helpUrl);
        expect(fn.options).toEqual(en.options);
        expect(fn.result).toEqual(en.result);
        expect(fn.description).not.toBe(en.description);
        expect((fn.description ?? "").length).toBeLessThanOrEqual(255);
        expect(fn.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
          en.parameters.map((p) => [p.type, p.dimensionality, p.optional])
        );
        for (const [i, parameter] of fn.parameters.entries()) {
          expect(parameter.name).toMatch(/^[\p{L}_][\p{L}\p{N}_]*$/u);
          expect(parameter.description).not.toBe(en.parameters[i].description);
          expect((parameter.description ?? "").length).toBeLessThanOrEqual(128);
        }
      }
    }
  );

  it("fails the build when a translation misses a parameter", () => {
    const renamed = JSON.parse(JSON.stringify(generated)) as {
      functions: { parameters: { name: string }[] }[];
    };
    renamed.functions[0].parameters[1].name = "renamed";
    expect(() => postProcessMetadata(renamed, { baseUrl: base, lang: "fr" })).toThrow(
      /SCORE has no value/
    );
  });
});
