#!/usr/bin/env node
// `npm stop`: unregisters the sideloaded add-in and stops the dev server where office-addin-debugging supports the
// platform; elsewhere there is nothing sideloaded, and the preview server stops with Ctrl+C.
import { spawnSync } from "node:child_process";
import { platform } from "node:process";

if (platform === "win32" || platform === "darwin") {
  const result = spawnSync(platform === "win32" ? "npx.cmd" : "npx", ["--yes", "office-addin-debugging@7.0.0", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: platform === "win32",
  });
  process.exit(result.status ?? 1);
} else {
  console.log(`[kpi4ssc] Nothing is sideloaded on ${platform}; stop the preview server with Ctrl+C.`);
}
