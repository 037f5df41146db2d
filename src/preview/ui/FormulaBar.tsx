import { forwardRef, type ReactNode } from "react";

export interface FormulaBarProps {
  /** The selected cell's address, e.g. K5. */
  readonly address: string;
  /** What the entry box shows: the draft while editing, else the cell's formula or constant. */
  readonly text: string;
  readonly onChange: (text: string) => void;
  readonly onCommit: () => void;
  readonly onCancel: () => void;
  readonly onFocus: () => void;
  /** Shown after the entry box (the list drop-down of a list-validated cell). */
  readonly children?: ReactNode;
}

/**
 * The name box and the entry box. Typing here edits the selected cell: Enter commits (as typing into the cell),
 * Escape cancels and gives the cell its content back.
 */
export const FormulaBar = forwardRef<HTMLInputElement, FormulaBarProps>(function FormulaBar(
  { address, text, onChange, onCommit, onCancel, onFocus, children },
  ref
) {
  return (
    <div className="preview-formula-bar">
      <input className="preview-name-box" readOnly value={address} aria-label="Selected cell" />
      <span className="preview-fx" aria-hidden="true">
        fx
      </span>
      <input
        ref={ref}
        className="preview-entry"
        value={text}
        aria-label={`Contents of cell ${address}`}
        spellCheck={false}
        onFocus={onFocus}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            onCommit();
          } else if (event.key === "Escape") {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      {children}
    </div>
  );
});
