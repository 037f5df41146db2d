import { describeItem, formatIssue, MESSAGE_TABLES, messageKey } from "../domain/messages";
import { uiText } from "../domain/messages/ui";
import type { Issue } from "../domain/validation";
import type { Lang } from "../domain/workbook/workbook-port";

/**
 * An issue's words for the pane's list. Messages written for a single cell ("Missing value", "no target: set
 * one") do not name their item, which a list grouped by area needs: those get the item's id and name in front.
 * Whether a message names its item is read from its template (`{subject}`), not guessed from the text.
 *
 * @example issueText(makeIssue("MISSING", "SC: EH: ED: 1C", { item: "SC: EH: ED: 1C" }), "en")
 *   // "SC: EH: ED: 1C <name>: Missing value"
 */
export function issueText(issue: Issue, lang: Lang): string {
  const message = formatIssue(issue, lang);
  const template = MESSAGE_TABLES[lang].messages[messageKey(issue.code, issue.params)];
  const item = issue.params.item;
  if (template.includes("{subject}") || typeof item !== "string") return message;
  return uiText(lang).issueWithSubject(describeItem(item, lang).label, message);
}
