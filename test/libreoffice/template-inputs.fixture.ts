import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { ITEMS, findItem, isPercentItem } from "../../src/domain/catalog";
import type { CatalogItem } from "../../src/domain/catalog";
import { DATA_QUALITY_CHOICES } from "../../src/domain/validation";

/**
 * Test fixture: inputs for template rows, and what Excel stores for them. `formula` cells hold an Excel error made by
 * a formula (=1/0), `raw` is what the add-in's reader gets for the cell (Excel's error text, the boolean, the number
 * or the text), `percent` whether the cell is given a percent number format (what Excel does when `21%` is typed).
 */
export interface InputCell {
  readonly write: string | number | boolean | null | { readonly formula: string };
  readonly raw: string | number | boolean | null;
  readonly percent?: boolean;
}

export interface RowInputs {
  readonly value: InputCell;
  readonly year: InputCell;
  readonly quality: InputCell;
  /** null: leave the template's prefilled default target as it is. */
  readonly target: InputCell | null;
}

const plain = (v: string | number | boolean | null): InputCell => ({ write: v, raw: v });
const error = (formula: string, raw: string): InputCell => ({ write: { formula }, raw });
const percent = (v: number): InputCell => ({ write: v, raw: v, percent: true });

/** A small seeded generator (mulberry32), so a failure can be reproduced. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** A number within the item's bounds (rounded to 2 decimals, sometimes exactly on a bound or a cut-off). */
function inRange(rnd: () => number, item: CatalogItem): number {
  const lo = item.min ?? 0;
  const hi = item.max ?? lo + 200;
  const target = item.defaultTarget?.target;
  if (target !== undefined && rnd() < 0.2)
    return pick(rnd, [target, target * 0.33, target * 0.95, 0]);
  return Math.round((lo + rnd() * (hi - lo)) * 100) / 100;
}

/** Every kind of value cell the template must judge the same way as the domain. */
function valueCell(rnd: () => number, item: CatalogItem): InputCell {
  const yesNo = item.direction === "yesno";
  const kinds: (() => InputCell)[] = [
    () => plain(null),
    () => plain(pick(rnd, ["NR", "n/a", " Not  reported ", "-", "—", "not verified", ""])),
    () => plain(yesNo ? pick(rnd, [0, 1]) : inRange(rnd, item)),
    () => plain(yesNo ? pick(rnd, [0, 1]) : inRange(rnd, item)),
    () => plain(yesNo ? pick(rnd, [0.5, 2, -1]) : (item.max ?? 1e6) + 1 + Math.round(rnd() * 50)),
    () => plain(item.min === null ? -5 : item.min - 1),
    () => plain(pick(rnd, ["12,5", "45", "1,234", "12.67 Minutes", "abc", "45 %", "#N/A"])),
    () => pick(rnd, [error("1/0", "#DIV/0!"), error("NA()", "#N/A"), error('-"x"', "#VALUE!")]),
    () => percent(pick(rnd, [0.21, 0.005, 1.5, 0.9999])),
    () => plain(pick(rnd, [true, false])),
    () => plain(pick(rnd, ["Yes", "oui", "ДА", "Нет", "non", "No", "maybe", "да "])),
  ];
  return pick(rnd, kinds)();
}

function targetCell(rnd: () => number, item: CatalogItem): InputCell | null {
  return pick(rnd, [
    () => null,
    () => null,
    () => plain(null),
    () => plain(item.direction === "yesno" ? 1 : inRange(rnd, item) || 1),
    () => plain(0),
    () => plain("NR"),
    () => plain(pick(rnd, ["80", "abc"])),
    () => plain((item.max ?? 1e6) + 10),
    () => (isPercentItem(item) || rnd() < 0.3 ? percent(0.8) : plain(50)),
    () => error("1/0", "#DIV/0!"),
  ])();
}

function yearCell(rnd: () => number): InputCell {
  return pick(rnd, [
    () => plain(null),
    () => plain(2023),
    () => plain(2019),
    () => plain(2015),
    () => plain(2026),
    () => plain("2022"),
    () => plain(pick(rnd, ["20x9", "NR", 2019.5, 1850])),
    () => error("1/0", "#DIV/0!"),
  ])();
}

function qualityCell(rnd: () => number): InputCell {
  return plain(
    pick(rnd, [
      null,
      ...DATA_QUALITY_CHOICES.map((c) => c.label),
      " personal estimation ",
      "own survey",
    ])
  );
}

/** Generated inputs for every catalog item, one row each, in catalog order. */
export function generatedRows(seed: number): RowInputs[] {
  const rnd = random(seed);
  return ITEMS.map((item) => ({
    value: valueCell(rnd, item),
    year: yearCell(rnd),
    quality: qualityCell(rnd),
    target: targetCell(rnd, item),
  }));
}

/** The published city values of test/fixtures/city-values.csv as a statistician types them, per city, by item id. */
export function cityValues(): Map<string, Map<string, number | string>> {
  const rows = parse(readFileSync(join(__dirname, "../fixtures/city-values.csv"), "utf8"), {
    columns: true,
  }) as { city: string; id: string; expected: string }[];
  const cities = new Map<string, Map<string, number | string>>();
  for (const { city, id, expected } of rows) {
    const item = findItem(id);
    if (!item) continue;
    const values = cities.get(city) ?? new Map<string, number | string>();
    values.set(item.id, expected === "missing" ? "NR" : Number(expected));
    cities.set(city, values);
  }
  return cities;
}
