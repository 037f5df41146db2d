import { parseCellRef, parseColumnRef } from "./a1";
import { FormulaSyntaxError } from "./errors";

export type TokenKind =
  | "number"
  | "string"
  | "boolean"
  | "error" // an error literal such as #REF! (what a reference moved off the sheet becomes)
  | "ref" // a cell reference, perhaps sheet-qualified: `K5`, `'KPI Summary'!$B$3`
  | "function" // a function name; the `(` that follows is its own token
  | "name" // any other bare word: Excel evaluates an undefined name to #NAME?
  | "operator"
  | "lparen"
  | "rparen"
  | "comma"
  | "colon"
  | "lbrace" // `{` opening an array constant such as {"a","b"} or {1,2;3,4}
  | "rbrace"
  | "semicolon"; // a row separator inside an array constant

export interface Token {
  readonly kind: TokenKind;
  /** The token as written, e.g. `'KPI Data'!$K$5` (for a string: its unquoted value). */
  readonly text: string;
  /** Offset in the formula (after the leading `=`) where the token starts and ends, to rewrite it in place. */
  readonly start: number;
  readonly end: number;
  /** For `ref`: the sheet name, unquoted, when the reference names one. */
  readonly sheet?: string;
  /** For `ref`: the reference without its sheet. */
  readonly cell?: string;
  /** For `ref`: true when `cell` is a column alone (`$U` of `$U:$U`), one side of a whole-column reference. */
  readonly column?: boolean;
}

const OPERATORS = ["<=", ">=", "<>", "+", "-", "*", "/", "&", "=", "<", ">"];
const NUMBER = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;
const NAME = /^[A-Za-z_$][A-Za-z0-9_.$]*/;
const ERROR_LITERAL = /^#(?:N\/A|VALUE!|NAME\?|REF!|DIV\/0!|NUM!|NULL!)/i;

/**
 * Splits a formula's body (the text after `=`) into tokens. It knows exactly the grammar of the template's
 * formulas (docs of src/preview/README.md); anything else is a FormulaSyntaxError naming the offending text.
 *
 * @example
 * tokenize("KPI.SCORE(A5,'KPI Data'!$K$5)").map((t) => t.kind);
 * // ["function", "lparen", "ref", "comma", "ref", "rparen"]
 */
export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, text: string, end: number, extra: Partial<Token> = {}): void => {
    tokens.push({ kind, text, start: i, end, ...extra });
    i = end;
  };
  while (i < body.length) {
    const rest = body.slice(i);
    const ch = body[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '"') {
      const end = closingQuote(body, i, '"');
      push("string", body.slice(i + 1, end).replace(/""/g, '"'), end + 1);
    } else if (ch === "'") {
      const end = closingQuote(body, i, "'");
      if (body[end + 1] !== "!")
        throw new FormulaSyntaxError(`Quoted name without "!" at ${i}`, body);
      const sheet = body.slice(i + 1, end).replace(/''/g, "'");
      const cell = NAME.exec(body.slice(end + 2))?.[0] ?? "";
      const after = end + 2 + cell.length;
      const column = isColumnSide(body, cell, after);
      if (!parseCellRef(cell) && !column)
        throw new FormulaSyntaxError(`No cell reference after ${sheet}!`, body);
      push("ref", body.slice(i, after), after, { sheet, cell, column });
    } else if (ERROR_LITERAL.test(rest)) {
      const literal = ERROR_LITERAL.exec(rest)![0];
      push("error", literal.toUpperCase(), i + literal.length);
    } else if (NUMBER.test(rest)) {
      push("number", NUMBER.exec(rest)![0], i + NUMBER.exec(rest)![0].length);
    } else if (NAME.test(rest)) {
      readName(body, i, push);
    } else if (ch === "{" || ch === "}" || ch === ";") {
      push(ch === "{" ? "lbrace" : ch === "}" ? "rbrace" : "semicolon", ch, i + 1);
    } else if (ch === "(" || ch === ")" || ch === "," || ch === ":") {
      push(
        ch === "(" ? "lparen" : ch === ")" ? "rparen" : ch === "," ? "comma" : "colon",
        ch,
        i + 1
      );
    } else {
      const op = OPERATORS.find((o) => rest.startsWith(o));
      if (!op) throw new FormulaSyntaxError(`Unexpected "${ch}" at ${i}`, body);
      push("operator", op, i + op.length);
    }
  }
  return tokens;
}

/** Index of the quote closing the one at `open`; a doubled quote is an escaped one. */
function closingQuote(body: string, open: number, quote: string): number {
  for (let j = open + 1; j < body.length; j += 1) {
    if (body[j] !== quote) continue;
    if (body[j + 1] === quote) j += 1;
    else return j;
  }
  throw new FormulaSyntaxError(`Unclosed ${quote} at ${open}`, body);
}

/** A bare word is a sheet-qualified reference, a reference, a function, TRUE/FALSE, or a (defined) name. */
function readName(
  body: string,
  i: number,
  push: (kind: TokenKind, text: string, end: number, extra?: Partial<Token>) => void
): void {
  const name = NAME.exec(body.slice(i))![0];
  const after = i + name.length;
  if (body[after] === "!") {
    const cell = NAME.exec(body.slice(after + 1))?.[0] ?? "";
    const end = after + 1 + cell.length;
    const column = isColumnSide(body, cell, end);
    if (!parseCellRef(cell) && !column)
      throw new FormulaSyntaxError(`No cell reference after ${name}!`, body);
    push("ref", `${name}!${cell}`, end, { sheet: name, cell, column });
  } else if (body.slice(after).trimStart().startsWith("(")) {
    push("function", name.toUpperCase(), after);
  } else if (parseCellRef(name)) {
    push("ref", name, after, { cell: name });
  } else if (isColumnSide(body, name, after)) {
    push("ref", name, after, { cell: name, column: true });
  } else if (/^(TRUE|FALSE)$/i.test(name)) {
    push("boolean", name.toUpperCase(), after);
  } else {
    push("name", name, after);
  }
}

/**
 * Is `word` one side of a whole-column reference: column letters with a `:` and another column on one side
 * (`$U:$U`, `'KPI Data'!A:C`)? Otherwise `AB` alone stays a name, as in Excel.
 */
function isColumnSide(body: string, word: string, end: number): boolean {
  if (!parseColumnRef(word)) return false;
  if (/^:\$?[A-Za-z]{1,3}(?![A-Za-z0-9_.(!])/.test(body.slice(end))) return true;
  return /(?:^|[^A-Za-z0-9_.$])\$?[A-Za-z]{1,3}:$/.test(body.slice(0, end - word.length));
}
