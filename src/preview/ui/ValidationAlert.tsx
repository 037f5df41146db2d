import { useEffect, useRef, type KeyboardEvent } from "react";
import { ValidationAlert as Alert } from "../workbook/data-validation";

export interface ValidationAlertProps {
  readonly alert: Alert;
  /** False for a refused entry (Stop: Retry or Cancel); true when it was kept (Warning, Information: OK). */
  readonly kept: boolean;
  readonly onRetry: () => void;
  readonly onClose: () => void;
}

/**
 * Excel's data-validation message: the rule's own title and text in a modal alert. A Stop alert offers Retry
 * (back to the entry) and Cancel (the cell keeps its value); Escape cancels. Focus starts on the first button and
 * stays in the alert until it is answered.
 */
/** Tab and Shift+Tab cycle through the dialog's buttons: a modal alert keeps the focus until it is answered. */
function keepFocusInside(event: KeyboardEvent<HTMLDivElement>): void {
  const buttons = [...event.currentTarget.querySelectorAll("button")];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = (at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length;
  event.preventDefault();
  buttons[next]?.focus();
}

export function ValidationAlertDialog({ alert, kept, onRetry, onClose }: ValidationAlertProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="preview-backdrop">
      <div
        className="preview-alert"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="preview-alert-title"
        aria-describedby="preview-alert-message"
        onKeyDown={(event) => {
          if (event.key === "Escape") onClose();
          if (event.key === "Tab") keepFocusInside(event);
        }}
      >
        <h2 id="preview-alert-title">{alert.title || "Microsoft Excel"}</h2>
        <p id="preview-alert-message">{alert.message}</p>
        <div className="preview-alert-buttons">
          {kept ? (
            <button ref={first} type="button" onClick={onClose}>
              OK
            </button>
          ) : (
            <>
              <button ref={first} type="button" onClick={onRetry}>
                Retry
              </button>
              <button type="button" onClick={onClose}>
                Cancel
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
