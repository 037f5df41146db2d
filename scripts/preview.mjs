// `npm run preview`: builds the offline preview (OFFICE_JS=local, development) unless dist/ is up to date, then serves
// dist/ on http://localhost:3000 (PORT to change) with a plain Node static server bound to 127.0.0.1.
// startStaticServer and buildPreviewIfStale are exported for the e2e tests (test/e2e/run.mjs).
import { spawn } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(ROOT, "dist");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".gif": "image/gif",
};

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/ holds a preview build newer than every source it is built from. */
export function previewIsFresh() {
  const built = [path.join(DIST, "preview.html"), path.join(DIST, "preview.js"), path.join(DIST, "office-js", "office.js")];
  if (!built.every((file) => existsSync(file))) return false;
  const inputs = Math.max(
    newestMtime(path.join(ROOT, "src")),
    newestMtime(path.join(ROOT, "assets")),
    ...["webpack.config.js", "package.json", "manifest.xml"].map((f) => statSync(path.join(ROOT, f)).mtimeMs)
  );
  return statSync(path.join(DIST, "preview.js")).mtimeMs >= inputs;
}

/** Runs `OFFICE_JS=local webpack --mode development` unless the build is fresh; rejects when webpack fails. */
export async function buildPreviewIfStale() {
  if (previewIsFresh()) return;
  console.log("preview: building (OFFICE_JS=local webpack --mode development)…");
  const webpack = path.join(ROOT, "node_modules", ".bin", "webpack");
  await new Promise((resolve, reject) => {
    const child = spawn(webpack, ["--mode", "development"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, OFFICE_JS: "local" },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`webpack exited with ${code}`))));
  });
}

/**
 * Serves `root` over plain HTTP on 127.0.0.1 (`port` 0 picks a free one). Only files inside `root` are served;
 * anything else is 404.
 *
 * @example const server = await startStaticServer({ port: 0 }); console.log(server.url); await server.close();
 */
export async function startStaticServer({ root = DIST, port = 3000, host = "127.0.0.1" } = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(root, decodeURIComponent(pathname === "/" ? "/preview.html" : pathname)));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://localhost:${actual}/preview.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  await buildPreviewIfStale();
  const server = await startStaticServer({ port: Number(process.env.PORT || 3000) });
  console.log(`Preview (a simulated workbook, not Excel): ${server.url}`);
  console.log("Press Ctrl+C to stop.");
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(`preview: ${error.message}`);
    process.exit(1);
  });
}
