import { isMissingText } from "./missing-text";

describe("isMissingText", () => {
  it.each([
    "",
    "   ",
    "\u00a0",
    "NR",
    "nr",
    " N/A ",
    "n/a",
    "-",
    "—",
    "–",
    "Not reported",
    "NOT REPORTED",
    "Not  Reported",
    "not\treported",
    "Not\u00a0available",
    " not \u202f verified ",
    "not available",
    "Not verified",
  ])("reads %j as missing", (text) => {
    expect(isMissingText(text)).toBe(true);
  });

  it.each(["#N/A", "0", "NA ", "N/A/", "Not", "reported", "--", "none", "not  reportedx", "n r"])(
    "does not read %j as missing",
    (text) => {
      expect(isMissingText(text)).toBe(false);
    }
  );
});
