import { forwardRef } from "react";
import { Value, toText } from "../formula";

export interface ListDropDownProps {
  /** The selected cell's address, for the label. */
  readonly address: string;
  /** The allowed entries of the cell's list rule, in order. */
  readonly items: readonly Value[];
  readonly onChoose: (text: string) => void;
}

/**
 * Excel's in-cell drop-down of a list-validated cell, as a native select beside the formula bar (Alt+Down in the
 * grid focuses it, as it opens the list in Excel). Choosing an entry types it into the cell.
 */
export const ListDropDown = forwardRef<HTMLSelectElement, ListDropDownProps>(function ListDropDown(
  { address, items, onChoose },
  ref
) {
  const texts = items.map((item) => {
    const text = toText(item);
    return typeof text === "string" ? text : text.code;
  });
  return (
    <select
      ref={ref}
      className="preview-list"
      aria-label={`Allowed values for ${address}`}
      value=""
      onChange={(event) => {
        if (event.target.value !== "") onChoose(event.target.value);
      }}
    >
      <option value="">Choose…</option>
      {texts
        .filter((text) => text !== "")
        .map((text, index) => (
          <option key={`${index}-${text}`} value={text}>
            {text}
          </option>
        ))}
    </select>
  );
});
