import { readFileSync } from "node:fs";
import path from "node:path";
// scripts/office-js-offline.js is CommonJS used by webpack.config.js; the tests load it the same way.
const { withoutTelemetryFrame } = require("../../scripts/office-js-offline.js");

const DIST = path.join(__dirname, "../../node_modules/@microsoft/office-js/dist");

describe("withoutTelemetryFrame", () => {
  it.each(["o15apptofilemappingtable.js", "o15apptofilemappingtable.debug.js"])(
    "disables the telemetry endpoint the installed office.js builds in %s",
    (file) => {
      const original = readFileSync(path.join(DIST, file), "utf8");
      expect(original).toContain("telemetryservice.firstpartyapps.oaspapps.com");
      const offline: string = withoutTelemetryFrame(original, path.join(DIST, file));
      expect(offline).toMatch(/\.ulsEndpoint=null/);
      expect(offline).not.toMatch(/\.ulsEndpoint\s*=\s*[\w$]+\(\)/);
    }
  );

  it("leaves every other file as it is", () => {
    expect(withoutTelemetryFrame("a.ulsEndpoint=c()", "office.js")).toBe("a.ulsEndpoint=c()");
  });

  it("refuses a telemetry file where it finds no endpoint (a changed office.js must be looked at)", () => {
    expect(() => withoutTelemetryFrame("var x=1;", "o15apptofilemappingtable.js")).toThrow(
      /expected one telemetry endpoint/
    );
  });
});
