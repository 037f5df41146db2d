/**
 * White space as JavaScript's `\s` and `String.prototype.trim` define it (Unicode White_Space, line terminators and
 * U+FEFF), tested by code unit so folding a text is one index scan (docs/data-safety.md, "Reading values").
 *
 * @example isWhiteSpace(0x3000) === true // ideographic space
 * @example isWhiteSpace(0x41) === false
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The text trimmed with each inner run of white space made one space — what `text.trim().replace(/\s+/g, " ")`
 * gives — or null as soon as that would be longer than `limit`: callers comparing against a short list of words stop
 * reading a 32 767-character cell after a few characters.
 *
 * @example foldWhiteSpace("  Not \n reported ", 20) === "Not reported"
 * @example foldWhiteSpace("a".repeat(50), 20) === null
 */
export function foldWhiteSpace(text: string, limit = Infinity): string | null {
  const words: string[] = [];
  let length = -1; // of the folded text so far, counting the space before each word
  let start = -1; // start of the current word
  for (let i = 0; i <= text.length; i++) {
    const white = i === text.length || isWhiteSpace(text.charCodeAt(i));
    if (!white) {
      if (start === -1) start = i;
      if (length + 1 + (i - start + 1) > limit) return null;
    } else if (start !== -1) {
      words.push(text.slice(start, i));
      length += 1 + (i - start);
      start = -1;
    }
  }
  return words.join(" ");
}
