import { readYesNoWord } from "./yes-no-text";

describe("readYesNoWord", () => {
  it.each([
    ["Yes", 1],
    ["no", 0],
    ["TRUE", 1],
    ["False", 0],
    [" Да ", 1],
    ["НЕТ", 0],
    ["Oui", 1],
    ["non", 0],
    ["VRAI", 1],
    ["faux", 0],
    ["ИСТИНА", 1],
    ["ложь", 0],
  ])("reads %j as %p", (text, value) => {
    expect(readYesNoWord(text)).toBe(value);
  });

  it.each(["1", "0", "y", "n", "maybe", "yes!", "ja", ""])("reads %j as no yes/no word", (text) => {
    expect(readYesNoWord(text)).toBeNull();
  });
});
