import { Argument } from "./arguments";
import { FunctionsMetadata, Implementation, bindCustomFunctions } from "./custom-functions";
import { FormulaError } from "./errors";
import { RangeValue, Value } from "./values";

const METADATA: FunctionsMetadata = {
  functions: [
    {
      id: "ECHO",
      name: "ECHO",
      parameters: [
        { name: "any", type: "any" },
        { name: "number", type: "number", optional: true },
        { name: "text", type: "string", optional: true },
        { name: "flag", type: "boolean", optional: true },
        { name: "matrix", type: "any", dimensionality: "matrix", optional: true },
      ],
    },
    { id: "FAIL", name: "FAIL", parameters: [{ name: "how", type: "any" }] },
    { id: "STREAM", name: "STREAM", parameters: [], options: { stream: true } },
  ],
};

const seen: unknown[][] = [];
const implementations = new Map<string, Implementation>([
  ["ECHO", (...args: unknown[]) => (seen.push(args), "echoed")],
  [
    "FAIL",
    (how: unknown) => {
      if (how === "na") throw { code: "#N/A", message: "Missing value" };
      if (how === "plain") throw new Error("boom");
      if (how === "nan") return NaN;
      if (how === "array") return [[1]];
      if (how === "promise") return Promise.resolve(1);
      return undefined;
    },
  ],
  ["STREAM", () => 1],
]);
const reported: string[] = [];
const lookup = bindCustomFunctions("KPI", METADATA, implementations, (m) => reported.push(m));

const arg = (value: Value | RangeValue): Argument => ({ omitted: false, evaluate: () => value });
const OMITTED: Argument = { omitted: true, evaluate: () => null };
const call = (name: string, ...args: Argument[]) => lookup(name)!(args);
const code = (value: Value) =>
  value instanceof FormulaError ? `${value.code} ${value.message}` : value;

beforeEach(() => {
  seen.length = 0;
  reported.length = 0;
});

describe("bindCustomFunctions", () => {
  it("finds functions by NAMESPACE.NAME in any case and nothing else", () => {
    expect(lookup("kpi.echo")).toBeDefined();
    expect(lookup("ECHO")).toBeUndefined();
    expect(lookup("KPI.NOPE")).toBeUndefined();
  });

  it("converts arguments by declared type, passes omitted and missing ones as null", () => {
    expect(call("KPI.ECHO", arg("x"), arg(" 12 "), arg(5), arg(1))).toBe("echoed");
    expect(seen[0]).toEqual(["x", 12, "5", true, null]);
    call("KPI.ECHO", arg(null), OMITTED);
    expect(seen[1]).toEqual([null, null, null, null, null]);
  });

  it("passes a range as rows of cells, and a single value as a 1×1 matrix", () => {
    call(
      "KPI.ECHO",
      arg(1),
      OMITTED,
      OMITTED,
      OMITTED,
      arg(
        new RangeValue([
          [1, null],
          ["a", true],
        ])
      )
    );
    call("KPI.ECHO", arg(1), OMITTED, OMITTED, OMITTED, arg(7));
    expect(seen.map((args) => args[4])).toEqual([
      [
        [1, null],
        ["a", true],
      ],
      [[7]],
    ]);
  });

  it.each<[string, Argument[], string]>([
    [
      "an error argument is passed on without a call",
      [arg(new FormulaError("#DIV/0!"))],
      "#DIV/0! ",
    ],
    [
      "an error inside a range too",
      [arg(1), OMITTED, OMITTED, OMITTED, arg(new RangeValue([[new FormulaError("#N/A")]]))],
      "#N/A ",
    ],
    [
      "text for a number parameter is #VALUE!",
      [arg(1), arg("abc")],
      '#VALUE! "abc" is not a number',
    ],
    [
      "a multi-cell range for a scalar parameter is #VALUE!",
      [arg(new RangeValue([[1], [2]]))],
      "#VALUE! A range was given where one value is expected",
    ],
    [
      "too many arguments is #VALUE!",
      [arg(1), arg(1), arg(1), arg(1), arg(1), arg(1)],
      "#VALUE! KPI.ECHO takes at most 5 arguments",
    ],
  ])("%s", (_, args, expected) => {
    expect(code(call("KPI.ECHO", ...args))).toBe(expected);
    expect(seen).toEqual([]);
  });

  it.each([
    ["na", "#N/A Missing value"],
    ["plain", "#VALUE! boom"],
    ["nan", "#NUM! KPI.FAIL returned NaN"],
    ["nothing", "#VALUE! KPI.FAIL returned undefined"],
  ])("shows a function's outcome %p as %p", (how, expected) => {
    expect(code(call("KPI.FAIL", arg(how)))).toBe(expected);
    expect(reported).toEqual([]);
  });

  it.each([
    ["array", "Preview does not simulate spilled array results (KPI.FAIL)"],
    ["promise", "Preview does not simulate asynchronous custom functions (KPI.FAIL)"],
  ])("reports a %s result as not simulated", (how, message) => {
    expect(code(call("KPI.FAIL", arg(how)))).toBe(`#VALUE! ${message}`);
    expect(reported).toEqual([message]);
  });

  it("reports a metadata option it does not simulate, naming it", () => {
    expect(code(call("KPI.STREAM"))).toBe(
      "#VALUE! Preview does not simulate custom function option stream (KPI.STREAM)"
    );
    expect(reported).toHaveLength(1);
  });

  it("refuses metadata without an associated implementation", () => {
    expect(() => bindCustomFunctions("KPI", METADATA, new Map(), () => undefined)).toThrow(
      "No implementation associated with custom function id ECHO"
    );
  });
});
