/** What a key pressed on the grid asks for. */
export type GridKeyAction =
  | { readonly kind: "move"; readonly rows: number; readonly cols: number }
  | { readonly kind: "edit"; readonly initial: string | null }
  | { readonly kind: "clear" }
  | { readonly kind: "undo" }
  | { readonly kind: "list" }
  | { readonly kind: "none" };

/**
 * Excel's keys on a selected cell: arrows move, Enter / Shift+Enter move down / up, F2 edits the cell's content,
 * Delete and Backspace clear it, a printable character starts an entry with that character, Ctrl+Z (⌘Z) undoes
 * the last edit, Alt+Down opens a list cell's drop-down. Tab is left to the browser so keyboard users can leave the
 * grid.
 *
 * @example
 * gridKeyAction({ key: "5", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false });
 * // { kind: "edit", initial: "5" }
 */
export function gridKeyAction(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}): GridKeyAction {
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Enter: [event.shiftKey ? -1 : 1, 0],
  };
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "z") {
    return event.shiftKey ? { kind: "none" } : { kind: "undo" };
  }
  if (event.altKey && event.key === "ArrowDown") return { kind: "list" };
  const move = moves[event.key];
  if (move) return { kind: "move", rows: move[0], cols: move[1] };
  if (event.key === "F2") return { kind: "edit", initial: null };
  if (event.key === "Delete" || event.key === "Backspace") return { kind: "clear" };
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    return { kind: "edit", initial: event.key };
  }
  return { kind: "none" };
}
