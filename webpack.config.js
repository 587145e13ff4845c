// Bygget av Excel-tillegget: funksjonene (functions.js + functions.json / functions.nb-NO.json), oppgaveruten
// (taskpane.html), manifest.xml, hjelp.html og office.js fra @microsoft/office-js.
// Produksjon: `ADDIN_URL=https://server/sti npx webpack --mode production` bytter alle https://localhost:3000-adresser.
"use strict";

const path = require("node:path");
const webpack = require("webpack");
const esbuild = require("esbuild");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, byttUrl, lagFunksjonsfiler } = require("./src/functions/bygg.cjs");

/** Placeholder production address when ADDIN_URL is not set (example.org is reserved for examples). */
const STANDARD_PRODUKSJONSURL = "https://ks-prisverktoy.example.org";
const OFFICE_JS = "office-js";

/** functions.json (ASCII names), functions.nb-NO.json and hjelp.html from the function table, with the right base URL. */
class MetadataPlugin {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "KsMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const { standard, norsk, hjelpeside } = lagFunksjonsfiler();
        const skriv = (navn, tekst) => compilation.emitAsset(navn, new webpack.sources.RawSource(byttUrl(tekst, this.base)));
        skriv("functions.json", JSON.stringify(standard, null, 2));
        skriv("functions.nb-NO.json", JSON.stringify(norsk, null, 2));
        skriv("hjelp.html", hjelpeside);
      });
    });
  }
}

/** Minifies the bundles with esbuild (seconds instead of Terser's minutes); copied files marked minimized are skipped. */
class EsbuildMinifyPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KsMinify", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "KsMinify", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, async () => {
        for (const asset of compilation.getAssets()) {
          if (!asset.name.endsWith(".js") || asset.info.minimized) continue;
          const { code } = await esbuild.transform(asset.source.source().toString(), { minify: true, target: "es2020", legalComments: "none" });
          compilation.updateAsset(asset.name, new webpack.sources.RawSource(code), { minimized: true });
        }
      });
    });
  }
}

/** Loads office.js (synchronously, before the bundles) unless the taskpane template already does. */
function settInnOfficeJs(compiler) {
  compiler.hooks.compilation.tap("KsOfficeJs", (compilation) => {
    HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap("KsOfficeJs", (data) => {
      if (!/office(\.debug)?\.js/.test(data.html)) {
        data.html = data.html.replace(/<\/head>/i, `<script src="${OFFICE_JS}/office.js"></script></head>`);
      }
      return data;
    });
  });
}

module.exports = (_env, argv = {}) => {
  const produksjon = argv.mode === "production";
  const base = produksjon ? process.env.ADDIN_URL || STANDARD_PRODUKSJONSURL : process.env.ADDIN_URL || "";
  if (base && !/^https:\/\//.test(base)) throw new Error(`ADDIN_URL må begynne med https://, fikk «${base}».`);
  return {
    mode: produksjon ? "production" : "development",
    devtool: produksjon ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      publicPath: "auto",
      clean: { keep: /^(cli|bench)(\/|\\|$)/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    experiments: { css: true },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: !produksjon } } },
        },
        { test: /\.csv$/, type: "asset/source" },
        { test: /\.(png|svg|jpe?g|gif)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new MetadataPlugin(base),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      settInnOfficeJs,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (innhold) => byttUrl(innhold.toString(), base) },
          { from: "node_modules/@microsoft/office-js/dist", to: OFFICE_JS, info: { minimized: true } },
        ],
      }),
      ...(produksjon ? [new EsbuildMinifyPlugin()] : []),
    ],
    devServer: {
      port: 3000,
      server: "https",
      host: "localhost",
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: false },
      devMiddleware: { writeToDisk: false },
    },
    stats: "errors-warnings",
  };
};

module.exports.DEV_URL = DEV_URL;
