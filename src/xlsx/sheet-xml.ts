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

const PATTERNS = new Map<string, RegExp>();

/** Every `<name …>` element of a text (prefixed or not), with its attributes and inner text. */
export function* elements(
  xml: string,
  name: string
): Generator<{ attributes: Map<string, string>; inner: string | null }> {
  if (!xml.includes(name)) return;
  let pattern = PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(
      `<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`,
      "g"
    );
    PATTERNS.set(name, pattern);
  }
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

const P = "(?:[\\w.-]+:)?";
const CELL = new RegExp(`<${P}c(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, "g");
const FORMULA = new RegExp(`<${P}f(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}f>)`);
const VALUE = new RegExp(`<${P}v(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${P}v>)`);
const INLINE = new RegExp(`<${P}is(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${P}is>)`);
/** One attribute of a start tag (values of r, s, t, si and ref never hold entities or quotes). */
const ATTRIBUTE = {
  r: /(?:^|\s)r\s*=\s*["']([^"']*)["']/,
  s: /(?:^|\s)s\s*=\s*["']([^"']*)["']/,
  t: /(?:^|\s)t\s*=\s*["']([^"']*)["']/,
  si: /(?:^|\s)si\s*=\s*["']([^"']*)["']/,
  ref: /(?:^|\s)ref\s*=\s*["']([^"']*)["']/,
};

/** A cell as written in the sheet, before shared strings and styles are looked up. */
export interface XmlCell {
  readonly row: number;
  readonly column: number;
  readonly type: string | undefined;
  readonly style: number | undefined;
  /**
   * `<f>`'s text as stored (XML entities left as they are: decoding every long formula cost a third of the read,
   * and the reader only asks whether a cell holds a formula), or "" for a formula element without text.
   */
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
    for (const [, tag, body] of (row.inner ?? "").matchAll(CELL)) {
      const ref = ATTRIBUTE.r.exec(tag)?.[1];
      column = ref ? columnNumber(ref.replace(/[0-9$]/g, "")) : column + 1;
      const inner = body ?? "";
      const f = inner === "" ? null : FORMULA.exec(inner);
      const v = inner === "" ? null : VALUE.exec(inner);
      const is = inner === "" ? null : INLINE.exec(inner);
      const style = ATTRIBUTE.s.exec(tag)?.[1];
      const fTag = f?.[1] ?? "";
      cells.push({
        row: rowNumber,
        column,
        type: ATTRIBUTE.t.exec(tag)?.[1],
        style: style === undefined ? undefined : parseInt(style, 10),
        formula: f ? (f[2] ?? "") : null,
        formulaType: f ? ATTRIBUTE.t.exec(fTag)?.[1] : undefined,
        sharedIndex: f ? ATTRIBUTE.si.exec(fTag)?.[1] : undefined,
        sharedRef: f ? ATTRIBUTE.ref.exec(fTag)?.[1] : undefined,
        value: v && v[1] ? v[1] : undefined,
        hasValue: v !== null,
        inline: is ? runsText(is[1] ?? "") : undefined,
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
