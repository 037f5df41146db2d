/** @type {import('jest').Config} */
module.exports = {
  // Unit tests sit beside their modules under src/; test/ holds fixtures and cross-cutting tests.
  // React tests opt into jsdom with a `/** @jest-environment jsdom */` docblock.
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // The catalog's unofficial translations, which the bundles load on demand (src/domain/catalog/localized-text.ts).
  setupFiles: ["<rootDir>/test/setup-translations.ts"],
};
