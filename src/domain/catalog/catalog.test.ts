import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { CATALOG, ITEMS, findItem, isPercentItem, itemById, itemDisplayName } from "./catalog";
import { catalogSchema } from "./catalog-schema";
import { normalizeId } from "./normalize-id";

describe("catalog data", () => {
  it("passes the zod schema (bounds, targets with basis and source, ids)", () => {
    const result = catalogSchema.safeParse(CATALOG);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([]);
  });

  it("holds 112 items: 91 KPIs and the data points of 7 KPIs", () => {
    expect(ITEMS).toHaveLength(112);
    expect(new Set(ITEMS.map((item) => item.code)).size).toBe(91);
    const multiPoint = new Set(ITEMS.filter((item) => item.point).map((item) => item.code));
    expect(multiPoint.size).toBe(7);
  });

  it("has unique ids, and aliases that collide with no id", () => {
    const ids = ITEMS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const alias of ITEMS.flatMap((item) => item.aliases)) expect(ids).not.toContain(alias);
  });

  it("keeps units to what to report and in what unit: provenance and doubts live in notes", () => {
    const research = /verified|reported in|\bp\d+\b|\bFS\b|factsheet|unconfirmed|\?/i;
    expect(ITEMS.filter((item) => research.test(item.unit)).map((item) => item.id)).toEqual([]);
    // The doubts moved, not vanished: the items whose unit was unverified say so in their notes.
    for (const id of ["EN: EN: WS: 2C", "EN: EN: PSN: 1C", "EC: I: ES: 2C"])
      expect(itemById(id).notes).toMatch(/not verified/);
  });

  it("gives every default target a basis and a source, and says why where there is none", () => {
    const withTarget = ITEMS.filter((item) => item.defaultTarget);
    expect(withTarget.length).toBeGreaterThan(40);
    for (const item of withTarget) {
      expect(item.defaultTarget?.basis).not.toBe("");
      expect(item.defaultTarget?.source).not.toBe("");
    }
    for (const item of ITEMS.filter((i) => !i.defaultTarget)) expect(item.targetNotes).not.toBe("");
  });

  it("is the committed output of scripts/build-catalog.mjs over data/catalog/*.csv", () => {
    const script = join(__dirname, "../../../scripts/build-catalog.mjs");
    expect(() =>
      execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })
    ).not.toThrow();
  });

  it("keeps provenance: the notes of first-hand checks and of known doubts", () => {
    expect(itemById("EC: ICT: ICT: 1C").notes).toMatch(/checked against the official KPI sheet/);
    expect(itemById("EC: ICT: ICT: 5C").notes).toMatch(/unconfirmed/);
    expect(itemById("EN: EN: AQ: 1C/PM2.5").defaultTarget).toMatchObject({ target: 5, worst: 35 });
  });
});

describe("findItem (lenient ids, docs/scoring.md §1)", () => {
  it.each([
    ["EC: ICT: ICT: 1C", "EC: ICT: ICT: 1C"],
    ["ec:ict:ict:1c", "EC: ICT: ICT: 1C"],
    ["SC: EH: ED:1C", "SC: EH: ED: 1C"],
    ["  SC:EH:ED:1C  ", "SC: EH: ED: 1C"],
    ["EN: EN: AQ: 1C / pm2.5", "EN: EN: AQ: 1C/PM2.5"],
    ["en:en:aq:1c/pm2.5", "EN: EN: AQ: 1C/PM2.5"],
    ["EC: ICT: ICT: 5A", "EC: ICT: ICT: 5C"],
    ["SC: EH: H: 6A", "SC: EH: ED: 5A"],
    ["sc : eh : h : 6a", "SC: EH: ED: 5A"],
  ])("resolves %j to %s", (text, id) => {
    expect(findItem(text)?.id).toBe(id);
  });

  it.each([
    "",
    "EC",
    "EC: ICT: ICT",
    "EN: EN: AQ: 1C",
    "EC: ICT: ICT: 1",
    "EC ICT ICT 1C",
    "EC: ICT: ICT: 1C/X",
  ])("does not resolve %j", (text) => {
    expect(findItem(text)).toBeUndefined();
  });

  it("names data points as 'KPI name — data-point name' and knows percentage units", () => {
    expect(itemDisplayName(itemById("EN: EN: AQ: 1C/NO2"))).toBe("Air Pollution — NO2");
    expect(itemDisplayName(itemById("EC: ICT: ICT: 1C"))).toBe("Household Internet Access");
    expect(isPercentItem(itemById("EC: ICT: ICT: 1C"))).toBe(true);
    expect(isPercentItem(itemById("EC: ICT: ICT: 3C"))).toBe(false);
    expect(() => itemById("nope")).toThrow(/no catalog item/);
  });
});

describe("normalizeId", () => {
  it.each([
    [" sc: eh: ed:1c ", "SC:EH:ED:1C"],
    ["EN: EN: AQ: 1C / pm2.5", "EN:EN:AQ:1C/PM2.5"],
    ["a \t b\u3000:\n c", "A B:C"],
    [": / :", ":/:"],
    ["", ""],
    ["   ", ""],
  ])("folds %j to %j like the former pattern", (text, key) => {
    expect(normalizeId(text)).toBe(key);
    const former = text
      .trim()
      .toUpperCase()
      .replace(/\s*([:/])\s*/g, "$1")
      .replace(/\s+/g, " ");
    expect(normalizeId(text)).toBe(former);
  });
});
