import { CellRef, MAX_ROWS, parseCellRef, parseColumnRef } from "./a1";
import { ErrorCode, FormulaSyntaxError } from "./errors";
import { Token, tokenize } from "./tokenize";

export type BinaryOperator = "+" | "-" | "*" | "/" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

/** A parsed formula. References keep their sheet (undefined = the formula's own sheet). */
export type Expr =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: ErrorCode }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "ref"; readonly sheet?: string; readonly ref: CellRef }
  | {
      readonly kind: "range";
      readonly sheet?: string;
      readonly start: CellRef;
      readonly end: CellRef;
      /** Whole columns (`$U:$U`): every row, read up to the workbook's last used row. */
      readonly columns?: boolean;
    }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly (Expr | null)[] }
  /** An array constant `{"a","b";1,2}`: rows of literal values. */
  | { readonly kind: "array"; readonly rows: readonly (readonly ArrayItem[])[] }
  | { readonly kind: "unary"; readonly op: "-" | "+"; readonly operand: Expr }
  | {
      readonly kind: "binary";
      readonly op: BinaryOperator;
      readonly left: Expr;
      readonly right: Expr;
    };

/** What an array constant may hold: numbers (signed), text, logicals and error values, as in Excel. */
export type ArrayItem = number | string | boolean | { readonly error: ErrorCode };

/** Binding power of each binary operator, lowest first, as in Excel: comparisons < & < + - < * /. */
const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
};

/**
 * Parses a formula (with or without its leading `=`) into an expression tree.
 *
 * @example
 * parseFormula("=IF(K5>100,\"high\",\"ok\")").kind; // "call"
 */
export function parseFormula(formula: string): Expr {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const parser = new Parser(tokenize(body), formula);
  const expr = parser.expression(0);
  parser.expectEnd();
  return expr;
}

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly formula: string
  ) {}

  expression(minPrecedence: number): Expr {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      if (token?.kind !== "operator") return left;
      const op = token.text as BinaryOperator;
      if (PRECEDENCE[op] <= minPrecedence) return left;
      this.position += 1;
      left = { kind: "binary", op, left, right: this.expression(PRECEDENCE[op]) };
    }
  }

  expectEnd(): void {
    const token = this.peek();
    if (token) this.fail(`Unexpected "${token.text}"`);
  }

  private unary(): Expr {
    const token = this.peek();
    if (token?.kind === "operator" && (token.text === "-" || token.text === "+")) {
      this.position += 1;
      return { kind: "unary", op: token.text, operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.next();
    switch (token.kind) {
      case "number":
        return { kind: "number", value: Number(token.text) };
      case "string":
        return { kind: "string", value: token.text };
      case "boolean":
        return { kind: "boolean", value: token.text === "TRUE" };
      case "error":
        return { kind: "error", code: token.text as ErrorCode };
      case "name":
        return { kind: "name", name: token.text };
      case "ref":
        return this.reference(token);
      case "function":
        return this.call(token.text);
      case "lbrace":
        return this.array();
      case "lparen": {
        const inner = this.expression(0);
        this.expect("rparen");
        return inner;
      }
      default:
        return this.fail(`Unexpected "${token.text}"`);
    }
  }

  private reference(token: Token): Expr {
    if (token.column) return this.columns(token);
    const start = parseCellRef(token.cell!)!;
    if (this.peek()?.kind !== "colon") return { kind: "ref", sheet: token.sheet, ref: start };
    this.position += 1;
    const endToken = this.expect("ref");
    if (endToken.sheet !== undefined && endToken.sheet !== token.sheet) {
      this.fail(`A range cannot span sheets (${token.text}:${endToken.text})`);
    }
    return { kind: "range", sheet: token.sheet, start, end: parseCellRef(endToken.cell!)! };
  }

  private columns(token: Token): Expr {
    this.expect("colon");
    const endToken = this.expect("ref");
    const first = parseColumnRef(token.cell!);
    const last = endToken.column ? parseColumnRef(endToken.cell!) : null;
    if (!first || !last) this.fail(`A column range needs two columns (${token.text})`);
    if (endToken.sheet !== undefined && endToken.sheet !== token.sheet) {
      this.fail(`A range cannot span sheets (${token.text}:${endToken.text})`);
    }
    const side = (column: { col: number; colAbsolute: boolean }, row: number): CellRef => ({
      ...column,
      row,
      rowAbsolute: true,
    });
    return {
      kind: "range",
      sheet: token.sheet,
      start: side(first, 0),
      end: side(last, MAX_ROWS - 1),
      columns: true,
    };
  }

  /** The rest of an array constant after `{`: rows split by `;`, items by `,`, all rows of one length. */
  private array(): Expr {
    const rows: ArrayItem[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.arrayItem());
      const separator = this.next();
      if (separator.kind === "rbrace") break;
      if (separator.kind === "semicolon") rows.push([]);
      else if (separator.kind !== "comma") this.fail(`Unexpected "${separator.text}" in an array`);
    }
    if (rows.some((row) => row.length !== rows[0].length)) {
      this.fail("The rows of an array constant differ in length");
    }
    return { kind: "array", rows };
  }

  private arrayItem(): ArrayItem {
    let token = this.next();
    let sign = 1;
    if (token.kind === "operator" && (token.text === "-" || token.text === "+")) {
      sign = token.text === "-" ? -1 : 1;
      token = this.next();
      if (token.kind !== "number") this.fail(`Expected a number after "${token.text}" in an array`);
    }
    if (token.kind === "number") return sign * Number(token.text);
    if (token.kind === "string") return token.text;
    if (token.kind === "boolean") return token.text === "TRUE";
    if (token.kind === "error") return { error: token.text as ErrorCode };
    return this.fail(`An array constant holds only values, not "${token.text}"`);
  }

  private call(name: string): Expr {
    this.expect("lparen");
    const args: (Expr | null)[] = [];
    if (this.peek()?.kind === "rparen") {
      this.position += 1;
      return { kind: "call", name, args };
    }
    for (;;) {
      const next = this.peek();
      // An empty argument, as in KPI.SCORE(A5,K5,,P5): Excel passes the function "omitted".
      args.push(next?.kind === "comma" || next?.kind === "rparen" ? null : this.expression(0));
      const separator = this.next();
      if (separator.kind === "rparen") return { kind: "call", name, args };
      if (separator.kind !== "comma")
        this.fail(`Expected "," or ")" but found "${separator.text}"`);
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (!token) this.fail("Unexpected end");
    this.position += 1;
    return token;
  }

  private expect(kind: Token["kind"]): Token {
    const token = this.next();
    if (token.kind !== kind) this.fail(`Expected ${kind} but found "${token.text}"`);
    return token;
  }

  private fail(message: string): never {
    throw new FormulaSyntaxError(message, this.formula);
  }
}
