import type { FunctionsMetadata } from "./formula";
import { installPreview } from "./host/install-preview";
import type { PreviewHost, PreviewScope } from "./host/install-preview";
import { completeOfficeContext } from "./host/office-context";
import type { OfficeLike } from "./host/office-context";
import { profileFromSearch } from "./host/host-profile";

/**
 * Entry of preview.html. The simulated `Excel`, the `CustomFunctions` runtime and `Office.context` are installed
 * first; only then are the add-in's modules loaded (a separate chunk), so functions.ts records its associations and
 * the pane's adapters find the simulated Excel. `window.kpiPreview` lets the e2e tests look inside.
 */
// ?host=desktop behaves like Excel on Windows and Mac, ?host=web (the default) like Excel on the web.
const profile = profileFromSearch(window.location.search);
const host: PreviewHost = installPreview(window as unknown as PreviewScope, profile);
(window as unknown as { kpiPreview: PreviewHost }).kpiPreview = host;

async function start(container: HTMLElement): Promise<void> {
  if (typeof Office === "undefined")
    throw new Error("office.js did not load (it is served from office-js/)");
  await Office.onReady();
  completeOfficeContext(Office as unknown as OfficeLike, navigator.language, profile);
  const response = await fetch("functions.json");
  if (!response.ok) throw new Error(`functions.json could not be loaded (HTTP ${response.status})`);
  const metadata = (await response.json()) as FunctionsMetadata;
  // functions.ts ends with the CustomFunctions.associate(…) calls the metadata plugin appends: loading it now, after
  // the runtime is installed, records them (a dynamic import always runs the module, whatever "sideEffects" says).
  await import("../functions/functions");
  const { mountPreview } = await import("./mount-preview");
  host.bindFunctions(metadata);
  mountPreview(container, host);
}

const container = document.getElementById("container");
if (container) {
  start(container).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`The preview could not start: ${message}`);
    container.textContent = `The preview could not start: ${message}`;
  });
}
