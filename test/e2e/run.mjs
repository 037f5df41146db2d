// `npm run test:e2e`: the preview in headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH), driven by
// playwright-core through the scenarios of issue 5, then those of issue 9 on ?host=desktop. Fails on any failed scenario, console error, page error or
// request leaving the machine; ends with "e2e: N passed, M failed".
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { ROOT, buildPreviewIfStale, startStaticServer } from "../../scripts/preview.mjs";
import { checkEqual, runScenarios } from "./harness.mjs";
import { labelLanguageScenarios } from "./label-language.mjs";
import { watchPage } from "./page-watch.mjs";
import { desktopScenarios } from "./desktop-scenarios.mjs";
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

/** office.js started its telemetry frame 3 s after load: the last check waits past that. */
const TELEMETRY_DELAY_MS = 3_000;

/**
 * `git status --porcelain` of the checkout (null outside a git work tree, e.g. an unpacked release); with
 * UPDATE_SCREENSHOT=1 the screenshot the run is asked to rewrite is left out.
 */
function treeStatus() {
  try {
    const status = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" });
    const asked = process.env.UPDATE_SCREENSHOT === "1";
    return status
      .split("\n")
      .filter((line) => !(asked && line.endsWith("assets/screenshot-preview.png")))
      .join("\n");
  } catch {
    return null;
  }
}

async function main() {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

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
    const started = Date.now();
    const results = await runScenarios(scenarios(page), {
      afterEach: () =>
        checkEqual(watch.problems(), [], "console errors, page errors and outside requests"),
    });
    // Fresh pages (their own browser contexts), so each Insert runs into an empty workbook.
    const languages = await runScenarios(
      labelLanguageScenarios(
        () => browser.newPage({ viewport: { width: 1400, height: 900 } }),
        `http://${host}/preview.html`,
        host
      )
    );
    // The same scenarios under ?host=desktop (Excel on Windows and Mac: blanks reach functions as 0), on a page of
    // its own (the first one holds typed data: leaving it would ask first).
    const desktopPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    desktopPage.setDefaultTimeout(15_000);
    const desktopPageWatch = watchPage(desktopPage, host);
    await desktopPage.goto(`http://${host}/preview.html?host=desktop`);
    const desktopRun = await runScenarios(scenarios(desktopPage, { profile: "desktop" }), {
      afterEach: () =>
        checkEqual(desktopPageWatch.problems(), [], "console errors, page errors and outside requests"),
    });
    // The desktop-only scenarios, from an empty workbook.
    const desktop = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    desktop.setDefaultTimeout(15_000);
    const desktopWatch = watchPage(desktop, host);
    await desktop.goto(`http://${host}/preview.html?host=desktop`);
    const desktopResults = await runScenarios(desktopScenarios(desktop), {
      afterEach: () =>
        checkEqual(desktopWatch.problems(), [], "console errors, page errors and outside requests"),
    });
    const closing = await runScenarios([
      [
        "no request left localhost during the whole run",
        async () => {
          await page.waitForTimeout(Math.max(0, started + TELEMETRY_DELAY_MS * 2 - Date.now()));
          checkEqual(
            [
              ...watch.outsideRequests(),
              ...desktopPageWatch.outsideRequests(),
              ...desktopWatch.outsideRequests(),
            ],
            [],
            "requests leaving the machine"
          );
        },
      ],
    ]);
    return [...results, ...desktopRun, ...languages, ...desktopResults, ...closing];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The run must leave the tracked tree as it found it (no rewritten screenshot, no stray file). */
async function treeUnchanged(statusBefore) {
  return runScenarios([
    [
      "the work tree is as clean after the run as before (git status --porcelain)",
      async () => checkEqual(treeStatus(), statusBefore, "git status --porcelain"),
    ],
  ]);
}

const STATUS_BEFORE = treeStatus();

const limit = setTimeout(() => {
  console.log(`e2e: stopped after ${RUN_LIMIT_MS / 60000} minutes`);
  console.log("e2e: 0 passed, 1 failed");
  process.exit(1);
}, RUN_LIMIT_MS);

main()
  .then(async (results) => [...results, ...(await treeUnchanged(STATUS_BEFORE))])
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
