import type { Issue, IssueParams } from "../validation/issue";
import type { IssueField } from "../validation/issue-reasons";
import { describeItem } from "./item-subject";
import { MESSAGE_TABLES } from "./message-tables";
import { NUMBER_LOCALE } from "./message-keys";
import type { Lang, MessageCode, MessageKey, MessageTable } from "./message-keys";

/**
 * The message key for a code and its params: `CODE.reason` when the table words that sub-case, else
 * `CODE`.
 *
 * @example messageKey("NOT_NUMERIC", { reason: "ambiguous" }) === "NOT_NUMERIC.ambiguous"
 */
export function messageKey(code: MessageCode, params: IssueParams): MessageKey {
  const variant = `${code}.${params.reason}`;
  return typeof params.reason === "string" && variant in MESSAGE_TABLES.en.messages
    ? (variant as MessageKey)
    : code;
}

/**
 * Words a condition in `lang`. Numbers are written the language's way (decimal comma in fr and ru,
 * no thousands grouping so that `1234` can never be misread); `{subject}`, `{unit}` and `{other}`
 * are derived from the item ids in params. A placeholder with no param is left visible as `{name}`
 * rather than hidden.
 *
 * @example formatMessage("INSUFFICIENT_COVERAGE", { scored: 3, eligible: 9 }, "en")
 * // "insufficient data: 3 of 9 items"
 */
export function formatMessage(code: MessageCode, params: IssueParams, lang: Lang): string {
  const table = MESSAGE_TABLES[lang];
  const values = placeholderValues(params, table, lang);
  return table.messages[messageKey(code, params)].replace(
    /\{(\w+)\}/g,
    (whole, name: string) => values.get(name) ?? whole
  );
}

/**
 * Words an issue in `lang`.
 *
 * @example formatIssue(checkItem({ id: "EC: ICT: ICT: 1C", value: 140 }).issues[0], "en")
 * // "EC: ICT: ICT: 1C Household Internet Access: 140 is outside 0–100 (percentage of households)"
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  return formatMessage(issue.code, issue.params, lang);
}

function placeholderValues(
  params: IssueParams,
  table: MessageTable,
  lang: Lang
): Map<string, string> {
  const numbers = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
    useGrouping: false,
    maximumSignificantDigits: 12,
  });
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    values.set(name, typeof value === "number" ? numbers.format(value) : value);
  }
  if (typeof params.item === "string") {
    const item = describeItem(params.item, lang);
    const field = params.field as IssueField | undefined;
    const fieldLabel = field && field !== "value" ? table.fields[field] : undefined;
    values.set("subject", fieldLabel ? `${item.label}, ${fieldLabel}` : item.label);
    values.set("unit", item.unit);
  }
  if (typeof params.otherItem === "string")
    values.set("other", describeItem(params.otherItem, lang).label);
  return values;
}
