import { findItem, resolveArea } from "../catalog";
import type { CatalogItem, ResolvedArea } from "../catalog";
import { isExcelErrorText } from "../parse";
import { makeIssue } from "../validation";
import type { ValueReader } from "../validation";
import type { RawCell } from "../workbook/workbook-port";
import type { ItemScore } from "./score-item";
import { readItemValue, scoreValue } from "./score-item";
import { failed } from "./scoring-result";
import type { Scored, ScoringMethod } from "./scoring-result";
import { resolveTarget } from "./target";
import type { ResolvedTarget } from "./target";

/** Longest range an area call accepts (docs/scoring.md §7 batching; ~10× the longest real template). */
export const MAX_AREA_ROWS = 100_000;

export interface AreaRowsInput {
  /** Area name, code prefix or ALL (docs/scoring.md §1). */
  readonly area: RawCell;
  /** Values aligned with `ids`, one per row. */
  readonly values: readonly RawCell[];
  readonly ids: readonly RawCell[];
  /** Explicit targets aligned with `ids`; absent, or a blank cell, means the default target. */
  readonly targets?: readonly RawCell[];
  /**
   * How row `row`'s value and target cells are read; default the lenient parser (docs/scoring.md §2). Template
   * sheets pass the strict template reading (docs/template.md), with each cell's percent format.
   */
  readonly readers?: {
    readonly value: (row: number) => ValueReader;
    readonly target: (row: number) => ValueReader;
  };
}

/** The rows of an area call, read: the area, how many items are eligible, and the scores of those scored. */
export interface AreaReading {
  readonly area: ResolvedArea;
  readonly eligible: number;
  readonly scores: readonly ItemScore[];
}

// An id is text; 0 is what older Excel desktop builds pass for an empty cell of a range.
const isBlankId = (id: RawCell) =>
  id === null || id === undefined || id === 0 || (typeof id === "string" && id.trim() === "");

/**
 * Reads the rows of an area call (docs/scoring.md §5). Rows with a blank id are ignored, and so are rows whose item
 * lies outside the area, whatever their value. An id that does not resolve fails the call (UNKNOWN_ID: no one can
 * say whether it belongs to the area), an id cell holding an Excel error passes it on (CELL_ERROR), and an item
 * of the area entered twice fails it (DUPLICATE). An item of the area is *eligible* when it has a target for the
 * method (the goalpost method also needs a worst goalpost W distinct from the target); an eligible item is *scored*
 * when its value reads as a number within bounds and its explicit target, if any, is usable. An eligible item whose
 * value or target holds an error (NOT_NUMERIC, OUT_OF_RANGE, CELL_ERROR) is not scored but stays eligible, so it
 * lowers the coverage: errors block scoring of that item (§3) without hiding that it was meant to count.
 *
 * @example readAreaRows({ area: "Education", ids: ["SC: EH: ED: 1C"], values: [45] }, "u4ssc") // eligible 1, 1 score
 */
export function readAreaRows(input: AreaRowsInput, method: ScoringMethod): Scored<AreaReading> {
  const { ids, values, targets } = input;
  const shapeProblem = checkShapes(input);
  if (shapeProblem) return shapeProblem;
  const areaText = typeof input.area === "string" ? input.area : String(input.area ?? "");
  const area = resolveArea(areaText);
  if (!area) return failed("UNKNOWN_AREA", { raw: areaText.trim() });

  const rowsOfItem = new Map<string, number>();
  const scores: ItemScore[] = [];
  let eligible = 0;
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row];
    if (isBlankId(id)) continue;
    const idText = String(id).trim();
    if (isExcelErrorText(idText)) return failed("CELL_ERROR", { raw: idText });
    const item = findItem(idText);
    if (!item) return { ok: false, failure: makeIssue("UNKNOWN_ID", idText, { raw: idText }, row) };
    if (!area.itemIds.has(item.id)) continue;
    rowsOfItem.set(item.id, (rowsOfItem.get(item.id) ?? 0) + 1);

    const target = targetFor(
      item,
      targets ? targets[row] : null,
      method,
      input.readers?.target(row)
    );
    if (target === "ineligible") continue;
    eligible++;
    if (target === "blocked") continue;
    const value = readItemValue(item, values[row], input.readers?.value(row));
    if (typeof value !== "number") continue;
    const score = scoreValue(item, value, target, method);
    if (score.ok) scores.push(score.value);
  }
  for (const [itemId, count] of rowsOfItem) {
    if (count > 1) {
      return { ok: false, failure: makeIssue("DUPLICATE", itemId, { item: itemId, count }) };
    }
  }
  return { ok: true, value: { area, eligible, scores } };
}

function checkShapes({ ids, values, targets }: AreaRowsInput): Scored<never> | null {
  if (ids.length > MAX_AREA_ROWS) {
    return failed("TOO_LARGE", { cells: ids.length, limit: MAX_AREA_ROWS });
  }
  for (const [argument, cells] of [
    ["values", values],
    ["targets", targets],
  ] as const) {
    if (cells && cells.length !== ids.length) {
      return failed("SHAPE_MISMATCH", { argument, cells: cells.length, expected: ids.length });
    }
  }
  return null;
}

/**
 * Whether a row's item counts in N, and the target to score it against: `ineligible` without a target for the
 * method (no target at all, or in the goalpost method no worst goalpost W distinct from T), `blocked` when the
 * explicit target is unusable (an error: eligible, not scored).
 */
function targetFor(
  item: CatalogItem,
  explicit: RawCell,
  method: ScoringMethod,
  read?: ValueReader
): ResolvedTarget | "ineligible" | "blocked" {
  const target = resolveTarget(item, explicit, read);
  if (!target.ok) return target.issue.code === "NO_TARGET" ? "ineligible" : "blocked";
  const { worst } = target.value;
  if (method === "goalposts" && (worst === null || worst === target.value.target))
    return "ineligible";
  return target.value;
}
