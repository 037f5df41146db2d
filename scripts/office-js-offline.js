/* eslint-disable no-undef */
// The local office.js of the preview (OFFICE_JS=local) without its telemetry frame.
//
// Found by logging the preview's requests in headless Chromium (CDP Network.requestWillBeSent
// initiators): office.js loads o15apptofilemappingtable.js outside Office; its Logger module builds a
// "ULS endpoint" on load (`Logger.ulsEndpoint = creatULSEndpoint()`), which after 3 s appends a
// hidden iframe to telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html
// and posts its logs there (initiator: loadProxyFrame in o15apptofilemappingtable.js). That was the
// only request the preview made outside localhost. The endpoint is replaced by null, the value
// office.js itself uses when it cannot build one (its sendLog then sends nothing).

/** The files rewritten (the minified one office.js loads, and its debug twin). */
const TELEMETRY_FILES = /(^|[\\/])o15apptofilemappingtable(\.debug)?\.js$/;
const ENDPOINT = /\.ulsEndpoint\s*=\s*[A-Za-z_$][\w$]*\(\)/g;

/**
 * Returns office.js file `content` with the telemetry endpoint disabled when `file` is one of the
 * files that builds it; any other file unchanged. Throws when such a file does not build the endpoint
 * exactly once (a new office.js must be looked at again, not silently let through).
 *
 * @example
 * withoutTelemetryFrame("Logger.ulsEndpoint=creatULSEndpoint();", "o15apptofilemappingtable.debug.js");
 * // "Logger.ulsEndpoint=null;"
 */
function withoutTelemetryFrame(content, file) {
  if (!TELEMETRY_FILES.test(file)) return content;
  const found = content.match(ENDPOINT) || [];
  if (found.length !== 1) {
    throw new Error(
      `${file}: expected one telemetry endpoint (ulsEndpoint=…()), found ${found.length}`
    );
  }
  return content.replace(ENDPOINT, ".ulsEndpoint=null");
}

module.exports = { TELEMETRY_FILES, withoutTelemetryFrame };
