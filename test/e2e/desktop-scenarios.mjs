// The e2e scenarios under ?host=desktop (issue 9): the preview behaves like Excel on Windows and Mac, where an empty
// cell reaches a custom function as 0 and the KPI functions read the cells through the argument addresses Excel
// gives them (docs/excel-hosts.md, "Empty cells"). They run on a page of their own, after the web scenarios.
import { cell, cellText, pasteInto, showSheet, typeInto } from "./grid.mjs";
import { check, checkEqual, waitFor } from "./harness.mjs";
import { paneSummary, summaryRowOf } from "./workbook-reads.mjs";

/** A free cell of the Summary sheet (below the chart, J2:R24), for a formula a person types. */
const FREE_CELL = "J30";
/** KPI.SCORE over the template's Education rows: the value column K and the id column A of the data sheet. */
const EDUCATION_SCORE = `=KPI.SCORE("Education",'KPI Data'!K5:K116,'KPI Data'!A5:A116)`;
const FIRST_ROW = 5;

/** Waits until no custom function's promise is pending (no cell shows #BUSY! for one). */
const calculated = (page) => page.evaluate(() => window.kpiPreview.calculated());

export function desktopScenarios(page) {
  return [
    [
      "desktop: the page behaves like Excel on Windows (platform PC, profile desktop)",
      async () => {
        await page.getByRole("button", { name: "Insert template" }).waitFor();
        const seen = await page.evaluate(() => [window.kpiPreview.profile, String(window.Office.context.platform)]);
        checkEqual(seen, ["desktop", "PC"], "profile and Office.context.platform");
      },
    ],
    [
      "desktop: insert, values left blank: the Summary shows insufficient data, not a score",
      async () => {
        await page.getByLabel("City name").fill("Bergen");
        await page.getByLabel("Reporting year").fill("2024");
        await page.getByRole("button", { name: "Insert template" }).click();
        await page.getByText("Template inserted: 112 rows written.").waitFor();
        await showSheet(page, "KPI Summary");
        await calculated(page);
        const row = await summaryRowOf(page, "EC: ICT");
        check((await cellText(page, `D${row}`)).startsWith("#"), "the Summary scores EC: ICT with no value");
        const band = await cellText(page, `E${row}`);
        check(/insufficient data: 0 of \d+ items/.test(band), `EC: ICT's band cell: ${band}`);
      },
    ],
    [
      "desktop: KPI.SCORE over blank values reads the cells and says insufficient data, never 'cannot tell'",
      async () => {
        await typeInto(page, FREE_CELL, EDUCATION_SCORE);
        await calculated(page);
        checkEqual(await cellText(page, FREE_CELL), "#N/A", "KPI.SCORE over blank values");
        await cell(page, FREE_CELL).click();
        const message = page.locator(".preview-cell-message");
        await waitFor("the cell's message", async () => /insufficient data/.test((await message.textContent()) ?? ""));
        check(!/cannot tell/.test(await message.textContent()), "the function could not tell a blank from 0");
      },
    ],
    [
      "desktop: in cell-edit mode the pane keeps its last check and says why; after the edit it checks again",
      async () => {
        await showSheet(page, "KPI Data");
        await page.getByRole("button", { name: "Check data" }).click();
        await paneSummary(page, /^0 errors/);
        await page.evaluate(() => window.kpiPreview.cellEdit.enter());
        await pasteInto(page, `K${FIRST_ROW}`, "150");
        await page.getByText("Finish editing the cell (press Enter or Esc), then try again.").first().waitFor();
        // The last check stays on screen (its scores and issues) under the reason the re-check failed.
        await page.getByRole("list", { name: "Dimension scores" }).waitFor();
        checkEqual(await page.getByRole("button", { name: /Error:.*150/ }).count(), 0, "issues of a check that failed");
        await page.evaluate(() => window.kpiPreview.cellEdit.exit());
        await pasteInto(page, `K${FIRST_ROW + 1}`, "12");
        await paneSummary(page, /^1 error/);
        await page.getByRole("button", { name: /Error:.*150/ }).first().waitFor();
        checkEqual(
          await page.getByText("Finish editing the cell (press Enter or Esc), then try again.").count(),
          0,
          "the cell-edit message after a successful check"
        );
      },
    ],
  ];
}
