// Issue 12: a French and a Russian template inserted in the preview speak their label language everywhere except in
// U4SSC's official-English cells (docs/template.md, "Label language"). Each language gets a fresh preview page, so
// Insert runs into an empty workbook, and the English-word detector is the unit test's own
// (test/label-language/english-words.cjs).
import { createRequire } from "node:module";
import { cellText, showSheet } from "./grid.mjs";
import { check, checkEqual } from "./harness.mjs";
import { watchPage } from "./page-watch.mjs";

const require = createRequire(import.meta.url);
const { strayEnglish } = require("../label-language/english-words.cjs");

const SHEETS = ["KPI Data", "KPI Summary", "KPI Lists"];
/** The header of the translation column AI, which marks it as unofficial. */
const TRANSLATION_HEADER = {
  fr: "Indicateur (traduction non officielle)",
  ru: "Показатель (неофициальный перевод)",
};

/** Every non-empty cell the shown sheet displays (formula results included), as [sheet, address, text]. */
async function shownCells(page, sheet) {
  const cells = await page.evaluate(() =>
    [...document.querySelectorAll(".preview-grid td[data-address]")]
      .map((td) => [td.dataset.address, td.textContent ?? ""])
      .filter(([, text]) => text.trim() !== "")
  );
  return cells.map(([address, text]) => [sheet, address, text]);
}

/**
 * The scenarios: for fr and ru, a fresh preview page, the template's label language chosen in the pane (left in
 * English: the pane's language is another setting), Insert, then every cell of the three sheets read as shown.
 *
 * @example runScenarios(labelLanguageScenarios(() => browser.newPage(), url))
 */
export function labelLanguageScenarios(newPage, url, host) {
  return ["fr", "ru"].map((lang) => [
    `a ${lang} template inserted in the preview shows no English outside the official-English cells`,
    async () => {
      const page = await newPage();
      const watch = watchPage(page, host);
      try {
        page.setDefaultTimeout(15_000);
        await page.goto(url);
        await page.getByRole("button", { name: "Insert template" }).waitFor();
        await page.getByRole("combobox", { name: "Label language of the template" }).selectOption(lang);
        await page.getByRole("button", { name: "Insert template" }).click();
        await page.getByText("Template inserted: 112 rows written.").waitFor();
        const cells = [];
        for (const sheet of SHEETS) {
          await showSheet(page, sheet);
          cells.push(...(await shownCells(page, sheet)));
        }
        check(cells.length > 2000, `only ${cells.length} cells shown`);
        await showSheet(page, "KPI Data");
        checkEqual(await cellText(page, "AI4"), TRANSLATION_HEADER[lang], "the header of AI");
        const official = await cellText(page, "E5");
        const translated = await cellText(page, "AI5");
        check(translated !== "" && translated !== official, `AI5 is not a translation of "${official}": "${translated}"`);
        checkEqual(strayEnglish(cells, lang).slice(0, 20), [], `English in the ${lang} template`);
        checkEqual(watch.problems(), [], "console errors, page errors and outside requests");
      } finally {
        await page.close();
      }
    },
  ]);
}
