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
      group: ["**/excel/**", "**/taskpane/**", "**/functions/**", "**/preview/**"],
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
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { ...globals.browser, ...globals.es2021, Excel: "readonly", Office: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" },
    },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", domainForbiddenImports],
      "no-restricted-globals": ["error", ...domainForbiddenGlobals],
    },
  },
  {
    files: ["src/{excel,functions,taskpane}/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/*.fixture.ts", "**/testing/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [testDoubles] }] },
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
