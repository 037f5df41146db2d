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

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** One number formatter per language: constructing an Intl.NumberFormat costs far more than formatting with it. */
function numberFormat(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
      useGrouping: false,
      maximumSignificantDigits: 12,
    });
    numberFormats.set(lang, format);
  }
  return format;
}

/** Characters of a user's text quoted in a message, the last one an ellipsis when it is cut. */
export const RAW_SHOWN = 80;

function placeholderValues(
  params: IssueParams,
  table: MessageTable,
  lang: Lang
): Map<string, string> {
  const numbers = numberFormat(lang);
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    values.set(name, typeof value === "number" ? numbers.format(value) : value);
  }
  // What the user typed is shown back at most RAW_SHOWN characters long: a message quoting a 32 767-character cell
  // (or a 1 MB argument) whole would be unreadable (docs/data-safety.md).
  if (typeof params.raw === "string" && params.raw.length > RAW_SHOWN) {
    values.set("raw", `${params.raw.slice(0, RAW_SHOWN - 1)}…`);
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
