// Bygget av Excel-tillegget: funksjonene (functions.js + functions.json / functions.nb-NO.json), oppgaveruten
// (taskpane.html), manifest.xml, det samlede manifestet (manifest.json + nb-no.json), apppakken ks-prisverktoy.zip
// og hjelp.html. Versjonen i package.json stemples inn i begge manifestene og hjelpesiden (oppgaveruten leser den selv).
// Produksjon: `ADDIN_URL=https://server/sti npx webpack --mode production` bytter alle https://localhost:3000-adresser.
// office.js: produksjonssiden laster den fra Microsofts CDN (kravet for AppSource); bare utviklingsbygget
// (npm start) kopierer npm-pakken @microsoft/office-js til office-js/. Nettlesertestene svarer CDN-adressen
// fra npm-kopien (test/nettleser/nettleser.cjs).
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const esbuild = require("esbuild");
const terser = require("terser");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  DEV_URL, APPPAKKE, PAKKEIKONER, byttJsonAdresser, byttUrl, byttXmlAdresser, lagAppPakke, lagFunksjonsfiler, lagManifestJson, lagNorskLokalisering, stempleHjelpeside, stempleXml,
} = require("./src/functions/bygg.cjs");

/** Plassholder for produksjonsadressen når ADDIN_URL ikke er satt (example.org er reservert for eksempler). */
const STANDARD_PRODUKSJONSURL = "https://ks-prisverktoy.example.org";
/** Microsofts dokumenterte CDN-adresse for office.js. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Mappen utviklingsbygget kopierer npm-pakkens dist/ til (office.js henter filene ved siden av seg). */
const OFFICE_JS_LOKAL = "office-js";

/**
 * Fra funksjonstabellen, med riktig grunnadresse: functions.json (ASCII-navn), functions.nb-NO.json, hjelp.html, og
 * manifest.json med nb-no.json og apppakken (manifest.json, nb-no.json og de to pakkeikonene, som også legges øverst
 * i dist/ så manifest.json finner dem ved siden av seg).
 */
class MetadataPlugin {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KsMetadata", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "KsMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, async () => {
        const { standard, norsk, hjelpeside } = lagFunksjonsfiler();
        const skriv = (navn, tekst) => {
          const byttet = byttUrl(tekst, this.base);
          compilation.emitAsset(navn, new webpack.sources.RawSource(byttet));
          return byttet;
        };
        const json = (data) => `${JSON.stringify(data, null, 2)}\n`;
        skriv("functions.json", json(standard));
        skriv("functions.nb-NO.json", json(norsk));
        skriv("hjelp.html", stempleHjelpeside(hjelpeside));
        const manifest = byttJsonAdresser(lagManifestJson(standard), this.base);
        const manifestTekst = skriv("manifest.json", json(manifest));
        const lokalTekst = skriv("nb-no.json", json(lagNorskLokalisering(manifest)));
        for (const ikon of PAKKEIKONER) {
          compilation.emitAsset(ikon, new webpack.sources.RawSource(fs.readFileSync(path.join(__dirname, "assets", ikon))));
        }
        compilation.emitAsset(APPPAKKE, new webpack.sources.RawSource(await lagAppPakke(manifestTekst, lokalTekst)));
      });
    });
  }
}

/**
 * Minifiserer buntene med Terser: den fjerner også det webpack har merket som ubrukt (esbuild gjør ikke det inne i
 * webpacks moduler; målt: taskpane.js 223 → 202 KB gzip). Den ferdigbygde exceljs-delen (xlsx) er alt minifisert og
 * får bare esbuilds raske gjennomgang; kopierte filer merket som minifisert hoppes over.
 */
class MinifyPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KsMinify", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "KsMinify", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, async () => {
        const ferdigbygd = new Set([...compilation.chunks].filter((c) => c.name === "xlsx").flatMap((c) => [...c.files]));
        await Promise.all(compilation.getAssets().filter((a) => a.name.endsWith(".js") && !a.info.minimized).map(async (asset) => {
          const kilde = asset.source.source().toString();
          const code = ferdigbygd.has(asset.name)
            ? (await esbuild.transform(kilde, { minify: true, target: "es2020", legalComments: "none" })).code
            : (await terser.minify(kilde, { ecma: 2020, compress: true, mangle: true, format: { comments: false } })).code;
          compilation.updateAsset(asset.name, new webpack.sources.RawSource(code), { minimized: true });
        }));
      });
    });
  }
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
      // Siden laster functions.js først (delt kjøretid): det ruten har felles med den (decimal.js, kjernen, SSB-tallene)
      // hentes derfra i stedet for å ligge to ganger. functions.js er fortsatt selvstendig (Excel kan laste den alene).
      // Bare i produksjon: utviklingsserveren setter sin klient inn i hver inngang, og en inngang som avhenger av en
      // annen finner den ikke («Cannot find module …webpack-dev-server/client…»), så siden ble stående tom.
      taskpane: produksjon ? { import: "./src/taskpane/index.tsx", dependOn: "functions" } : "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Deler som lastes ved behov (xlsx-skriveren bak «Last ned arbeidsbok»): en innholdshash hindrer at en gammel del
      // i hurtigbufferen møter en nyere taskpane.js. publicPath "": delene ligger ved siden av taskpane.html og hentes
      // relativt til siden. ("auto" leter etter skriptets egen adresse og kaster uten document, og kjøretiden ligger nå i
      // functions.js, som også skal kunne kjøres alene.) globalThis: kjøretiden finnes også uten self.
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "",
      globalObject: "globalThis",
      clean: { keep: /^(cli|bench)(\/|\\|$)/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    experiments: { css: true },
    module: {
      // Nettleserbygget av exceljs er én ferdigbygd, selvstendig fil: ingenting i den for webpack å slå opp.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
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
    // Én del ved behov for nedlastingen av arbeidsboken (plan + exceljs) i stedet for en egen nummerert leverandørdel.
    optimization: { minimize: false, splitChunks: { cacheGroups: { defaultVendors: false } } },
    performance: { hints: false },
    plugins: [
      new MetadataPlugin(base),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        officeJs: produksjon ? OFFICE_JS_CDN : `${OFFICE_JS_LOKAL}/office.js`,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (innhold) => byttXmlAdresser(stempleXml(innhold.toString()), base) },
          ...(produksjon ? [] : [{ from: "node_modules/@microsoft/office-js/dist", to: OFFICE_JS_LOKAL, info: { minimized: true } }]),
        ],
      }),
      ...(produksjon ? [new MinifyPlugin()] : []),
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
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
