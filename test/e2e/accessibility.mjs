import path from "node:path";
import { ROOT } from "../../scripts/preview.mjs";

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

/**
 * Runs axe-core on the page and returns its serious and critical violations as lines ("rule: target…"); an empty
 * list means the page passes the bar the issue sets (moderate and minor findings are not counted).
 */
export async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.targets.join(", ")}`);
}
