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
    files: ["**/*.test.{ts,tsx}", "test/**/*.{ts,tsx}", "scripts/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
];
