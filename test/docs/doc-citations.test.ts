import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// Comments cite the method as `docs/<file>.md` or `docs/<file>.md §N`: every citation must resolve, so a reader
// who follows one finds the rule (the docs index lists the documents).
const root = join(__dirname, "../..");
const SCANNED = ["src", "scripts", "bench", "test"];
const TEXT = /\.(ts|tsx|js|mjs|cjs|md|html|json)$/;
const CITATION = /docs\/([\w./-]+\.md)(?:\s*§\s*(\d+))?/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "output") return [];
    if (statSync(path).isDirectory()) return files(path);
    return TEXT.test(name) ? [path] : [];
  });
}

/** Section numbers of a document: headings `## 3. Flags` give 3. */
function sections(path: string): Set<string> {
  const text = readFileSync(path, "utf8");
  return new Set([...text.matchAll(/^#{2,3} (\d+)\./gm)].map((m) => m[1]));
}

interface Citation {
  readonly where: string;
  readonly doc: string;
  readonly section: string | undefined;
}

const citations: Citation[] = SCANNED.flatMap((dir) => files(join(root, dir))).flatMap((path) =>
  [...readFileSync(path, "utf8").matchAll(CITATION)].map((m) => ({
    where: relative(root, path),
    doc: m[1],
    section: m[2],
  }))
);

describe("docs citations in the code", () => {
  it("finds the citations (the scan works)", () => {
    expect(
      citations.filter((c) => c.doc === "scoring.md" && c.section === "4").length
    ).toBeGreaterThan(3);
  });

  it("cites only documents that exist under docs/", () => {
    const missing = citations.filter((c) => !existsSync(join(root, "docs", c.doc)));
    expect(missing.map((c) => `${c.where} → docs/${c.doc}`)).toEqual([]);
  });

  it("cites only sections that exist", () => {
    const broken = citations.filter(
      (c) =>
        c.section !== undefined &&
        existsSync(join(root, "docs", c.doc)) &&
        !sections(join(root, "docs", c.doc)).has(c.section)
    );
    expect(broken.map((c) => `${c.where} → docs/${c.doc} §${c.section}`)).toEqual([]);
  });

  it("lists every document of docs/ in docs/README.md", () => {
    const index = readFileSync(join(root, "docs", "README.md"), "utf8");
    const docs = readdirSync(join(root, "docs")).filter(
      (n) => n.endsWith(".md") && n !== "README.md"
    );
    expect(docs.filter((name) => !index.includes(`(${name})`))).toEqual([]);
  });
});
