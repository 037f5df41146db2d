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
    "not available",
    "Not verified",
  ])("reads %j as missing", (text) => {
    expect(isMissingText(text)).toBe(true);
  });

  it.each(["#N/A", "0", "NA ", "N/A/", "Not", "reported", "--", "none"])(
    "does not read %j as missing",
    (text) => {
      expect(isMissingText(text)).toBe(false);
    }
  );
});
