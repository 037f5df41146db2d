/**
 * The hostile-input corpus (issue 10): what a spreadsheet can hand the six KPI.* functions at its worst, and what
 * each call must answer. Every case names its expected answer: a number, a text, an Excel error (code), or "the
 * same as" another call whose answer is documented (an Excel error in a value of an area behaves like any unreadable
 * text there: the item is not scored but stays eligible, README "The method"). Built lazily: the 1 MB texts and the
 * 100 001-row ranges exist once.
 */
export type KpiFunction = "SCORE" | "POINTS" | "BAND" | "COVERAGE" | "CHECK" | "INFO";

export type Expected =
  | { readonly value: number }
  | { readonly text: string | RegExp }
  | { readonly error: string }
  | { readonly sameAs: readonly unknown[] };

export interface HostileCase {
  readonly name: string;
  readonly fn: KpiFunction;
  readonly args: readonly unknown[];
  readonly expected: Expected;
}

const P = "EC: ICT: ICT: 1C"; // percentage of households, 0–100, default target 100 (README examples)
const RATE = "SC: EH: ED: 3C"; // degree holders per 100 000 inhabitants: no upper bound, no default target
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const ED_IDS = ["SC: EH: ED: 1C", "SC: EH: ED: 2C", "SC: EH: ED: 3C", "SC: EH: ED: 4C"];
const ED = column(...ED_IDS);
const ED_VALUES = [20, 70, 1000, 10];
const ED_TARGETS = column(null, null, 1000, null);
const MB = 1 << 20;

/** Every character JavaScript's `\s` and `trim` call white space (Unicode White_Space, U+FEFF). */
export const WHITE_SPACE = [
  "\t",
  "\n",
  "\v",
  "\f",
  "\r",
  " ",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2001",
  "\u2002",
  "\u2003",
  "\u2004",
  "\u2005",
  "\u2006",
  "\u2007",
  "\u2008",
  "\u2009",
  "\u200a",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
];
/** The only white space that may group digits (docs/data-safety.md). */
const GROUPING = new Set([" ", "\u00a0", "\u2009", "\u202f"]);
const hex = (text: string) =>
  [...text]
    .map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`)
    .join(" ");

const ERRORS = ["#DIV/0!", "#N/A", "#NUM!", "#REF!", "#NAME?", "#NULL!", "#VALUE!"];
const err = (code: string) => ({ code });

function whiteSpaceCases(): HostileCase[] {
  return WHITE_SPACE.flatMap((w): HostileCase[] => [
    {
      name: `1${hex(w)}000 as a number: ${GROUPING.has(w) ? "a thousands separator" : "not one"}`,
      fn: "POINTS",
      args: [RATE, `1${w}000`, 1000],
      expected: GROUPING.has(w) ? { value: 4 } : { error: "#VALUE!" },
    },
    {
      name: `id padded with ${hex(w)}`,
      fn: "SCORE",
      args: [`${w}${P}${w}`, [[97]]],
      expected: { value: 97 },
    },
    {
      name: `value padded with ${hex(w)}`,
      fn: "CHECK",
      args: [P, `${w}97${w}`],
      expected: { text: "OK" },
    },
    {
      name: `id with ${hex(w)} around its colons`,
      fn: "SCORE",
      args: [`EC${w}:${w}ICT${w}:ICT:${w}${w}1C`, [[97]]],
      expected: { value: 97 },
    },
  ]);
}

function errorCases(): HostileCase[] {
  const abc = "not a number";
  return ERRORS.flatMap((code): HostileCase[] => {
    const e = err(code);
    const passed = { error: code };
    const edValues = (first: unknown) => column(first, ...ED_VALUES.slice(1));
    return [
      { name: `${code} as SCORE's id`, fn: "SCORE", args: [e, [[97]]], expected: passed },
      { name: `${code} as SCORE's value`, fn: "SCORE", args: [P, [[e]]], expected: passed },
      {
        name: `${code} as SCORE's target`,
        fn: "SCORE",
        args: [P, [[97]], undefined, [[e]]],
        expected: passed,
      },
      {
        name: `${code} as SCORE's method`,
        fn: "SCORE",
        args: [P, [[97]], undefined, undefined, e],
        expected: passed,
      },
      {
        name: `${code} as SCORE's min_coverage (item)`,
        fn: "SCORE",
        args: [P, [[97]], undefined, undefined, "u4ssc", e],
        expected: passed,
      },
      {
        name: `${code} as SCORE's min_coverage (area)`,
        fn: "SCORE",
        args: ["Education", column(...ED_VALUES), ED, ED_TARGETS, undefined, e],
        expected: passed,
      },
      {
        name: `${code} among SCORE's ids`,
        fn: "SCORE",
        args: ["Education", column(...ED_VALUES), column(e, ...ED_IDS.slice(1))],
        expected: passed,
      },
      {
        name: `${code} among SCORE's values: that item unscored, like any unreadable text`,
        fn: "SCORE",
        args: ["Education", edValues(e), ED, ED_TARGETS, "u4ssc", 0],
        expected: { sameAs: ["Education", edValues(abc), ED, ED_TARGETS, "u4ssc", 0] },
      },
      { name: `${code} as POINTS' id`, fn: "POINTS", args: [e, 70], expected: passed },
      { name: `${code} as POINTS' value`, fn: "POINTS", args: [P, e], expected: passed },
      { name: `${code} as POINTS' target`, fn: "POINTS", args: [P, 70, e], expected: passed },
      { name: `${code} as BAND's score`, fn: "BAND", args: [e], expected: passed },
      {
        name: `${code} as COVERAGE's area`,
        fn: "COVERAGE",
        args: [e, column(...ED_VALUES), ED],
        expected: passed,
      },
      {
        name: `${code} as COVERAGE's result`,
        fn: "COVERAGE",
        args: ["Education", column(...ED_VALUES), ED, undefined, e],
        expected: passed,
      },
      {
        name: `${code} among COVERAGE's ids`,
        fn: "COVERAGE",
        args: ["Education", column(...ED_VALUES), column(...ED_IDS.slice(0, 3), e)],
        expected: passed,
      },
      {
        name: `${code} among COVERAGE's values`,
        fn: "COVERAGE",
        args: ["Education", edValues(e), ED, ED_TARGETS],
        expected: { sameAs: ["Education", edValues(abc), ED, ED_TARGETS] },
      },
      { name: `${code} as CHECK's id`, fn: "CHECK", args: [e, 97], expected: passed },
      {
        name: `${code} as CHECK's value: named in the answer`,
        fn: "CHECK",
        args: [P, e],
        expected: { text: new RegExp(`Excel error ${code.replace(/[/?!]/g, "\\$&")}`) },
      },
      {
        name: `${code} as CHECK's year`,
        fn: "CHECK",
        args: [P, 97, e],
        expected: { text: /is not a year/ },
      },
      {
        name: `${code} as CHECK's reporting year`,
        fn: "CHECK",
        args: [P, 97, 2020, "", e],
        expected: { text: /reporting year: .* is not a year/ },
      },
      { name: `${code} as INFO's id`, fn: "INFO", args: [e, "name"], expected: passed },
      { name: `${code} as INFO's field`, fn: "INFO", args: [P, e], expected: passed },
    ];
  });
}

function nonFiniteCases(): HostileCase[] {
  return [NaN, Infinity, -Infinity].flatMap((x): HostileCase[] => {
    const edValues = (first: unknown) => column(first, ...ED_VALUES.slice(1));
    return [
      {
        name: `${x} as SCORE's value`,
        fn: "SCORE",
        args: [P, [[x]]],
        expected: { error: "#VALUE!" },
      },
      {
        name: `${x} as SCORE's target`,
        fn: "SCORE",
        args: [P, [[50]], undefined, [[x]]],
        expected: { error: "#VALUE!" },
      },
      { name: `${x} as POINTS' value`, fn: "POINTS", args: [P, x], expected: { error: "#VALUE!" } },
      {
        name: `${x} as POINTS' target`,
        fn: "POINTS",
        args: [P, 50, x],
        expected: { error: "#VALUE!" },
      },
      { name: `${x} as BAND's score`, fn: "BAND", args: [x], expected: { error: "#VALUE!" } },
      {
        name: `${x} as CHECK's value`,
        fn: "CHECK",
        args: [P, x],
        expected: { text: /not a finite number/ },
      },
      {
        name: `${x} as CHECK's year`,
        fn: "CHECK",
        args: [P, 50, x],
        expected: { text: /is not a year/ },
      },
      { name: `${x} as INFO's id`, fn: "INFO", args: [x, "name"], expected: { error: "#VALUE!" } },
      {
        name: `${x} as min_coverage`,
        fn: "SCORE",
        args: ["Education", column(...ED_VALUES), ED, ED_TARGETS, "u4ssc", x],
        expected: { error: "#VALUE!" },
      },
      {
        name: `${x} among an area's values`,
        fn: "SCORE",
        args: ["Education", edValues(x), ED, ED_TARGETS, "u4ssc", 0],
        expected: { sameAs: ["Education", edValues("text"), ED, ED_TARGETS, "u4ssc", 0] },
      },
      {
        name: `${x} among COVERAGE's values`,
        fn: "COVERAGE",
        args: ["Education", edValues(x), ED, ED_TARGETS],
        expected: { sameAs: ["Education", edValues("text"), ED, ED_TARGETS] },
      },
    ];
  });
}

function megabyteCases(): HostileCase[] {
  const ones = "1".repeat(MB);
  const xs = "x".repeat(MB);
  const spaces = " ".repeat(MB);
  const VALUE = { error: "#VALUE!" };
  return [
    {
      name: "1 MB of digits as a value (too large for a double)",
      fn: "SCORE",
      args: [P, [[ones]]],
      expected: VALUE,
    },
    { name: "1 MB of letters as a value", fn: "SCORE", args: [P, [[xs]]], expected: VALUE },
    {
      name: "1 MB of spaces as a value: not reported",
      fn: "SCORE",
      args: [P, [[spaces]]],
      expected: { error: "#N/A" },
    },
    { name: "9, 1 MB of spaces, 7", fn: "SCORE", args: [P, [[`9${spaces}7`]]], expected: VALUE },
    {
      name: "97 then 1 MB of spaces then %",
      fn: "POINTS",
      args: [P, `97${spaces}%`],
      expected: { value: 4 },
    },
    { name: "1 MB id", fn: "SCORE", args: [xs, [[1]]], expected: VALUE },
    {
      name: "an id behind 1 MB of spaces",
      fn: "SCORE",
      args: [`${spaces}${P}`, [[97]]],
      expected: { value: 97 },
    },
    { name: "1 MB area", fn: "SCORE", args: [xs, column(...ED_VALUES), ED], expected: VALUE },
    {
      name: "1 MB of colons and spaces as an area",
      fn: "COVERAGE",
      args: [": ".repeat(MB / 2), column(...ED_VALUES), ED],
      expected: VALUE,
    },
    {
      name: "1 MB method",
      fn: "SCORE",
      args: [P, [[97]], undefined, undefined, xs],
      expected: VALUE,
    },
    { name: "1 MB target", fn: "POINTS", args: [P, 50, ones], expected: VALUE },
    { name: "1 MB BAND score", fn: "BAND", args: ["5".repeat(MB)], expected: VALUE },
    {
      name: "1 MB result",
      fn: "COVERAGE",
      args: ["Education", column(...ED_VALUES), ED, undefined, xs],
      expected: VALUE,
    },
    {
      name: "1 MB value checked: a short message",
      fn: "CHECK",
      args: [P, xs],
      expected: { text: /^.{1,300}$/s },
    },
    {
      name: "1 MB year checked",
      fn: "CHECK",
      args: [P, 50, "2".repeat(MB)],
      expected: { text: /is not a year/ },
    },
    {
      name: "1 MB quality checked",
      fn: "CHECK",
      args: [P, 50, 2020, xs],
      expected: { text: "OK" },
    },
    { name: "1 MB INFO id", fn: "INFO", args: [xs, "name"], expected: VALUE },
    { name: "1 MB INFO field", fn: "INFO", args: [P, xs], expected: VALUE },
    {
      name: "1 MB id in an area's ids: refused like any unknown id",
      fn: "COVERAGE",
      args: ["Education", column(...ED_VALUES, 5), column(...ED_IDS, xs)],
      expected: { sameAs: ["Education", column(...ED_VALUES, 5), column(...ED_IDS, "XYZ: 1")] },
    },
    {
      name: "an unknown id in an area's ids is refused",
      fn: "COVERAGE",
      args: ["Education", column(...ED_VALUES, 5), column(...ED_IDS, "XYZ: 1")],
      expected: VALUE,
    },
  ];
}

function lookAlikeCases(): HostileCase[] {
  const values = [
    ["Arabic-Indic digits", "\u0669\u0667"],
    ["Extended Arabic-Indic digits", "\u06f9\u06f7"],
    ["fullwidth digits", "\uff19\uff17"],
    ["Devanagari digits", "\u096f\u096d"],
    ["mathematical bold digits", "\u{1d7d7}\u{1d7d5}"],
    ["superscript digits", "\u2079\u2077"],
    ["a zero-width space inside", "9\u200b7"],
    ["a fullwidth percent sign", "97\uff05"],
    ["a letter O for zero", "1O"],
    ["a letter l for one", "l0"],
  ];
  const ids = [
    ["Cyrillic Е and С", "\u0415\u0421: ICT: ICT: 1C"],
    ["Cyrillic С in 1C", "EC: ICT: ICT: 1\u0421"],
    ["Cyrillic І", "EC: \u0406CT: ICT: 1C"],
    ["Greek Epsilon", "\u0395C: ICT: ICT: 1C"],
    ["fullwidth colons", "EC\uff1a ICT\uff1a ICT\uff1a 1C"],
    ["a letter l for one", "EC: ICT: ICT: lC"],
    ["a zero-width space", "EC: ICT: ICT: 1C\u200b"],
    ["fullwidth letters", "\uff25\uff23: ICT: ICT: 1C"],
  ];
  return [
    ...values.flatMap(([what, text]): HostileCase[] => [
      {
        name: `a value in ${what}`,
        fn: "SCORE",
        args: [P, [[text]]],
        expected: { error: "#VALUE!" },
      },
      {
        name: `a target in ${what}`,
        fn: "POINTS",
        args: [P, 50, text],
        expected: { error: "#VALUE!" },
      },
    ]),
    ...ids.flatMap(([what, text]): HostileCase[] => [
      {
        name: `an id with ${what}`,
        fn: "SCORE",
        args: [text, [[97]]],
        expected: { error: "#VALUE!" },
      },
      {
        name: `INFO of an id with ${what}`,
        fn: "INFO",
        args: [text, "name"],
        expected: { error: "#VALUE!" },
      },
    ]),
    {
      name: "an area with a Cyrillic Е",
      fn: "SCORE",
      args: ["\u0415ducation", column(...ED_VALUES), ED],
      expected: { error: "#VALUE!" },
    },
    {
      name: "ALL with a Cyrillic А",
      fn: "COVERAGE",
      args: ["\u0410LL", column(...ED_VALUES), ED],
      expected: { error: "#VALUE!" },
    },
  ];
}

function rangeCases(): HostileCase[] {
  const VALUE = { error: "#VALUE!" };
  const area = ["Education", column(...ED_VALUES), ED, ED_TARGETS] as const;
  return [
    {
      name: "3 values for 4 ids",
      fn: "SCORE",
      args: ["Education", column(20, 70, 1000), ED],
      expected: VALUE,
    },
    {
      name: "5 targets for 4 ids",
      fn: "SCORE",
      args: ["Education", column(...ED_VALUES), ED, column(1, 2, 3, 4, 5)],
      expected: VALUE,
    },
    {
      name: "3 values for 4 ids (COVERAGE)",
      fn: "COVERAGE",
      args: ["Education", column(20, 70, 1000), ED],
      expected: VALUE,
    },
    {
      name: "2 targets for 4 ids (COVERAGE)",
      fn: "COVERAGE",
      args: ["Education", column(...ED_VALUES), ED, column(1, 2)],
      expected: VALUE,
    },
    {
      name: "values 2×2 against ids 4×1: refused, the shapes differ (issue 9)",
      fn: "SCORE",
      args: [
        "Education",
        [
          [20, 70],
          [1000, 10],
        ],
        ED,
        ED_TARGETS,
      ],
      expected: VALUE,
    },
    {
      name: "a jagged values range",
      fn: "SCORE",
      args: ["Education", [[20, 70, 1000], [10]], ED, ED_TARGETS],
      expected: VALUE,
    },
    {
      name: "a jagged ids range",
      fn: "COVERAGE",
      args: ["Education", column(...ED_VALUES), [ED_IDS.slice(0, 3), [ED_IDS[3]]], ED_TARGETS],
      expected: VALUE,
    },
    { name: "two cells as one item's value", fn: "SCORE", args: [P, [[97, 98]]], expected: VALUE },
    {
      name: "two cells as one item's target",
      fn: "SCORE",
      args: [P, [[97]], undefined, [[100], [90]]],
      expected: VALUE,
    },
    {
      name: "an area without ids",
      fn: "SCORE",
      args: ["Education", column(...ED_VALUES)],
      expected: VALUE,
    },
    {
      name: "an empty ids range: one item, no area",
      fn: "SCORE",
      args: ["Education", column(...ED_VALUES), []],
      expected: VALUE,
    },
    {
      name: "the documented worked example (control)",
      fn: "SCORE",
      args: area,
      expected: { value: 56.25 },
    },
  ];
}

let huge: { ids: unknown[][]; values: unknown[][] } | null = null;
/** 100 001 rows: the four Education rows, then blank ids (ignored rows). */
function hugeRanges(rows: number) {
  huge ??= {
    ids: Array.from({ length: 100_001 }, (_, i) => [i < 4 ? ED_IDS[i] : ""]),
    values: Array.from({ length: 100_001 }, (_, i) => [i < 4 ? ED_VALUES[i] : ""]),
  };
  return { ids: huge.ids.slice(0, rows), values: huge.values.slice(0, rows) };
}

function largeRangeCases(): HostileCase[] {
  const over = hugeRanges(100_001);
  const limit = hugeRanges(100_000);
  const targets = (rows: number) => Array.from({ length: rows }, (_, i) => [i === 2 ? 1000 : null]);
  return [
    {
      name: "100 001 rows: refused",
      fn: "SCORE",
      args: ["Education", over.values, over.ids],
      expected: { error: "#VALUE!" },
    },
    {
      name: "100 001 rows: refused (COVERAGE)",
      fn: "COVERAGE",
      args: ["Education", over.values, over.ids],
      expected: { error: "#VALUE!" },
    },
    {
      name: "100 000 rows: scored as the four that matter",
      fn: "SCORE",
      args: ["Education", limit.values, limit.ids, targets(100_000)],
      expected: { value: 56.25 },
    },
    {
      name: "100 000 rows: covered as the four that matter",
      fn: "COVERAGE",
      args: ["Education", limit.values, limit.ids],
      expected: { sameAs: ["Education", column(...ED_VALUES), ED] },
    },
  ];
}

function optionCases(): HostileCase[] {
  const VALUE = { error: "#VALUE!" };
  const area = (method: unknown, minCoverage?: unknown): unknown[] => [
    "Education",
    column(...ED_VALUES),
    ED,
    ED_TARGETS,
    method,
    minCoverage,
  ];
  const cov = (result: unknown): unknown[] => [
    "Education",
    column(...ED_VALUES),
    ED,
    ED_TARGETS,
    result,
  ];
  return [
    ...["means", "goalpost", "u4 ssc", 1, true, "\uff2d\uff25\uff21\uff2e", "mean;", "-"].map(
      (method): HostileCase => ({
        name: `method ${JSON.stringify(method)}`,
        fn: "SCORE",
        args: area(method),
        expected: VALUE,
      })
    ),
    {
      name: 'method " U4SSC ": the default',
      fn: "SCORE",
      args: area(" U4SSC "),
      expected: { value: 56.25 },
    },
    { name: "method blank: the default", fn: "SCORE", args: area(""), expected: { value: 56.25 } },
    ...[-0.01, 1.01, "0.5", "50%", true, "abc", 1e308 * 10].map((minCoverage): HostileCase => ({
      name: `min_coverage ${String(minCoverage)} (area)`,
      fn: "SCORE",
      args: area("u4ssc", minCoverage),
      expected: VALUE,
    })),
    ...[-1, 2, "abc", false].map((minCoverage): HostileCase => ({
      name: `min_coverage ${String(minCoverage)} (item)`,
      fn: "SCORE",
      args: [P, [[97]], undefined, undefined, "u4ssc", minCoverage],
      expected: VALUE,
    })),
    {
      name: "min_coverage 1 with every item scored",
      fn: "SCORE",
      args: area("u4ssc", 1),
      expected: { value: 56.25 },
    },
    ...["score", "fractions", 2, true, "n"].map((result): HostileCase => ({
      name: `result ${JSON.stringify(result)}`,
      fn: "COVERAGE",
      args: cov(result),
      expected: VALUE,
    })),
    { name: 'result " SCORED "', fn: "COVERAGE", args: cov(" SCORED "), expected: { value: 4 } },
    { name: 'result "eligible"', fn: "COVERAGE", args: cov("eligible"), expected: { value: 4 } },
    ...["nam", "", 1, true, "name;", "\uff4e\uff41\uff4d\uff45"].map((field): HostileCase => ({
      name: `INFO field ${JSON.stringify(field)}`,
      fn: "INFO",
      args: [P, field],
      expected: VALUE,
    })),
    ...[-0.0001, 100.0001, "50", true, -Infinity, null].map((score): HostileCase => ({
      name: `BAND(${String(score)})`,
      fn: "BAND",
      args: [score],
      expected: score === null ? { error: "#N/A" } : VALUE,
    })),
    { name: "BAND(0)", fn: "BAND", args: [0], expected: { text: "0–33% of target" } },
    { name: "BAND(100)", fn: "BAND", args: [100], expected: { text: "95%+ of target" } },
  ];
}

/** The whole corpus. */
export function hostileCorpus(): HostileCase[] {
  return [
    ...whiteSpaceCases(),
    ...errorCases(),
    ...nonFiniteCases(),
    ...megabyteCases(),
    ...lookAlikeCases(),
    ...rangeCases(),
    ...largeRangeCases(),
    ...optionCases(),
  ];
}
