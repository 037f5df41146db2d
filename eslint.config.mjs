import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The one rule of docs/architecture.md: src/domain/ is pure TypeScript. It may not import Office, React, the DOM
// or the shells, nor touch their globals.
const domainForbiddenImports = {
  patterns: [
    {
      group: ["react", "react-*", "react/*", "@fluentui/*", "office-*", "@microsoft/office-js*", "exceljs"],
      message: "src/domain/ is pure: no Office, React or UI imports.",
    },
    {
      group: ["**/excel/**", "**/taskpane/**", "**/functions/**", "**/preview/**", "**/xlsx/**", "**/cli/**"],
      message: "src/domain/ may not import the shells.",
    },
  ],
};
// Product code (what the add-in bundles ship) never imports a test double: the preview's simulation of Excel, the
// fixtures of src/excel, or the pane's testing helpers. Tests, fixtures and the preview itself may.
const testDoubles = {
  group: ["**/preview/**", "**/*.fixture", "**/*.fixture.ts", "**/testing/**", "**/test/**"],
  message: "Product code may not import the simulation of Excel, fixtures or testing helpers.",
};

const domainForbiddenGlobals = ["Office", "Excel", "CustomFunctions", "OfficeRuntime", "window", "document", "navigator", "localStorage", "HTMLElement"].map(
  (name) => ({ name, message: "src/domain/ is pure: no Office or DOM globals." })
);

export default [
  ...officeAddins.configs.recommended,
  {
    // .tsx too: the recommended config names .ts files only, so the pane's components went unlinted before.
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { ...globals.browser, ...globals.es2021, Excel: "readonly", Office: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    // The core rule misreads parameter names in function types; tsc's noUnusedLocals / noUnusedParameters
    // (tsconfig.json) check unused code in TypeScript instead.
    rules: { "no-unused-vars": "off" },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", domainForbiddenImports],
      "no-restricted-globals": ["error", ...domainForbiddenGlobals],
    },
  },
  {
    // The .xlsx writer and reader and the command line run in Node on exceljs objects, never on Office.js proxies:
    // the office-addins load/sync heuristics would misread exceljs's cells as Excel ranges.
    files: ["src/xlsx/**/*.ts", "src/cli/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "window", "document"],
    },
  },
  {
    files: ["src/{excel,functions,taskpane,xlsx,cli}/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/*.fixture.ts", "**/testing/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [testDoubles] }] },
  },
  {
    // The preview page ships the simulation of Excel itself, but never a test's double: no *.fixture file (the
    // tests' simulation.fixture.ts, cells, row edits), no testing helpers (issue 9).
    files: ["src/preview/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/*.fixture.ts", "**/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/*.fixture", "**/*.fixture.ts", "**/testing/**", "**/test/**"],
              message: "The preview page may not import fixtures or testing helpers.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/*.fixture.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...domainForbiddenImports.patterns, testDoubles] }],
    },
  },
  {
    files: ["**/*.test.{ts,tsx}", "test/**/*.{ts,tsx}", "scripts/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
];
