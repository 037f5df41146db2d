import { checkItem, validateRows } from "../validation";
import type { ItemCheckInput } from "../validation";
import { RAW_SHOWN, formatIssue, formatMessage, messageKey } from "./format-message";

const firstMessage = (input: ItemCheckInput, lang: "en" | "fr" | "ru" = "en"): string =>
  formatIssue(checkItem(input).issues[0], lang);

describe("formatIssue: wording a city statistician can act on", () => {
  it.each<[string, ItemCheckInput, string]>([
    [
      "OUT_OF_RANGE names item, value, bounds and unit",
      { id: "EC: ICT: ICT: 1C", value: 140 },
      "EC: ICT: ICT: 1C Household Internet Access: 140 is outside 0–100 (percentage of households)",
    ],
    [
      "OUT_OF_RANGE with only a lower bound",
      { id: "EC: I: T: 5A", value: 0.8 },
      "EC: I: T: 5A Travel Time Index: 0.8 is below 1, the lowest possible value (ratio of peak-period to free-flow travel time)",
    ],
    [
      "NOT_NUMERIC with unit words names the unit and asks for the number alone",
      { id: "SC: SH: SA: 5A", value: "12.67 Minutes" },
      'SC: SH: SA: 5A Emergency Services Response Time: "12.67 Minutes" has words or a unit after the number; enter the number alone, in minutes',
    ],
    [
      "NOT_NUMERIC for an ambiguous number names both readings",
      { id: "SC: SH: SA: 5A", value: "1,234" },
      'SC: SH: SA: 5A Emergency Services Response Time: "1,234" is ambiguous: 1234 if "," separates thousands, 1.234 if it is the decimal mark; enter the number without thousands separators',
    ],
    ["MISSING", { id: "EC: ICT: ICT: 1C", value: "NR" }, "Missing value"],
    [
      "CELL_ERROR",
      { id: "EC: ICT: ICT: 1C", value: "#DIV/0!" },
      "EC: ICT: ICT: 1C Household Internet Access: the cell holds the Excel error #DIV/0!; fix the formula or enter the value",
    ],
    [
      "UNKNOWN_ID quotes the text",
      { id: "EC: ICT: ICT: 9Z", value: 1 },
      '"EC: ICT: ICT: 9Z" is not a U4SSC KPI id (ids look like "EC: ICT: ICT: 1C" or "EN: EN: AQ: 1C/PM2.5")',
    ],
    [
      "STALE names both years and the limit",
      { id: "EC: ICT: ICT: 1C", value: 97, year: 2015, reportingYear: 2021 },
      "EC: ICT: ICT: 1C Household Internet Access: data year 2015 is older than 2018, the oldest accepted for reporting year 2021",
    ],
    [
      "an unreadable year names its field",
      { id: "EC: ICT: ICT: 1C", value: 97, year: "20O1" },
      'EC: ICT: ICT: 1C Household Internet Access, year: "20O1" is not a year; enter a whole number from 1900 to 2100',
    ],
    [
      "a data point names KPI and point",
      { id: "EN: EN: AQ: 1C/PM2.5", value: -3 },
      "EN: EN: AQ: 1C/PM2.5 Air Pollution — PM2.5: -3 is below 0, the lowest possible value (µg/m³ (annual mean))",
    ],
  ])("%s", (_, input, expected) => {
    expect(firstMessage(input)).toBe(expected);
  });

  it("words sheet-level and cross-item issues", () => {
    const issues = validateRows([
      { id: "EC: I: WS: 1C", value: 0.9 },
      { id: "EC: I: WS: 2C", value: 0.95 },
      { id: "EC: I: T: 4A/PUBLIC", value: 60 },
      { id: "EC: I: T: 4A/PRIVATE", value: 50 },
    ]).map((issue) => formatIssue(issue, "en"));
    expect(issues).toEqual([
      "EC: I: WS: 2C Potable Water Supply: 0.95 is more than EC: I: WS: 1C Basic Water Supply (0.9), which it cannot exceed",
      "EC: I: T: 4A Transportation Mode Share: the data points add up to 110, more than 100",
      "no target: set one",
      "no target: set one",
    ]);
    const [fractions] = validateRows([
      { id: "EC: I: WS: 1C", value: 0.9 },
      { id: "EC: I: WS: 2C", value: 0.85 },
    ]);
    expect(formatIssue(fractions, "en")).toBe(
      "All 2 percentage values are 1 or less: they look like fractions (0.45) rather than percentages (45); enter percentages from 0 to 100"
    );
  });

  it("names the item and its unit in the message's language (unofficial translations in fr and ru)", () => {
    const issue = checkItem({ id: "SC: SH: SA: 5A", value: "12.67 Minutes" }).issues[0];
    expect(formatIssue(issue, "ru")).toContain("Время реагирования экстренных служб");
    expect(formatIssue(issue, "ru")).toContain("минуты");
    expect(formatIssue(issue, "fr")).toContain("Délai d'intervention des services d'urgence");
    expect(formatIssue(issue, "en")).toContain("Emergency Services Response Time");
  });

  it("words a bad target as such", () => {
    const [issue] = validateRows([{ id: "EC: ICT: ICT: 1C", value: 50, target: 150 }]);
    expect(formatIssue(issue, "en")).toBe(
      "EC: ICT: ICT: 1C Household Internet Access, target: 150 is outside 0–100 (percentage of households)"
    );
    expect(formatIssue(issue, "fr")).toBe(
      "EC: ICT: ICT: 1C Accès des ménages à Internet, cible : 150 est hors de l'intervalle 0–100 (pourcentage des ménages)"
    );
  });

  it("writes numbers the language's way, never with thousands grouping", () => {
    const input = { id: "SC: SH: SA: 5A", value: "1,234" };
    expect(firstMessage(input, "fr")).toContain(
      "1234 si « , » sépare les milliers, 1,234 s'il est le séparateur décimal"
    );
    expect(firstMessage(input, "ru")).toContain("1234, если «,» разделяет тысячи, или 1,234, если");
    expect(formatMessage("TOO_LARGE", { cells: 1234567, limit: 100000 }, "en")).toBe(
      "range too large: 1234567 cells (at most 100000)"
    );
    expect(
      formatMessage(
        "INCONSISTENT",
        { item: "EC: I: T: 4A", reason: "sum", total: 0.1 + 0.2 + 100.5 },
        "en"
      )
    ).toBe(
      "EC: I: T: 4A Transportation Mode Share: the data points add up to 100.8, more than 100"
    );
  });
});

describe("formatMessage for the scoring functions' conditions", () => {
  it.each<[Parameters<typeof formatMessage>, string]>([
    [
      ["INSUFFICIENT_COVERAGE", { scored: 3, eligible: 9 }, "en"],
      "insufficient data: 3 of 9 items",
    ],
    [
      ["INSUFFICIENT_COVERAGE", { scored: 3, eligible: 9 }, "fr"],
      "données insuffisantes : 3 sur 9 éléments",
    ],
    [
      ["INSUFFICIENT_COVERAGE", { scored: 3, eligible: 9 }, "ru"],
      "недостаточно данных: показателей с данными 3 из 9",
    ],
    [["NO_TARGET", {}, "en"], "no target: set one"],
    [["MISSING", {}, "en"], "Missing value"],
    [
      ["NO_SCORABLE_ITEMS", { area: "Water and Sanitation" }, "en"],
      "no scorable items in Water and Sanitation",
    ],
    [
      [
        "BAD_ARGUMENT",
        { argument: "method", raw: "median", allowed: '"u4ssc", "mean" or "goalposts"' },
        "en",
      ],
      'method: "median" is not allowed; use "u4ssc", "mean" or "goalposts"',
    ],
    [
      ["SHAPE_MISMATCH", { argument: "values", cells: 8, expected: 9 }, "en"],
      "values has 8 cells but ids has 9; the ranges must be the same size",
    ],
  ])("words %j", (args, expected) => {
    expect(formatMessage(...args)).toBe(expected);
  });

  it("leaves a placeholder with no param visible rather than hiding the gap", () => {
    expect(formatMessage("INSUFFICIENT_COVERAGE", { scored: 3 }, "en")).toBe(
      "insufficient data: 3 of {eligible} items"
    );
  });

  it("shows an item id that is not in the catalog as it is", () => {
    expect(formatMessage("DUPLICATE", { item: "XX: 1", count: 2 }, "en")).toMatch(
      /^XX: 1: entered in 2 rows/
    );
  });
});

describe("messageKey", () => {
  it.each([
    ["NOT_NUMERIC", {}, "NOT_NUMERIC"],
    ["NOT_NUMERIC", { reason: "ambiguous" }, "NOT_NUMERIC.ambiguous"],
    ["NOT_NUMERIC", { reason: "no-such-reason" }, "NOT_NUMERIC"],
    ["NOT_NUMERIC", { reason: 3 }, "NOT_NUMERIC"],
    ["MISSING", { reason: "ambiguous" }, "MISSING"],
    ["NO_TARGET", { reason: "noDirection" }, "NO_TARGET.noDirection"],
  ] as const)("picks %s with %j → %s", (code, params, key) => {
    expect(messageKey(code, params)).toBe(key);
  });
});

describe("a long text quoted in a message", () => {
  it("is cut to RAW_SHOWN characters, ending with an ellipsis", () => {
    const raw = "1".repeat(1 << 20);
    const message = formatMessage("NOT_NUMERIC", { item: "EC: ICT: ICT: 1C", raw }, "en");
    expect(message.length).toBeLessThan(300);
    expect(message).toContain(`${"1".repeat(RAW_SHOWN - 1)}…`);
  });

  it("is quoted whole up to RAW_SHOWN characters", () => {
    const raw = "x".repeat(RAW_SHOWN);
    expect(formatMessage("NOT_NUMERIC", { item: "EC: ICT: ICT: 1C", raw }, "en")).toContain(raw);
  });
});
