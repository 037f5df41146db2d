import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WORKED_EXAMPLES } from "./worked-examples";

// docs/scoring.md's worked examples are computed here with src/domain, so the document cannot drift from the code.
const doc = readFileSync(join(__dirname, "../../docs/scoring.md"), "utf8");
const blocks = new Map(
  [...doc.matchAll(/<!-- example: ([\w-]+) -->([\s\S]*?)<!-- \/example -->/g)].map((m) => [
    m[1],
    m[2],
  ])
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The number printed for `name` in a block: `name = **12.5**` or `name = 9 / 16 × 100 = **56.25**`. */
function printed(block: string, name: string): string | undefined {
  const pattern = new RegExp(
    `(?<![\\w])${escape(name)}\\s*=\\s*(?:[^*=]*=\\s*)?\\*\\*(-?[\\d.]+)\\*\\*`
  );
  return pattern.exec(block)?.[1];
}

/** Half a unit of the last printed digit: 83.3333 stands for 83.33333…, 56.25 for 56.25. */
const tolerance = (text: string) => 0.5 * 10 ** -(text.split(".")[1]?.length ?? 0) + 1e-12;

describe("docs/scoring.md worked examples", () => {
  it("has a computation for every example block and a block for every computation", () => {
    expect([...blocks.keys()].sort()).toEqual(Object.keys(WORKED_EXAMPLES).sort());
  });

  it.each(Object.keys(WORKED_EXAMPLES))("%s prints what the engine computes", (key) => {
    const block = blocks.get(key) ?? "";
    const results = WORKED_EXAMPLES[key]();
    for (const [name, value] of Object.entries(results)) {
      const text = printed(block, name);
      if (text === undefined) throw new Error(`${key}: no "${name} = **…**" in the block`);
      expect({ name, off: Math.abs(Number(text) - value) <= tolerance(text) }).toEqual({
        name,
        off: true,
      });
    }
    // Every bold number of the block is one of the computed results: nothing printed goes unchecked.
    expect(block.match(/\*\*-?[\d.]+\*\*/g)?.length).toBe(Object.keys(results).length);
  });
});
