#!/usr/bin/env node
// `npm start`: sideload into Excel desktop where the platform has it (Windows, macOS) with Microsoft's
// office-addin-debugging; elsewhere say so in one line and serve the add-in with the preview page instead.
// office-addin-debugging exits 0 even when sideloading fails, so its output is watched: a failure is never reported
// as success. `npm start -- web --document <url>` sideloads into Excel on the web through the same tool.
import { spawn } from "node:child_process";
import { platform } from "node:process";

// Fetched on demand, pinned: it is needed only where Excel can be sideloaded, and its dependency tree (keytar, the
// Microsoft 365 Agents Toolkit CLI) would add ~450 MB and a native build to every install, Linux CI included.
const DEBUGGING = "office-addin-debugging@7.0.0";
const args = process.argv.slice(2);
const wantsWeb = args[0] === "web";
const desktopExcel = platform === "win32" || platform === "darwin";

const FAILURE = /Unable to (start|sideload|register)|Platform not supported|Error: /;

function run(command, commandArgs, { watchForFailure }) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { shell: platform === "win32", stdio: ["inherit", "pipe", "pipe"] });
    let failed = false;
    const relay = (stream, out) =>
      stream.on("data", (chunk) => {
        const text = chunk.toString();
        if (watchForFailure && FAILURE.test(text)) failed = true;
        out.write(text);
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on("error", (error) => {
      console.error(`[kpi4ssc] could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on("close", (code) => resolve(code !== 0 ? code || 1 : failed ? 1 : 0));
  });
}

const npx = platform === "win32" ? "npx.cmd" : "npx";

if (desktopExcel || wantsWeb) {
  const target = wantsWeb ? args : ["desktop", ...args];
  const code = await run(npx, ["--yes", DEBUGGING, "start", "manifest.xml", ...target], {
    watchForFailure: true,
  });
  if (code !== 0) {
    console.error(
      "[kpi4ssc] Sideloading failed (see the messages above). `npm run preview` still shows the add-in in a browser."
    );
  }
  process.exit(code);
} else {
  console.log(
    `[kpi4ssc] Excel desktop is not available on ${platform}: serving the add-in and its preview at http://localhost:${process.env.PORT || 3000}/preview.html instead.`
  );
  process.exit(await run(process.execPath, ["scripts/preview.mjs"], { watchForFailure: false }));
}
