// `npm run validate`: sjekker det samlede manifestet (manifest.json) og nb-no.json frakoblet mot Microsofts skjema, slik
// bygget lager dem (med ADDIN_URL når den er satt), og dist/ hvis det finnes et bygg. manifest.xml kan bare
// valideres av Microsofts nettjeneste; det sier skriptet rett ut.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { byttJsonAdresser, lagFunksjonsfiler, lagManifestJson, lagNorskLokalisering } = require("../src/functions/bygg.cjs");
const { feilIManifest, feilILokalisering } = require("./manifestsjekk.cjs");

const base = process.env.ADDIN_URL || "";
const manifest = byttJsonAdresser(lagManifestJson(lagFunksjonsfiler().standard), base);
const kilder = [
  [`manifest.json fra manifest-mal.json og funksjonstabellen (${base || "https://localhost:3000"})`, manifest, feilIManifest],
  ["nb-no.json fra manifest-mal.json", lagNorskLokalisering(manifest), feilILokalisering],
];
for (const fil of ["manifest.json", "nb-no.json"]) {
  if (existsSync(`dist/${fil}`)) {
    kilder.push([`dist/${fil}`, JSON.parse(readFileSync(`dist/${fil}`, "utf8")), fil === "manifest.json" ? feilIManifest : feilILokalisering]);
  }
}

let feilet = false;
for (const [navn, innhold, sjekk] of kilder) {
  const feil = await sjekk(innhold);
  if (feil.length === 0) {
    console.log(`OK: ${navn} er gyldig mot Microsofts skjema (${innhold.manifestVersion ? `v${innhold.manifestVersion}` : "lokalisering"}), sjekket uten nett.`);
  } else {
    feilet = true;
    console.error(`FEIL: ${navn} er ikke gyldig:\n${feil.map((f) => `  - ${f}`).join("\n")}`);
  }
}
console.log(
  "\nmanifest.xml (for Office 2019/2021/2024 og eldre Microsoft 365) kan bare valideres av Microsofts nettjeneste:\n"
  + "  npx office-addin-manifest validate manifest.xml   (krever nett; virker ikke på en maskin uten)\n"
  + "Uten nett sjekker testene i test/tillegg/manifest.test.ts strukturen (resid-er, lengder, https, delt kjøretid).",
);
process.exit(feilet ? 1 : 0);
