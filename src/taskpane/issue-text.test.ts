import { itemById, itemDisplayName, localizedItemText } from "../domain/catalog";
import { formatIssue } from "../domain/messages";
import { makeIssue } from "../domain/validation";
import { issueText } from "./issue-text";

const ID = "SC: EH: ED: 1C";
const NAME = itemDisplayName(itemById(ID));
// French and Russian lists name the item by its unofficial working translation (docs/scoring.md §8).
const NAME_FR = localizedItemText(itemById(ID), "fr").displayName;
const NAME_RU = localizedItemText(itemById(ID), "ru").displayName;

describe("issueText", () => {
  it.each([
    ["en", makeIssue("MISSING", ID, { item: ID }), `${ID} ${NAME}: Missing value`],
    ["fr", makeIssue("MISSING", ID, { item: ID }), `${ID} ${NAME_FR} : Valeur manquante`],
    [
      "ru",
      makeIssue("NO_TARGET", ID, { item: ID }),
      `${ID} ${NAME_RU}: нет целевого значения: задайте его`,
    ],
  ] as const)("%s puts the item in front of %j", (lang, issue, expected) => {
    expect(issueText(issue, lang)).toBe(expected);
  });

  it.each([
    [
      "a message that names its item",
      makeIssue("OUT_OF_RANGE", ID, { item: ID, value: 140, reason: "between", min: 0, max: 100 }),
    ],
    [
      "an unknown id (its text is in the message)",
      makeIssue("UNKNOWN_ID", "XX: 9", { raw: "XX: 9" }),
    ],
    ["a sheet-level issue", makeIssue("FRACTION_SCALE", "", { count: 4 })],
  ])("leaves %s as the message tables word it", (_label, issue) => {
    for (const lang of ["en", "fr", "ru"] as const)
      expect(issueText(issue, lang)).toBe(formatIssue(issue, lang));
  });

  it("names the item only once", () => {
    const text = issueText(
      makeIssue("OUT_OF_RANGE", ID, { item: ID, value: -1, reason: "belowMin", min: 0 }),
      "en"
    );
    expect(text.split(ID)).toHaveLength(2);
  });
});
