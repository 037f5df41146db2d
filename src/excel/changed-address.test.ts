import { boundedAreas, changeTouches } from "./changed-address";

describe("changed addresses from row and column operations", () => {
  it.each([
    ["5:5", ["A5:XFD5"]],
    ["$3:$4", ["A3:XFD4"]],
    ["C:C", ["C1:C1048576"]],
    ["B:D", ["B1:D1048576"]],
    ["A1:B2, D4", ["A1:B2", "D4"]],
  ])("%s → %j", (address, areas) => {
    expect(boundedAreas(address)).toEqual(areas);
  });

  it.each([
    ["3:3", "B3:B4", true],
    ["5:5", "B3:B4", false],
    ["B:B", "B3:B4", true],
    ["C:C", "B3:B4", false],
    ["A1, B4", "B3:B4", true],
    ["not an address", "B3:B4", true],
  ])("%s touches B3:B4: %s", (address, range, touches) => {
    expect(changeTouches(address, range)).toBe(touches);
  });
});
