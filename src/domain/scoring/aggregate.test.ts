import { AREA_TREE, resolveArea } from "../catalog";
import { meanOverNodes, u4sscPercent } from "./aggregate";

const nodesOf = (area: string) => {
  const resolved = resolveArea(area);
  if (!resolved) throw new Error(`test area ${area} does not resolve`);
  return resolved.nodes;
};

describe("u4sscPercent = Σ points / (4n) × 100 (docs/scoring.md §5)", () => {
  it.each<[readonly (1 | 2 | 3 | 4)[], number]>([
    [[1, 3, 4, 1], 56.25],
    [[3, 4, 2], 75],
    [[4], 100],
    [[1], 25],
  ])("%j → %d", (points, percent) => {
    expect(u4sscPercent(points)).toBeCloseTo(percent, 12);
  });

  it("is null with nothing scored", () => {
    expect(u4sscPercent([])).toBeNull();
  });
});

describe("meanOverNodes: equal weights up the tree", () => {
  it("averages indicator scores within a category node", () => {
    const scores = new Map([
      ["SC: EH: ED: 1C", 100],
      ["SC: EH: ED: 2C", 40],
      ["SC: EH: ED: 4C", 70],
    ]);
    expect(meanOverNodes(nodesOf("Education"), scores)).toBeCloseTo(70, 12);
  });

  it("averages category nodes, not items, within a sub-dimension", () => {
    // Education: one item at 100; Health: three items at 0, 0, 30 → (100 + 10) / 2
    const scores = new Map([
      ["SC: EH: ED: 1C", 100],
      ["SC: EH: H: 1C", 0],
      ["SC: EH: H: 2C", 0],
      ["SC: EH: H: 3C", 30],
    ]);
    expect(meanOverNodes(nodesOf("Education, Health and Culture"), scores)).toBeCloseTo(55, 12);
  });

  it("averages dimensions for ALL, each the mean of its sub-dimensions", () => {
    // Economy: ICT 100, Productivity 0 → 50; Environment: 80; Society: nothing scored (skipped) → (50 + 80) / 2
    const scores = new Map([
      ["EC: ICT: ICT: 1C", 100],
      ["EC: P: IN: 1C", 0],
      ["EN: EN: AQ: 2C", 80],
    ]);
    expect(meanOverNodes([AREA_TREE], scores)).toBeCloseTo(65, 12);
  });

  it("takes the mean of the node means for a category name across sub-dimensions", () => {
    // Water and Sanitation: EC: ICT: WS → 100; EC: I: WS → (0 + 50) / 2 = 25; EN: EN: WS → nothing
    const scores = new Map([
      ["EC: ICT: WS: 1C", 100],
      ["EC: I: WS: 1C", 0],
      ["EC: I: WS: 2C", 50],
    ]);
    expect(meanOverNodes(nodesOf("Water and Sanitation"), scores)).toBeCloseTo(62.5, 12);
  });

  it("ignores scores of items outside the nodes and is null with nothing scored inside", () => {
    const scores = new Map([["EN: EN: AQ: 2C", 80]]);
    expect(meanOverNodes(nodesOf("Education"), scores)).toBeNull();
  });

  it("counts Electronic Health Records under its category when the area is the prefix SC: EH: ED", () => {
    // The prefix covers Education (1C) and, from Health, only 5A: mean(mean(20), mean(100)) = 60
    const scores = new Map([
      ["SC: EH: ED: 1C", 20],
      ["SC: EH: ED: 5A", 100],
      ["SC: EH: H: 1C", 0],
    ]);
    expect(meanOverNodes(nodesOf("SC: EH: ED"), scores)).toBeCloseTo(60, 12);
  });
});
