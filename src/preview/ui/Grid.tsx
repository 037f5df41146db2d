import { useEffect, useRef, type CSSProperties } from "react";
import { columnLetters } from "../formula";
import { containsCell } from "../workbook/area";
import { SimSheet } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";
import { cellView } from "./cell-view";
import { ChartView } from "./ChartView";
import { gridKeyAction } from "./grid-keys";
import {
  COLUMN_HEADER_PX,
  ROW_HEADER_PX,
  ROW_PX,
  columnLeftPx,
  columnPx,
  gridExtent,
} from "./grid-geometry";

export interface GridProps {
  readonly workbook: SimWorkbook;
  readonly sheet: SimSheet;
  readonly onSelect: (row: number, col: number) => void;
  readonly onEdit: (initial: string | null) => void;
  readonly onClear: () => void;
  readonly onPaste: (text: string) => void;
  readonly onUndo: () => void;
  readonly onOpenList: () => void;
}

const classes = (...names: (string | false)[]) => names.filter(Boolean).join(" ") || undefined;

/** The id of a cell's element, for aria-activedescendant and tests. */
export const cellId = (row: number, col: number) => `preview-cell-${row}-${col}`;

/**
 * The active sheet as an ARIA grid: one focusable table whose active cell is announced through
 * aria-activedescendant; arrows, Enter, F2, Delete and typing work as in Excel (grid-keys.ts), Ctrl+V pastes
 * (without validation, as Excel). Frozen rows stay on top; charts float where they were placed.
 */
export function Grid(props: GridProps) {
  const { workbook, sheet, onSelect, onEdit, onClear, onPaste, onUndo, onOpenList } = props;
  const selection = workbook.selection(sheet);
  const { rows, cols } = gridExtent(workbook, sheet);
  const active = cellId(selection.top, selection.left);
  const scroller = useRef<HTMLDivElement>(null);
  // Another sheet starts at its top-left corner; then the selected cell is scrolled into view.
  useEffect(() => {
    // In braces: Chromium's scrollTo may return a promise, which React would take for a clean-up function.
    void scroller.current?.scrollTo(0, 0);
  }, [sheet.id]);
  useEffect(() => {
    document.getElementById(active)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active, sheet.id]);

  // Frozen rows stick under the column headers (their stacking order is in preview.html's stylesheet).
  const frozen = (row: number) => row < sheet.frozenRows;
  const frozenTop = (row: number): CSSProperties | undefined =>
    frozen(row) ? { top: COLUMN_HEADER_PX + row * ROW_PX } : undefined;
  const columns = Array.from({ length: cols }, (_, c) => c);
  // The table is exactly as wide as its columns: with a content-sized table, one long text would widen column A.
  const width = columnLeftPx(sheet, cols);
  return (
    <div className="preview-grid-scroll" ref={scroller}>
      <table
        role="grid"
        className="preview-grid"
        style={{ width }}
        aria-label={`Sheet ${sheet.name}`}
        aria-rowcount={rows + 1}
        aria-colcount={cols + 1}
        aria-activedescendant={active}
        tabIndex={0}
        onKeyDown={(event) => {
          const action = gridKeyAction(event);
          if (action.kind === "none") return;
          event.preventDefault();
          if (action.kind === "move") {
            onSelect(
              Math.min(rows - 1, Math.max(0, selection.top + action.rows)),
              Math.min(cols - 1, Math.max(0, selection.left + action.cols))
            );
          } else if (action.kind === "edit") onEdit(action.initial);
          else if (action.kind === "undo") onUndo();
          else if (action.kind === "list") onOpenList();
          else onClear();
        }}
        onPaste={(event) => {
          event.preventDefault();
          onPaste(event.clipboardData.getData("text/plain"));
        }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {columns.map((c) => (
            <col key={c} style={{ width: columnPx(sheet, c) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="preview-corner">
              <span className="visually-hidden">Row</span>
            </th>
            {columns.map((c) => (
              <th
                key={c}
                scope="col"
                className={c === selection.left ? "preview-header-active" : undefined}
              >
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th
                scope="row"
                style={frozenTop(r)}
                className={classes(
                  r === selection.top && "preview-header-active",
                  frozen(r) && "preview-frozen"
                )}
              >
                {r + 1}
              </th>
              {columns.map((c) => {
                const view = cellView(workbook, sheet, r, c);
                const selected = containsCell(selection, r, c);
                return (
                  <td
                    key={c}
                    id={cellId(r, c)}
                    data-address={`${columnLetters(c)}${r + 1}`}
                    aria-selected={selected}
                    className={classes(
                      "preview-cell",
                      selected && "preview-selected",
                      frozen(r) && "preview-frozen"
                    )}
                    title={view.note ?? (view.text.length > 12 ? view.text : undefined)}
                    style={{
                      ...frozenTop(r),
                      textAlign: view.align,
                      background: view.fill,
                      color: view.color,
                      fontWeight: view.bold ? 700 : undefined,
                      whiteSpace: view.wrap ? "normal" : undefined,
                    }}
                    onMouseDown={() => onSelect(r, c)}
                    onDoubleClick={() => onEdit(null)}
                  >
                    {view.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {sheet.charts.map((chart) => (
        <ChartView key={chart.name} workbook={workbook} sheet={sheet} chart={chart} />
      ))}
    </div>
  );
}
