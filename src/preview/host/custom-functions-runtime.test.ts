import {
  CustomFunctionError,
  ERROR_CODES,
  installCustomFunctionsRuntime,
} from "./custom-functions-runtime";

describe("installCustomFunctionsRuntime", () => {
  it("gives CustomFunctions an Error with code and message, and Excel's ErrorCode values", () => {
    const scope: { CustomFunctions?: unknown } = {};
    installCustomFunctionsRuntime(scope);
    const runtime = scope.CustomFunctions as {
      Error: typeof CustomFunctionError;
      ErrorCode: typeof ERROR_CODES;
    };
    const error = new runtime.Error(runtime.ErrorCode.notAvailable, "Missing value");
    expect([error.code, error.message]).toEqual(["#N/A", "Missing value"]);
    expect(Object.values(runtime.ErrorCode)).toEqual([
      "#VALUE!",
      "#N/A",
      "#DIV/0!",
      "#NUM!",
      "#NULL!",
      "#NAME?",
      "#REF!",
    ]);
  });

  it("records associations by upper-case id, and replaces office.js's associate (it would start its runtime)", () => {
    const officeAssociate = jest.fn();
    const scope: { CustomFunctions?: unknown } = {
      CustomFunctions: { associate: officeAssociate },
    };
    const associations = installCustomFunctionsRuntime(scope);
    const score = () => 1;
    (scope.CustomFunctions as { associate: (id: string, f: () => number) => void }).associate(
      "Score",
      score
    );
    expect(associations.get("SCORE")).toBe(score);
    expect(officeAssociate).not.toHaveBeenCalled();
  });
});
