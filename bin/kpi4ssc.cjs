#!/usr/bin/env node
"use strict";
// The kpi4ssc command line. Its TypeScript (src/cli, src/xlsx, src/domain) is compiled into build/cli by the
// package's `prepare` script, which npm runs on `npm install` / `npm ci` in a checkout and before `npm pack`.
let cli;
try {
  cli = require("../build/cli/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("build/cli")) {
    process.stderr.write(
      "kpi4ssc is not built yet: run `npm install` (or `npm run prepare`) in the checkout.\n"
    );
    process.exit(2);
  }
  throw error;
}
// A reader that stops early (`kpi4ssc check … --json | head`) closes the pipe: stop quietly, as Unix tools do,
// instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(process.exitCode === undefined ? 0 : process.exitCode);
  throw error;
});
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kpi4ssc: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
);
