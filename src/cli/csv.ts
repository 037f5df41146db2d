/**
 * CSV in and out, RFC 4180 style (quoted fields, doubled quotes, line breaks inside quotes), for the cities list
 * and the merged panel. No dependency: the runtime needs only exceljs.
 */

/** The delimiter of a CSV by its first line: a semicolon (Excel's choice in French, Russian… locales) or a comma. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ";" : ",";
}

/**
 * Parses CSV text into rows of fields (a leading byte-order mark is dropped, blank lines skipped).
 *
 * @example parseCsv('city;year\n"Bizerte, Tunisia";2024') // [["city", "year"], ["Bizerte, Tunisia", "2024"]]
 */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, "");
  const delimiter = delimiterOf(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) (row.push(field), (field = ""));
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((f) => f.trim() !== "")) rows.push(row);
      ((row = []), (field = ""));
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== "")) rows.push(row);
  return rows;
}

/** One CSV field: quoted when it holds the delimiter, a quote or a line break. @example csvField('a "b"') === '"a ""b"""' */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text, UTF-8 with a byte-order mark so Excel opens accents and Cyrillic right, CRLF line ends.
 *
 * @example toCsv([["city"], ["Ålesund"]]) === "\uFEFFcity\r\nÅlesund\r\n"
 */
export function toCsv(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[]
): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
