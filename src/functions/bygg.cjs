// Byggehjelpere for webpack.config.js (CommonJS, kjøres i node): metadataen Excel leser og hjelpesiden, laget fra
// funksjonstabellen (src/functions/katalog.ts, buntet med esbuild), og URL-bytte for produksjon.
"use strict";

const path = require("node:path");
const esbuild = require("esbuild");

const DEV_URL = "https://localhost:3000";

/** Bytter hver https://localhost:3000-adresse med `base` (uten skråstrek til slutt). */
function byttUrl(tekst, base) {
  if (!base) return tekst;
  const rens = base.replace(/\/+$/, "");
  return tekst.split(DEV_URL).join(rens);
}

/**
 * functions.json (ASCII-navn), functions.nb-NO.json (norske visningsnavn) og hjelp.html, med localhost-adresser.
 * Tabellen leses på nytt ved hver bygging, så `npm start` ser endringer.
 */
function lagFunksjonsfiler() {
  const { outputFiles } = esbuild.buildSync({
    stdin: {
      contents: 'export { lagMetadata } from "./metadata"; export { lagHjelpeside } from "./hjelpeside";',
      resolveDir: path.join(__dirname),
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    loader: { ".csv": "text" },
    logLevel: "warning",
  });
  const modul = { exports: {} };
  new Function("module", "exports", "require", outputFiles[0].text)(modul, modul.exports, require);
  const { lagMetadata, lagHjelpeside } = modul.exports;
  const standard = lagMetadata(false);
  const norsk = lagMetadata(true);
  return { standard, norsk, hjelpeside: lagHjelpeside(norsk) };
}

module.exports = { DEV_URL, byttUrl, lagFunksjonsfiler };
