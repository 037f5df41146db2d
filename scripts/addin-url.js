/* eslint-disable no-undef */
// One base URL for every address in the manifest: https://localhost:3000 in development, ADDIN_URL in production.
const DEV_URL = "https://localhost:3000";

/**
 * The base URL the build writes into dist/manifest.xml. A production build needs ADDIN_URL, an absolute https:// URL;
 * anything else is an error, never a manifest that silently points at localhost.
 */
function resolveAddinUrl({ production, addinUrl }) {
  if (!production) return (addinUrl || DEV_URL).replace(/\/+$/, "");
  if (!addinUrl || addinUrl.trim() === "") {
    throw new Error(
      "ADDIN_URL is not set. A production build needs the HTTPS address where dist/ will be hosted, e.g. ADDIN_URL=https://kpi.example.org npm run build"
    );
  }
  let url;
  try {
    url = new URL(addinUrl.trim());
  } catch {
    throw new Error(`ADDIN_URL "${addinUrl}" is not a valid URL; give an absolute https:// address.`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL "${addinUrl}" must use https:// (Office loads add-ins only over HTTPS).`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL "${addinUrl}" must be a plain base address, without ? or #.`);
  }
  return url.href.replace(/\/+$/, "");
}

/** Replaces the development base URL everywhere in the manifest text. */
function rewriteManifest(xml, baseUrl) {
  // An AppDomain is an origin; every other address takes the full base (which may carry a path).
  const origin = new URL(baseUrl).origin;
  return xml.split(`<AppDomain>${DEV_URL}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`).split(DEV_URL).join(baseUrl);
}

module.exports = { DEV_URL, resolveAddinUrl, rewriteManifest };
