import { AREA_TREE, allAreaNodes, resolveArea } from "./areas";
import { ITEMS } from "./catalog";

describe("area tree", () => {
  const nodes = allAreaNodes();
  const at = (level: string) => nodes.filter((node) => node.level === level);

  it("has 3 dimensions, 7 sub-dimensions and 27 category nodes carrying 22 category names", () => {
    expect(at("dimension").map((n) => n.name)).toEqual([
      "Economy",
      "Environment",
      "Society and Culture",
    ]);
    expect(at("subdimension")).toHaveLength(7);
    expect(at("category")).toHaveLength(27);
    expect(new Set(at("category").map((n) => n.name)).size).toBe(22);
  });

  it("puts every item in exactly one category node", () => {
    const ids = at("category").flatMap((n) => n.itemIds);
    expect(ids).toHaveLength(ITEMS.length);
    expect(new Set(ids).size).toBe(ITEMS.length);
    expect(AREA_TREE.itemIds).toHaveLength(112);
  });

  it("gives each node its code prefix (the most common one for Health)", () => {
    const codes = Object.fromEntries(nodes.map((n) => [`${n.level}:${n.name}:${n.code}`, true]));
    expect(codes["dimension:Economy:EC"]).toBe(true);
    expect(codes["subdimension:ICT:EC: ICT"]).toBe(true);
    expect(codes["category:Health:SC: EH: H"]).toBe(true);
    expect(codes["category:Water and Sanitation:EC: ICT: WS"]).toBe(true);
  });
});

describe("resolveArea (docs/scoring.md §1)", () => {
  it.each([
    ["ALL", "all", 112],
    ["all", "all", 112],
    ["Economy", "dimension", 55],
    ["environment", "dimension", 28],
    ["EN: EN", "prefix", 24],
    ["ICT", "subdimension", 19],
    ["Education, Health and Culture", "subdimension", 12],
    ["Education", "categoryName", 4],
    ["Health", "categoryName", 6],
    ["Water and Sanitation", "categoryName", 13],
    ["EC", "prefix", 55],
    ["ec: ict: ws", "prefix", 2],
    ["EC: I", "prefix", 29],
    ["SC: EH: ED", "prefix", 5],
    ["EN: EN: AQ: 1C", "prefix", 5],
  ])("resolves %j as %s with %i items", (text, kind, count) => {
    const area = resolveArea(text);
    expect(area?.kind).toBe(kind);
    expect(area?.itemIds.size).toBe(count);
  });

  it("groups a category name across sub-dimensions", () => {
    const area = resolveArea("Water and Sanitation");
    expect(area?.nodes.map((n) => n.code)).toEqual(["EC: ICT: WS", "EC: I: WS", "EN: EN: WS"]);
  });

  it("puts Electronic Health Records in Health by name and under SC: EH: ED by prefix", () => {
    expect(resolveArea("Health")?.itemIds.has("SC: EH: ED: 5A")).toBe(true);
    expect(resolveArea("Education")?.itemIds.has("SC: EH: ED: 5A")).toBe(false);
    expect(resolveArea("SC: EH: ED")?.itemIds.has("SC: EH: ED: 5A")).toBe(true);
  });

  it.each(["", "  ", "Nowhere", "EC: IC", "XX", "EC: ICT: ICT: 1C/X"])(
    "does not resolve %j",
    (text) => {
      expect(resolveArea(text)).toBeUndefined();
    }
  );
});
