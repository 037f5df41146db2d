// Reading what the pane and the simulated workbook show, for the scenarios.
import { cell, cellText, showSheet } from "./grid.mjs";
import { check, waitFor } from "./harness.mjs";

/** The text of the pane's score line for an area (the "Area scores" list). */
export async function paneScore(page, area) {
  const section = page.getByRole("region", { name: /^Area scores/ });
  const lines = await section.locator("li").allTextContents();
  return lines.find((line) => line.startsWith(area) && !line.startsWith(`${area}t`)) ?? "";
}

/** The row of an area code (column B) on the shown Summary sheet. */
export async function summaryRowOf(page, code) {
  const row = await page.evaluate((wanted) => {
    const found = [...document.querySelectorAll('.preview-grid td[data-address^="B"]')].find(
      (td) => td.textContent === wanted
    );
    return found ? Number(found.dataset.address.slice(1)) : null;
  }, code);
  check(row !== null, `no Summary row for ${code}`);
  return row;
}

/** The Summary sheet's score (column D) for an area code; the data sheet is shown again afterwards. */
export async function summaryScore(page, code) {
  await showSheet(page, "KPI Summary");
  const text = await cellText(page, `D${await summaryRowOf(page, code)}`);
  await showSheet(page, "KPI Data");
  return text;
}

/** The issue list's summary line ("1 error, 0 warnings, …") once the pane's automatic re-check shows `pattern`. */
export async function paneSummary(page, pattern) {
  return waitFor(`the pane's check summary to match ${pattern}`, async () => {
    const text = await page.locator('[role="status"]').allTextContents();
    return text.find((t) => pattern.test(t));
  });
}

/**
 * Plausible values for the data rows `first`..`last` of the shown data sheet, one per line (for a paste): a
 * percentage where the Allowed column says 0–100, a count where it says ≥ 0, NR elsewhere.
 */
export async function sampleValues(page, first, last) {
  const percentages = [78, 64, 91, 88, 97, 42, 35, 66, 58, 71, 49, 83, 60, 95, 38, 74, 52, 69, 81, 47];
  const lines = [];
  for (let row = first; row <= last; row += 1) {
    const allowed = await cellText(page, `J${row}`);
    const i = row - first;
    lines.push(allowed === "0–100" ? percentages[i % percentages.length] : allowed === "≥ 0" ? 1200 + 37 * i : "NR");
  }
  return lines.join("\n");
}

export const background = (page, address) => cell(page, address).evaluate((td) => getComputedStyle(td).backgroundColor);
