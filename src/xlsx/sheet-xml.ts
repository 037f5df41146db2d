/**
 * The few SpreadsheetML parts the streaming reader needs, parsed from their text (ECMA-376 Part 1 §18.3.1 for a
 * sheet's `<sheetData>`: `<row r>` holding `<c r s t>` with `<f>`, `<v>` or `<is>`). Element names may carry a
 * namespace prefix (`<x:c>`), which some writers use.
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character references and the five named entities. @example xmlDecode("a &amp; b") === "a & b" */
export function xmlDecode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name] ?? whole;
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
}

/** A start tag's attributes, by their qualified name. @example attributes('r="A1" t="s"').get("t") === "s" */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, a, b] of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(name, xmlDecode(a ?? b ?? ""));
  return found;
}

/** Every `<name …>` element of a text (prefixed or not), with its attributes and inner text. */
export function* elements(
  xml: string,
  name: string
): Generator<{ attributes: Map<string, string>; inner: string | null }> {
  const pattern = new RegExp(
    `<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`,
    "g"
  );
  for (const match of xml.matchAll(pattern))
    yield { attributes: attributes(match[1]), inner: match[2] ?? null };
}

/** The text runs of a string item (`<si>` or `<is>`): its `<t>` texts, phonetic runs left out (§18.4.6). */
export function runsText(inner: string): { text: string; rich: boolean; empty: boolean } {
  const visible = inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  const texts = [...elements(visible, "t")].map((t) => xmlDecode(t.inner ?? ""));
  const rich = /<(?:[\w.-]+:)?r[\s>]/.test(visible);
  return { text: texts.join(""), rich, empty: texts.length === 0 };
}

/** "AB" → 28. @example columnNumber("K") === 11 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A cell as written in the sheet, before shared strings and styles are looked up. */
export interface XmlCell {
  readonly row: number;
  readonly column: number;
  readonly type: string | undefined;
  readonly style: number | undefined;
  /** `<f>`'s text, or "" for a formula element without text (a shared or array formula's follower). */
  readonly formula: string | null;
  readonly sharedIndex: string | undefined;
  readonly sharedRef: string | undefined;
  readonly formulaType: string | undefined;
  /** `<v>`'s text (undefined when absent or empty). */
  readonly value: string | undefined;
  /** Whether the cell has a `<v>` element, even an empty one (a formula whose saved result is ""). */
  readonly hasValue: boolean;
  /** `<is>`'s runs, for an inline string. */
  readonly inline: { text: string; rich: boolean; empty: boolean } | undefined;
}

export interface XmlRow {
  readonly row: number;
  readonly style: number | undefined;
  readonly cells: XmlCell[];
}

/**
 * A sheet's rows and cells in document order; a row or cell without `r` follows the previous one (§18.3.1.73).
 *
 * @example [...sheetRows(xml)][0].cells[0].value
 */
export function* sheetRows(xml: string): Generator<XmlRow> {
  let rowNumber = 0;
  for (const row of elements(xml, "row")) {
    const r = row.attributes.get("r");
    rowNumber = r ? Number(r) : rowNumber + 1;
    const custom = row.attributes.get("customFormat");
    const s = row.attributes.get("s");
    let column = 0;
    const cells: XmlCell[] = [];
    for (const c of elements(row.inner ?? "", "c")) {
      const ref = c.attributes.get("r");
      column = ref ? columnNumber(ref.replace(/[0-9$]/g, "")) : column + 1;
      const inner = c.inner ?? "";
      const f = elements(inner, "f").next();
      const v = elements(inner, "v").next();
      const is = elements(inner, "is").next();
      const style = c.attributes.get("s");
      cells.push({
        row: rowNumber,
        column,
        type: c.attributes.get("t"),
        style: style === undefined ? undefined : parseInt(style, 10),
        formula: f.done ? null : xmlDecode(f.value.inner ?? ""),
        formulaType: f.done ? undefined : f.value.attributes.get("t"),
        sharedIndex: f.done ? undefined : f.value.attributes.get("si"),
        sharedRef: f.done ? undefined : f.value.attributes.get("ref"),
        value: v.done || !v.value.inner ? undefined : v.value.inner,
        hasValue: !v.done,
        inline: is.done ? undefined : runsText(is.value.inner ?? ""),
      });
    }
    yield {
      row: rowNumber,
      style:
        s !== undefined && custom && custom !== "0" && custom !== "false" ? Number(s) : undefined,
      cells,
    };
  }
}
