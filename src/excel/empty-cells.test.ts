import { readEmptyCells, splitAddress } from "./empty-cells";

/**
 * A request context as strict as Excel about what this reader does: `valueTypes` throws when read before
 * `load("valueTypes")` and the sync after it (PropertyNotLoaded), and every sync is counted.
 */
function strictContext(sheets: Record<string, Record<string, string[][]>>) {
  const stats = { syncs: 0, sheetsAsked: [] as string[] };
  const context = {
    workbook: {
      worksheets: {
        getItem(name: string) {
          stats.sheetsAsked.push(name);
          return {
            getRange(address: string) {
              let loaded = false;
              let synced = false;
              const range = {
                load(what: string) {
                  if (what === "valueTypes") loaded = true;
                  pending.push(() => (synced = loaded));
                  return range;
                },
                get valueTypes(): string[][] {
                  if (!synced)
                    throw Object.assign(new Error("not loaded"), { code: "PropertyNotLoaded" });
                  return sheets[name][address];
                },
              };
              return range;
            },
          };
        },
        getActiveWorksheet() {
          return this.getItem("Active");
        },
      },
    },
    async sync() {
      stats.syncs += 1;
      pending.splice(0).forEach((apply) => apply());
    },
  };
  const pending: (() => void)[] = [];
  return { context: context as unknown as Excel.RequestContext, stats };
}

describe("splitAddress", () => {
  it.each([
    ["Sheet1!A1:A5", "Sheet1", "A1:A5"],
    ["'KPI Data'!$D$2:$D$5", "KPI Data", "$D$2:$D$5"],
    ["'It''s'!B2", "It's", "B2"],
    ["C3", null, "C3"],
  ])("%s → sheet %s, range %s", (address, sheet, range) => {
    expect(splitAddress(address)).toEqual({ sheet, range });
  });
});

describe("readEmptyCells", () => {
  it("loads every range's valueTypes and answers after one sync: Empty → true", async () => {
    const { context, stats } = strictContext({
      "KPI Data": { "D2:D4": [["Empty"], ["Double"], ["Empty"]] },
      Active: { B1: [["String"]] },
    });
    const masks = await readEmptyCells(() => context)(["'KPI Data'!D2:D4", "B1"]);
    expect(masks).toEqual([[[true], [false], [true]], [[false]]]);
    expect(stats).toEqual({ syncs: 1, sheetsAsked: ["KPI Data", "Active"] });
  });
});
