import { Argument } from "./arguments";
import { AsyncResults } from "./async-results";
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
    // The invocation comes last, always (without addresses unless the options ask for them).
    expect(seen[0]).toEqual(["x", 12, "5", true, null, {}]);
    call("KPI.ECHO", arg(null), OMITTED);
    expect(seen[1]).toEqual([null, null, null, null, null, {}]);
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

  it("reports an array from a function declared with a scalar result as not simulated", () => {
    const message =
      "Preview does not simulate an array from a function declared with a scalar result (KPI.FAIL)";
    expect(code(call("KPI.FAIL", arg("array")))).toBe(`#VALUE! ${message}`);
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

describe("bindCustomFunctions as the host Excel calls", () => {
  const ADDRESSED: FunctionsMetadata = {
    allowErrorForDataTypeAny: true,
    functions: [
      {
        id: "SEE",
        name: "SEE",
        parameters: [
          { name: "one", type: "any" },
          { name: "many", type: "any", dimensionality: "matrix", optional: true },
          { name: "n", type: "number", optional: true },
        ],
        options: { requiresParameterAddresses: true },
        result: { dimensionality: "matrix" },
      },
    ],
  };
  const calls: unknown[][] = [];
  let answer: (...args: unknown[]) => unknown = () => [["seen"]];
  const see = new Map<string, Implementation>([
    ["SEE", (...args: unknown[]) => (calls.push(args), answer(...args))],
  ]);
  const ref = (value: Value | RangeValue, top: number, bottom = top): Argument => ({
    omitted: false,
    evaluate: () => value,
    reference: { sheet: "KPI Data", top, left: 10, bottom, right: 10 },
  });

  beforeEach(() => {
    calls.length = 0;
    answer = () => [["seen"]];
  });

  it("gives the addresses of reference arguments, '' for a typed one and an omitted one", () => {
    const bound = bindCustomFunctions("KPI", ADDRESSED, see, () => undefined);
    expect(bound("KPI.SEE")!([arg(0), ref(new RangeValue([[1], [2]]), 4, 5)])).toBe("seen");
    expect(calls[0][3]).toEqual({ parameterAddresses: ["", "'KPI Data'!K5:K6", ""] });
  });

  it("gives no addresses when the result is not a matrix, as Microsoft requires one with the option", () => {
    const scalar: FunctionsMetadata = {
      functions: [{ ...ADDRESSED.functions[0], result: { type: "number" } }],
    };
    answer = () => "seen";
    const bound = bindCustomFunctions("KPI", scalar, see, () => undefined);
    expect(bound("KPI.SEE")!([ref(0, 4), ref(new RangeValue([[1], [2]]), 4, 5)])).toBe("seen");
    expect(calls[0][3]).toEqual({});
    expect((calls[0][3] as CustomFunctions.Invocation).parameterAddresses).toBeUndefined();
  });

  it("desktop: an empty cell arrives as 0 (typed by the parameter), an omitted argument as null", () => {
    const bound = bindCustomFunctions("KPI", ADDRESSED, see, () => undefined, {
      blanksAsZero: true,
    });
    bound("KPI.SEE")!([ref(null, 4), ref(new RangeValue([[null], [3]]), 4, 5)]);
    expect(calls[0].slice(0, 3)).toEqual([0, [[0], [3]], null]);
    bound("KPI.SEE")!([ref(null, 4), OMITTED, ref(null, 6)]);
    expect(calls[1].slice(0, 3)).toEqual([0, null, 0]);
  });

  it("passes an error to an `any` parameter only with allowErrorForDataTypeAny, as a CustomFunctions.Error", () => {
    const errorArgument = (error: FormulaError) => ({ code: error.code, runtime: true });
    const allowed = bindCustomFunctions("KPI", ADDRESSED, see, () => undefined, { errorArgument });
    const div0 = new FormulaError("#DIV/0!");
    expect(allowed("KPI.SEE")!([arg(div0), arg(new RangeValue([[1], [div0]]))])).toBe("seen");
    expect(calls[0].slice(0, 2)).toEqual([
      { code: "#DIV/0!", runtime: true },
      [[1], [{ code: "#DIV/0!", runtime: true }]],
    ]);
    // A `number` parameter never takes one: Excel answers the error without a call.
    expect(code(allowed("KPI.SEE")!([arg(1), OMITTED, arg(div0)]))).toBe("#DIV/0! ");
    const refused = bindCustomFunctions(
      "KPI",
      { ...ADDRESSED, allowErrorForDataTypeAny: false },
      see,
      () => undefined,
      { errorArgument }
    );
    expect(code(refused("KPI.SEE")!([arg(1), arg(new RangeValue([[1], [div0]]))]))).toBe(
      "#DIV/0! "
    );
    expect(calls).toHaveLength(1);
  });

  it("never calls a function with an argument still calculating (#BUSY!): the cell waits, showing #BUSY!", () => {
    const allowed = bindCustomFunctions("KPI", ADDRESSED, see, () => undefined);
    const pending = new FormulaError("#BUSY!", "KPI.SCORE is still calculating");
    expect(code(allowed("KPI.SEE")!([arg(pending)]))).toBe("#BUSY! KPI.SCORE is still calculating");
    expect(code(allowed("KPI.SEE")!([arg(1), arg(new RangeValue([[pending]]))]))).toMatch(
      /^#BUSY!/
    );
    expect(calls).toHaveLength(0);
  });

  it("shows #BUSY! while a promise is pending, calls once for the same inputs, then shows its value", async () => {
    let settle: (value: unknown) => void = () => undefined;
    answer = () => new Promise((resolve) => (settle = resolve));
    let recalculations = 0;
    const asyncResults = new AsyncResults(() => (recalculations += 1));
    const bound = bindCustomFunctions("KPI", ADDRESSED, see, () => undefined, { asyncResults });
    const once = () => bound("KPI.SEE")!([ref(7, 4)]);
    expect(code(once())).toBe("#BUSY! KPI.SEE is still calculating");
    expect(code(once())).toBe("#BUSY! KPI.SEE is still calculating");
    expect(asyncResults.pendingCount).toBe(1);
    settle([[42]]);
    await asyncResults.whenIdle();
    expect(recalculations).toBe(1);
    expect(once()).toBe(42);
    expect(calls).toHaveLength(1);
    // Other inputs are another call.
    answer = () => Promise.reject({ code: "#N/A", message: "insufficient data" });
    expect(code(bound("KPI.SEE")!([ref(8, 4)]))).toBe("#BUSY! KPI.SEE is still calculating");
    await asyncResults.whenIdle();
    expect(code(bound("KPI.SEE")!([ref(8, 4)]))).toBe("#N/A insufficient data");
    expect(calls).toHaveLength(2);
  });

  it("remembers a blank apart from a 0 under desktop (the cells differ, the arguments do not)", async () => {
    answer = (value) => Promise.resolve([[value === 0 ? "zero" : "other"]]);
    const asyncResults = new AsyncResults();
    const bound = bindCustomFunctions("KPI", ADDRESSED, see, () => undefined, {
      asyncResults,
      blanksAsZero: true,
    });
    bound("KPI.SEE")!([ref(null, 4)]);
    bound("KPI.SEE")!([ref(0, 4)]);
    await asyncResults.whenIdle();
    expect(calls).toHaveLength(2);
  });
});

describe("bindCustomFunctions with a matrix result", () => {
  const MATRIX: FunctionsMetadata = {
    functions: [
      {
        id: "GRID",
        name: "GRID",
        parameters: [{ name: "how", type: "any" }],
        result: { dimensionality: "matrix" },
      },
    ],
  };
  const answers: Record<string, unknown> = {
    number: [[56.25]],
    text: [["OK"]],
    flag: [[true]],
    error: [[{ code: "#N/A", message: "insufficient data" }]],
    nan: [[NaN]],
    row: [[1, 2]],
    column: [[1], [2]],
    empty: [],
    nested: [[[[1]]]],
    scalar: 7,
    flat: [7],
    later: Promise.resolve([[3]]),
    "later row": Promise.resolve([[1, 2]]),
  };
  const grid = new Map<string, Implementation>([
    [
      "GRID",
      (how: unknown) => {
        if (how === "throw") throw { code: "#VALUE!", message: "bad method" };
        return answers[how as string];
      },
    ],
  ]);
  const grids = (asyncResults = new AsyncResults()) =>
    bindCustomFunctions("KPI", MATRIX, grid, (m) => reported.push(m), { asyncResults })(
      "KPI.GRID"
    )!;

  it.each([
    ["number", 56.25],
    ["text", "OK"],
    ["flag", true],
    ["error", "#N/A insufficient data"],
    ["nan", "#NUM! KPI.GRID returned NaN"],
    ["throw", "#VALUE! bad method"],
  ])("shows a 1×1 array %p as its one value %p", (how, shown) => {
    expect(code(grids()([arg(how)]))).toBe(shown);
    expect(reported).toEqual([]);
  });

  it.each(["row", "column", "empty", "nested"])(
    "reports a %s array (it would spill, or is no 1×1 array) as not simulated",
    (how) => {
      const message = "Preview does not simulate spilled array results (KPI.GRID)";
      expect(code(grids()([arg(how)]))).toBe(`#VALUE! ${message}`);
      expect(reported).toEqual([message]);
    }
  );

  it.each(["scalar", "flat"])(
    "reports a %s answer where a matrix is declared as not simulated",
    (how) => {
      const message =
        "Preview does not simulate a non-matrix result of a function declared with a matrix result (KPI.GRID)";
      expect(code(grids()([arg(how)]))).toBe(`#VALUE! ${message}`);
      expect(reported).toEqual([message]);
    }
  );

  it("shows a promise of a 1×1 array as its value once settled; a larger one is not simulated", async () => {
    const asyncResults = new AsyncResults();
    const bound = grids(asyncResults);
    expect(code(bound([arg("later")]))).toBe("#BUSY! KPI.GRID is still calculating");
    expect(code(bound([arg("later row")]))).toMatch(/^#BUSY!/);
    await asyncResults.whenIdle();
    expect(bound([arg("later")])).toBe(3);
    expect(code(bound([arg("later row")]))).toBe(
      "#VALUE! Preview does not simulate spilled array results (KPI.GRID)"
    );
  });
});
