// `npm run test:e2e`: the preview in headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH), driven by
// playwright-core through the scenarios of issue 5. Fails on any failed scenario, console error, page error or
// request leaving the machine; ends with "e2e: N passed, M failed".
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { buildPreviewIfStale, startStaticServer } from "../../scripts/preview.mjs";
import { checkEqual, runScenarios } from "./harness.mjs";
import { watchPage } from "./page-watch.mjs";
import { scenarios } from "./scenarios.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];
/** A hung browser must not hang CI: the whole run stops after this. */
const RUN_LIMIT_MS = 10 * 60 * 1000;

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  await buildPreviewIfStale();
  const server = await startStaticServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(15_000);
    const host = `127.0.0.1:${server.port}`;
    const watch = watchPage(page, host);
    await page.goto(`http://${host}/preview.html`);
    console.log(`e2e: ${server.url} in ${CHROMIUM}`);
    return await runScenarios(scenarios(page), {
      afterEach: () => checkEqual(watch.problems(), [], "console errors, page errors and outside requests"),
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

const limit = setTimeout(() => {
  console.log(`e2e: stopped after ${RUN_LIMIT_MS / 60000} minutes`);
  console.log("e2e: 0 passed, 1 failed");
  process.exit(1);
}, RUN_LIMIT_MS);

main()
  .then((results) => {
    const passed = results.filter((r) => r.ok).length;
    console.log(`e2e: ${passed} passed, ${results.length - passed} failed`);
    process.exitCode = passed === results.length ? 0 : 1;
  })
  .catch((error) => {
    console.log(`e2e: could not run: ${error.message}`);
    console.log("e2e: 0 passed, 1 failed");
    process.exitCode = 1;
  })
  .finally(() => clearTimeout(limit));
