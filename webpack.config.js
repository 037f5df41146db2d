/* eslint-disable no-undef */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const devCerts = require("office-addin-dev-certs");
const { resolveAddinUrl, rewriteManifest } = require("./scripts/addin-url.js");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/functions-metadata.js");
const { withoutTelemetryFrame } = require("./scripts/office-js-offline.js");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** HTTPS with Office's trusted dev certificates where they can be installed; plain HTTP otherwise, said once. */
async function devServerTransport() {
  try {
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(
      `[kpi4ssc] HTTPS dev certificates unavailable (${String(error.message || error).split("\n")[0]}); serving over HTTP.`
    );
    return "http";
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  // OFFICE_JS=local serves office.js from node_modules (offline preview and e2e tests); production uses the CDN.
  const officeJsLocal = process.env.OFFICE_JS === "local";
  const baseUrl = resolveAddinUrl({ production, addinUrl: process.env.ADDIN_URL });
  const preview = officeJsLocal;

  return {
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      ...(preview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The pane and the functions load in one page (shared runtime): the domain code and the catalog they both
          // use ship once, in shared.js, instead of twice. functions.js runs only from that page (the manifest's
          // <Script> is for the JavaScript-only runtime, which a shared-runtime add-in does not use).
          shared: {
            name: "shared",
            chunks: (chunk) => chunk.name === "functions" || chunk.name === "taskpane",
            minChunks: 2,
            minSize: 0,
            enforce: true,
          },
        },
      },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: "tsconfig.json" },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Error arguments, helpUrls (under ADDIN_URL) and functions-fr.json / functions-ru.json: scripts/functions-metadata.js.
      new LocalizedFunctionsMetadataPlugin({ baseUrl }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: one page hosts the pane and the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        officeJs: officeJsLocal ? "office-js/office.js" : OFFICE_JS_CDN,
      }),
      ...(preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
              officeJs: "office-js/office.js",
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), baseUrl),
          },
          ...(officeJsLocal
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  // Copied as is: without this, Terser minifies 87 MB of office.js files (minutes of build).
                  info: { minimized: true },
                  globOptions: {
                    ignore: ["**/*.d.ts", "**/office-vsdoc.js", "**/o15apptofilemappingtable*.js"],
                  },
                },
                {
                  // Without office.js's telemetry frame: scripts/office-js-offline.js says why and how.
                  from: "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable*.js",
                  to: "office-js/[name][ext]",
                  info: { minimized: true },
                  transform: (content, absoluteFrom) =>
                    withoutTelemetryFrame(content.toString(), absoluteFrom),
                },
              ]
            : []),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.PORT || 3000),
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server:
        env && env.WEBPACK_SERVE && process.env.DEV_SERVER_HTTP !== "1"
          ? await devServerTransport()
          : "http",
    },
    infrastructureLogging: { level: "warn" },
    stats: production ? "normal" : "minimal",
  };
};
