#!/usr/bin/env node
// Builds src/domain/catalog/catalog.json from the researched CSVs committed under data/catalog/.
// The CSVs are the source of truth (copied from the U4SSC reference research, provenance kept per row);
// the JSON is what the add-in bundles. `--check` exits 1 when the committed JSON is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { parse } from "csv-parse/sync";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const kpisPath = join(root, "data/catalog/u4ssc-kpis.csv");
const targetsPath = join(root, "data/catalog/default-targets.csv");
const translationsPath = join(root, "data/catalog/translations.csv");
const areaTranslationsPath = join(root, "data/catalog/area-translations.csv");
const outPath = join(root, "src/domain/catalog/catalog.json");
// The translations ship apart: the pane loads them on demand (an async chunk), so the catalog every page needs stays
// within the bundle budgets.
const translationsOutPath = join(root, "src/domain/catalog/translations.json");

const read = (path) => parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true });
const num = (text) => (text.trim() === "" ? null : Number(text.trim()));
const list = (text, sep) =>
  text
    .split(sep)
    .map((part) => part.trim())
    .filter((part) => part !== "");

// UNOFFICIAL working translations (U4SSC publishes English only): one language's texts of an item.
const translated = (row, lang) => ({
  name: row[`name_${lang}`],
  pointName: row[`point_${lang}`] || null,
  unit: row[`unit_${lang}`],
  basis: row[`basis_${lang}`] || null,
});

function readAreaTranslations() {
  return read(areaTranslationsPath).map((row) => ({
    level: row.level,
    name: row.name,
    fr: row.name_fr,
    ru: row.name_ru,
  }));
}

export function buildCatalog() {
  const targets = new Map(read(targetsPath).map((row) => [row.id, row]));
  const translations = new Map(read(translationsPath).map((row) => [row.id, row]));
  const items = read(kpisPath).map((row) => {
    const t = targets.get(row.id);
    if (!t) throw new Error(`default-targets.csv has no row for ${row.id}`);
    if (!translations.has(row.id)) throw new Error(`translations.csv has no row for ${row.id}`);
    const hasTarget = t.target.trim() !== "";
    return {
      id: row.id,
      code: row.code,
      point: row.point || null,
      dimension: row.dimension,
      subdimension: row.subdimension,
      category: row.category,
      name: row.name,
      pointName: row.point_name || null,
      unit: row.unit,
      type: row.type,
      direction: row.direction,
      min: num(row.min),
      max: num(row.max),
      sdgGoals: list(row.sdg_goals, ";").map(Number),
      sdgTargets: list(row.sdg_targets, ";"),
      aliases: list(row.aliases, ";"),
      notes: row.notes,
      defaultTarget: hasTarget
        ? {
            target: num(t.target),
            worst: num(t.worst),
            unit: t.unit,
            basis: t.basis,
            source: t.source,
            confidence: t.confidence,
            notes: t.notes,
          }
        : null,
      targetNotes: hasTarget ? "" : t.notes,
    };
  });
  const ids = new Set(items.map((item) => item.id));
  for (const [file, keys] of [
    ["default-targets.csv", targets.keys()],
    ["translations.csv", translations.keys()],
  ]) {
    for (const id of keys)
      if (!ids.has(id)) throw new Error(`${file} names ${id}, which u4ssc-kpis.csv lacks`);
  }
  return {
    provenance: {
      items:
        "data/catalog/u4ssc-kpis.csv (U4SSC Collection Methodology 2017 codes, researched from public U4SSC / ITU / UN sources)",
      targets:
        "data/catalog/default-targets.csv (cited international references only; blank = set your own)",
      translations:
        "data/catalog/translations.csv and area-translations.csv: UNOFFICIAL working translations into French and Russian (U4SSC publishes English only)",
    },
    items,
  };
}

/** The UNOFFICIAL French and Russian texts: per item id, and the area names. */
export function buildTranslations() {
  const items = {};
  for (const row of read(translationsPath)) {
    items[row.id] = { fr: translated(row, "fr"), ru: translated(row, "ru") };
  }
  return {
    provenance:
      "data/catalog/translations.csv and area-translations.csv: UNOFFICIAL working translations into French and Russian (U4SSC publishes English only)",
    items,
    areas: readAreaTranslations(),
  };
}

const outputs = [
  [outPath, JSON.stringify(buildCatalog(), null, 2) + "\n"],
  [translationsOutPath, JSON.stringify(buildTranslations(), null, 2) + "\n"],
];
if (process.argv.includes("--check")) {
  for (const [path, text] of outputs) {
    if (readFileSync(path, "utf8") !== text) {
      console.error(`${path} is out of date: run \`npm run catalog\`.`);
      process.exit(1);
    }
  }
  console.log("catalog.json and translations.json match data/catalog/*.csv");
} else {
  for (const [path, text] of outputs) writeFileSync(path, text);
  console.log(
    `wrote ${outPath} (${JSON.parse(outputs[0][1]).items.length} items) and ${translationsOutPath}`
  );
}
