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
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kpi4ssc: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
);
