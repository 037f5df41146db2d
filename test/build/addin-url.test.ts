// scripts/addin-url.js is CommonJS used by webpack.config.js; the tests load it the same way.
const { DEV_URL, resolveAddinUrl, rewriteManifest } = require("../../scripts/addin-url.js");

describe("resolveAddinUrl", () => {
  it("uses https://localhost:3000 in development", () => {
    expect(resolveAddinUrl({ production: false, addinUrl: undefined })).toBe(DEV_URL);
  });

  it.each([
    ["https://kpi.example.org", "https://kpi.example.org"],
    ["https://kpi.example.org/", "https://kpi.example.org"],
    ["https://cdn.example.org/apps/kpi4ssc/", "https://cdn.example.org/apps/kpi4ssc"],
    ["  https://kpi.example.org:8443  ", "https://kpi.example.org:8443"],
  ])("accepts %j in production as %s", (given, expected) => {
    expect(resolveAddinUrl({ production: true, addinUrl: given })).toBe(expected);
  });

  it.each([
    [undefined, /ADDIN_URL is not set/],
    ["", /ADDIN_URL is not set/],
    ["   ", /ADDIN_URL is not set/],
    ["http://kpi.example.org", /must use https/],
    ["kpi.example.org", /not a valid URL/],
    ["ftp://kpi.example.org", /must use https/],
    ["https://kpi.example.org/?v=1", /without \? or #/],
  ])("refuses %j in production", (given, message) => {
    expect(() => resolveAddinUrl({ production: true, addinUrl: given })).toThrow(message);
  });
});

describe("rewriteManifest", () => {
  const xml = `<AppDomain>${DEV_URL}</AppDomain><SourceLocation DefaultValue="${DEV_URL}/taskpane.html"/>`;

  it("moves every address to the base and keeps AppDomain an origin", () => {
    expect(rewriteManifest(xml, "https://cdn.example.org/kpi")).toBe(
      '<AppDomain>https://cdn.example.org</AppDomain><SourceLocation DefaultValue="https://cdn.example.org/kpi/taskpane.html"/>'
    );
  });
});

describe("the localized metadata and help links under ADDIN_URL", () => {
  const { helpUrl, metadataFile } = require("../../scripts/functions-metadata.js");
  const manifest = require("fs").readFileSync(
    require("path").join(__dirname, "../../manifest.xml"),
    "utf8"
  );
  const base = "https://cdn.example.org/kpi";

  it("moves the fr and ru metadata overrides to the base with every other address", () => {
    const rewritten: string = rewriteManifest(manifest, base);
    for (const lang of ["fr", "ru"]) {
      expect(rewritten).toContain(`Value="${base}/${metadataFile(lang)}"`);
    }
    expect(rewritten).not.toContain(DEV_URL);
  });

  it("points each function's helpUrl at the base the manifest uses", () => {
    expect(helpUrl(base, "SCORE")).toBe(`${base}/help.html#kpi-score`);
    expect(helpUrl(resolveAddinUrl({ production: false, addinUrl: undefined }), "INFO")).toBe(
      `${DEV_URL}/help.html#kpi-info`
    );
  });
});
