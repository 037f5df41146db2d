import { isExcelErrorText } from "./excel-error-text";

describe("isExcelErrorText", () => {
  it.each([
    "#DIV/0!",
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#BUSY!",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#UNKNOWN!",
    "#PYTHON!",
    "#EXTERNAL!",
    " #div/0! ",
  ])("recognises %j", (text) => {
    expect(isExcelErrorText(text)).toBe(true);
  });

  it.each(["N/A", "#", "#DIV/0", "#VALUE", "DIV/0!", "#12"])("rejects %j", (text) => {
    expect(isExcelErrorText(text)).toBe(false);
  });
});
