import { useEffect, useRef, type CSSProperties } from "react";
import { columnLetters } from "../formula";
import { containsCell } from "../workbook/area";
import { SimSheet } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";
import { cellView } from "./cell-view";
import { ChartView } from "./ChartView";
import { gridKeyAction } from "./grid-keys";
import { COLUMN_HEADER_PX, ROW_HEADER_PX, ROW_PX, columnPx, gridExtent } from "./grid-geometry";

export interface GridProps {
  readonly workbook: SimWorkbook;
  readonly sheet: SimSheet;
  readonly onSelect: (row: number, col: number) => void;
  readonly onEdit: (initial: string | null) => void;
  readonly onClear: () => void;
  readonly onPaste: (text: string) => void;
}

/** The id of a cell's element, for aria-activedescendant and tests. */
export const cellId = (row: number, col: number) => `preview-cell-${row}-${col}`;

/**
 * The active sheet as an ARIA grid: one focusable table whose active cell is announced through
 * aria-activedescendant; arrows, Enter, F2, Delete and typing work as in Excel (grid-keys.ts), Ctrl+V pastes
 * (without validation, as Excel). Frozen rows stay on top; charts float where they were placed.
 */
export function Grid({ workbook, sheet, onSelect, onEdit, onClear, onPaste }: GridProps) {
  const selection = workbook.selection(sheet);
  const { rows, cols } = gridExtent(workbook, sheet);
  const active = cellId(selection.top, selection.left);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.getElementById(active)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active, sheet.id]);

  const frozenTop = (row: number): CSSProperties | undefined =>
    row < sheet.frozenRows
      ? { position: "sticky", top: COLUMN_HEADER_PX + row * ROW_PX, zIndex: 2 }
      : undefined;
  const columns = Array.from({ length: cols }, (_, c) => c);
  return (
    <div className="preview-grid-scroll" ref={scroller}>
      <table
        role="grid"
        className="preview-grid"
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
                className={r === selection.top ? "preview-header-active" : undefined}
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
                    className={selected ? "preview-cell preview-selected" : "preview-cell"}
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
