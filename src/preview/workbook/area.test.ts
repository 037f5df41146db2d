import { formatArea, parseArea } from "./area";

describe("parseArea / formatArea", () => {
  it.each([
    ["K5", { top: 4, left: 10, bottom: 4, right: 10 }, "K5"],
    ["$A$1:T116", { top: 0, left: 0, bottom: 115, right: 19 }, "A1:T116"],
    ["B2:A1", { top: 0, left: 0, bottom: 1, right: 1 }, "A1:B2"],
    ["K:K", { top: 0, left: 10, bottom: 1048575, right: 10 }, "K:K"],
    ["5:7", { top: 4, left: 0, bottom: 6, right: 16383 }, "5:7"],
  ])("%s", (address, area, formatted) => {
    expect(parseArea(address)).toEqual(area);
    expect(formatArea(area)).toBe(formatted);
  });

  it.each([["Sheet1!A1"], ["A1:B2:C3"], ["myName"], ["A0"], ["XFE1"], [""]])(
    "%p is not an area",
    (address) => {
      expect(parseArea(address)).toBeNull();
    }
  );
});
