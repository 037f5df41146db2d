import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("targets workbooks with the shared runtime and ReadWriteDocument", () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  it("declares the KPI custom-functions namespace and one page for pane and functions", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KPI"\/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  });

  it("declares the requirement sets the code needs (docs/excel-hosts.md)", () => {
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.3"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.4"\/>/);
  });

  it("gives French and Russian users their function metadata, ribbon labels and tooltips", () => {
    const resource = (id: string) => {
      const match = new RegExp(
        `<bt:(?:Url|String) id="${id.replace(".", "\\.")}"[^>]*>([\\s\\S]*?)</bt:(?:Url|String)>`
      ).exec(manifest);
      return match ? match[1] : "";
    };
    expect(resource("Functions.Metadata.Url")).toContain(
      '<bt:Override Locale="fr-FR" Value="https://localhost:3000/functions-fr.json"/>'
    );
    expect(resource("Functions.Metadata.Url")).toContain(
      '<bt:Override Locale="ru-RU" Value="https://localhost:3000/functions-ru.json"/>'
    );
    for (const id of [
      "Group.Label",
      "TaskpaneButton.Label",
      "TaskpaneButton.Tooltip",
      "GetStarted.Title",
      "GetStarted.Description",
    ]) {
      expect(resource(id)).toMatch(/<bt:Override Locale="fr-FR" Value="[^"]+"\/>/);
      expect(resource(id)).toMatch(
        /<bt:Override Locale="ru-RU" Value="[^"]*[\u0400-\u04FF][^"]*"\/>/
      );
    }
  });

  it("puts the pane button on the Home tab", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("takes every URL from the one development base", () => {
    const withoutComments = manifest.replace(/<!--[\s\S]*?-->/g, "");
    const urls = [...withoutComments.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    const addresses = urls.filter(
      (url) => !url.startsWith("http://schemas.microsoft.com") && !url.includes("w3.org")
    );
    expect(addresses.length).toBeGreaterThan(8);
    for (const url of addresses) expect(url.startsWith("https://localhost:3000")).toBe(true);
  });

  it.each([
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
  ])("ships %s at %i px, referenced from the manifest where used", (file, size) => {
    expect(pngSize(join(root, "assets", file))).toEqual([size, size]);
  });

  it("references only icons that exist", () => {
    for (const match of manifest.matchAll(/assets\/([\w-]+\.png)/g)) {
      expect(() => readFileSync(join(root, "assets", match[1]))).not.toThrow();
    }
  });
});
