export type { Lang, MessageCode, MessageKey, MessageTable, VariantKey } from "./message-keys";
export { MESSAGE_KEYS, MESSAGE_PARAMS, DERIVED_PLACEHOLDERS } from "./message-keys";
export { MESSAGE_TABLES } from "./message-tables";
export { formatMessage, formatIssue, messageKey } from "./format-message";
export { resolveLang } from "./resolve-lang";
export { areaBandLabel, bandLabel, severityLabel } from "./labels";
export { describeItem } from "./item-subject";
