import { createContext } from "react";
import type { Issue } from "../domain/validation/issue";
import type { RawCell, SheetRow } from "../domain/workbook/workbook-port";

/** Converts a text number in one cell, after the user clicked (App provides it; null where nothing may write). */
export type ConvertTextNumber = (address: string, text: RawCell, number: number) => void;

export const CellFixContext = createContext<ConvertTextNumber | null>(null);

/** The one-click fix an issue offers: a Value or Target cell holding a number as text (docs/template.md). */
export interface TextNumberFix {
  readonly address: string;
  readonly text: RawCell;
  readonly number: number;
}

/**
 * The conversion an issue offers, or null: NOT_NUMERIC with reason `textNumber` on a row the pane read.
 *
 * @example textNumberFix(issue, rows) // { address: "'KPI Data'!K5", text: "12,5", number: 12.5 }
 */
export function textNumberFix(issue: Issue, rows: readonly SheetRow[]): TextNumberFix | null {
  const { reason, number, field } = issue.params;
  if (issue.code !== "NOT_NUMERIC" || reason !== "textNumber" || typeof number !== "number")
    return null;
  const row = issue.row === undefined ? undefined : rows[issue.row];
  if (!row) return null;
  return field === "target"
    ? { address: row.address.target, text: row.target, number }
    : { address: row.address.value, text: row.value, number };
}
