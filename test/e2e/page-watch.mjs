// Watches a page for what must fail the e2e run: console errors, uncaught page errors, failed local requests,
// and requests that leave the machine (the preview must work offline).

/** office.js logs this when it runs outside an Office client: expected in the preview. */
const OUTSIDE_OFFICE_WARNING = "Office.js is loaded outside of Office client";

/**
 * Starts recording problems on `page`; `problems()` returns them (empty when all is well) and clears the list;
 * `outsideRequests()` lists every request that left the machine since the start (never cleared: the run's last check).
 * Requests are watched on the whole browser context, so frames and workers count too (office.js's telemetry was a
 * hidden frame; scripts/office-js-offline.js removes it).
 *
 * @example const watch = watchPage(page, "127.0.0.1:4100"); …; checkEqual(watch.problems(), [], "page problems");
 */
export function watchPage(page, localHost) {
  let found = [];
  const outside = [];
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error") found.push(`console error: ${text}`);
    if (message.type() === "warning" && !text.includes(OUTSIDE_OFFICE_WARNING)) {
      found.push(`console warning: ${text}`);
    }
  });
  page.on("pageerror", (error) => found.push(`page error: ${error.message}`));
  page.context().on("request", (request) => {
    const url = request.url();
    const local = new URL(url).host === localHost || url.startsWith("data:") || url.startsWith("blob:");
    if (!local) {
      outside.push(url);
      found.push(`request leaving the machine: ${url}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400) found.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return {
    outsideRequests() {
      return [...outside];
    },
    problems() {
      const current = found;
      found = [];
      return current;
    },
  };
}
