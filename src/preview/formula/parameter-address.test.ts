import { parameterAddress, parameterSheetName } from "./parameter-address";

describe("parameterAddress (CustomFunctions.Invocation.parameterAddresses)", () => {
  it("names the sheet and gives a relative address, as Microsoft's example `Costs!D8`", () => {
    expect(parameterAddress({ sheet: "Costs", top: 7, left: 3, bottom: 7, right: 3 })).toBe(
      "Costs!D8"
    );
  });

  it("gives a range as start:end and a whole column as K:K", () => {
    const area = { sheet: "KPI Data", top: 4, left: 10, bottom: 115, right: 10 };
    expect(parameterAddress(area)).toBe("'KPI Data'!K5:K116");
    expect(parameterAddress({ ...area, top: 0, bottom: 1_048_575, columns: true })).toBe(
      "'KPI Data'!K:K"
    );
  });

  it.each([
    ["Sheet1", "Sheet1"],
    ["Latest Prices", "'Latest Prices'"],
    ["Bob's Region", "'Bob''s Region'"],
    ["Something&Something", "'Something&Something'"],
    ["a_b", "'a_b'"],
    ["v1.2", "'v1.2'"],
    ["Données", "Données"],
  ])("quotes the sheet name %p as Microsoft's list says: %p", (name, expected) => {
    expect(parameterSheetName(name)).toBe(expected);
  });
});
