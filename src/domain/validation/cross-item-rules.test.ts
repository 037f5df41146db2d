import { crossItemIssues } from "./cross-item-rules";
import type { UsableValue } from "./cross-item-rules";

const values = (entries: [string, number][]): Map<string, UsableValue> =>
  new Map(entries.map(([id, value], row) => [id, { row, value }]));

describe("crossItemIssues (INCONSISTENT, docs/scoring.md §3)", () => {
  it.each<[string, [string, number][]]>([
    [
      "broadband below Internet access",
      [
        ["EC: ICT: ICT: 1C", 97],
        ["EC: ICT: ICT: 2C", 84.51],
      ],
    ],
    [
      "broadband equal to Internet access",
      [
        ["EC: ICT: ICT: 1C", 90],
        ["EC: ICT: ICT: 2C", 90],
      ],
    ],
    ["broadband alone", [["EC: ICT: ICT: 2C", 90]]],
    [
      "potable below basic water",
      [
        ["EC: I: WS: 1C", 100],
        ["EC: I: WS: 2C", 97.07],
      ],
    ],
    [
      "mode shares adding up to 100.5",
      [
        ["EC: I: T: 4A/PUBLIC", 30],
        ["EC: I: T: 4A/PRIVATE", 50.5],
        ["EC: I: T: 4A/WALKING", 20],
      ],
    ],
    [
      "waste shares below 100",
      [
        ["EN: EN: WA: 1C/LANDFILL", 20],
        ["EN: EN: WA: 1C/RECYCLED", 60],
      ],
    ],
    ["nothing", []],
  ])("accepts %s", (_, entries) => {
    expect(crossItemIssues(values(entries))).toEqual([]);
  });

  it.each([
    ["EC: ICT: ICT: 2C", "EC: ICT: ICT: 1C"],
    ["EC: I: WS: 2C", "EC: I: WS: 1C"],
  ])("flags %s above %s on the first one's row, naming both items and values", (item, other) => {
    const issues = crossItemIssues(
      values([
        [other, 80],
        [item, 90],
      ])
    );
    expect(issues).toEqual([
      {
        code: "INCONSISTENT",
        severity: "warning",
        itemId: item,
        row: 1,
        params: { item, reason: "atMost", value: 90, otherItem: other, otherValue: 80 },
      },
    ]);
  });

  it.each([
    ["EC: I: T: 4A", ["EC: I: T: 4A/PRIVATE", "EC: I: T: 4A/PUBLIC", "EC: I: T: 4A/PARA"]],
    [
      "EN: EN: WA: 1C",
      ["EN: EN: WA: 1C/RECYCLED", "EN: EN: WA: 1C/LANDFILL", "EN: EN: WA: 1C/OTHER"],
    ],
  ])(
    "flags data points of %s adding up to more than 100.5, on the first in catalog order",
    (code, ids) => {
      const issues = crossItemIssues(
        values([
          [ids[0], 50],
          [ids[1], 40],
          [ids[2], 10.6],
        ])
      );
      expect(issues).toEqual([
        {
          code: "INCONSISTENT",
          severity: "warning",
          itemId: ids[1],
          row: 1,
          params: { item: code, reason: "sum", total: 100.6 },
        },
      ]);
    }
  );

  it("checks every rule independently", () => {
    const issues = crossItemIssues(
      values([
        ["EC: ICT: ICT: 1C", 10],
        ["EC: ICT: ICT: 2C", 20],
        ["EC: I: WS: 1C", 10],
        ["EC: I: WS: 2C", 20],
        ["EC: I: T: 4A/PUBLIC", 101],
        ["EN: EN: WA: 1C/OTHER", 101],
      ])
    );
    expect(issues.map((issue) => issue.itemId)).toEqual([
      "EC: ICT: ICT: 2C",
      "EC: I: WS: 2C",
      "EC: I: T: 4A/PUBLIC",
      "EN: EN: WA: 1C/OTHER",
    ]);
  });
});
