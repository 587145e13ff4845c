// Byggehjelpere for webpack.config.js (CommonJS, kjøres i node): metadataen Excel leser og hjelpesiden, laget fra
// funksjonstabellen (src/functions/katalog.ts, buntet med esbuild), og URL-bytte for produksjon.
"use strict";

const path = require("node:path");
const fs = require("node:fs");
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

/** Opprinnelsen (https://vert[:port]) av `base`, uten stien ADDIN_URL kan ha. */
function opprinnelse(base) {
  return new URL(base.replace(/\/+$/, "")).origin;
}

/** Bytter adressene i manifest.xml; <AppDomain> får bare opprinnelsen (et domene har ingen sti). */
function byttXmlAdresser(tekst, base) {
  if (!base) return tekst;
  return byttUrl(tekst, base).replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${opprinnelse(base)}</AppDomain>`);
}

/** Bytter adressene i manifest.json; validDomains får bare opprinnelsen. */
function byttJsonAdresser(manifest, base) {
  if (!base) return manifest;
  return { ...JSON.parse(byttUrl(JSON.stringify(manifest), base)), validDomains: [opprinnelse(base)] };
}

/** Versjonen i package.json: den eneste kilden for manifestene, hjelpesiden og oppgaveruten. */
const VERSJON = require("../../package.json").version;

/** manifest.xml vil ha fire ledd: 0.1.0 → 0.1.0.0. */
function xmlVersjon(versjon) {
  if (!/^\d+\.\d+\.\d+$/.test(versjon)) throw new Error(`Versjonen i package.json må være tre tall som 0.1.0, fikk «${versjon}».`);
  return `${versjon}.0`;
}

/** Skriver versjonen inn i <Version> i manifest.xml. */
function stempleXml(tekst, versjon = VERSJON) {
  if (!/<Version>[^<]*<\/Version>/.test(tekst)) throw new Error("manifest.xml mangler <Version>.");
  return tekst.replace(/<Version>[^<]*<\/Version>/, `<Version>${xmlVersjon(versjon)}</Version>`);
}

/** Hjelpesiden får versjonen nederst. */
function stempleHjelpeside(html, versjon = VERSJON) {
  return html.replace("</body>", `  <footer><p>KS prisverktøy ${versjon}</p></footer>\n</body>`);
}

const MANIFESTMAL = path.join(__dirname, "../../manifest-mal.json");
const LOKALISERINGSSKJEMA = "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.Localization.schema.json";

/** Microsofts skjema for manifest.json tillater høyst 128 tegn i en funksjons og en parameters beskrivelse. */
const MAKS_BESKRIVELSE = 128;

/** Første setning hvis den får plass, ellers kuttet ved et ord med «…»; functions.json beholder hele teksten. */
function kortBeskrivelse(tekst) {
  if (tekst.length <= MAKS_BESKRIVELSE) return tekst;
  // En setning slutter med punktum foran stor bokstav, men ikke etter en forkortelse («f.eks. KS.ÅRSPRIS»).
  const setning = /^.*?(?<!\b(?:f\.eks|bl\.a|nr|jf|mv))[.!?](?=\s+[A-ZÆØÅ])/.exec(tekst)?.[0];
  if (setning && setning.length >= 40 && setning.length <= MAKS_BESKRIVELSE) return setning;
  const kutt = tekst.slice(0, MAKS_BESKRIVELSE - 1);
  return `${kutt.slice(0, kutt.lastIndexOf(" ")).replace(/[\s,;:]+$/, "")}…`;
}

/**
 * Det samlede manifestet (manifest.json) fra manifest-mal.json: versjonen fra package.json og funksjonene fra
 * functions.json (samme id, navn, parametre og resultat; beskrivelsene forkortet til skjemaets 128 tegn), med
 * localhost-adresser som byttUrl bytter.
 */
function lagManifestJson(standard, versjon = VERSJON) {
  const manifest = JSON.parse(fs.readFileSync(MANIFESTMAL, "utf8"));
  manifest.version = versjon;
  manifest.extensions[0].runtimes[0].customFunctions.functions = standard.functions.map((f) => ({
    id: f.id,
    name: f.name,
    description: kortBeskrivelse(f.description),
    helpUrl: f.helpUrl,
    parameters: f.parameters.map((p) => ({ ...p, description: kortBeskrivelse(p.description) })),
    result: { ...f.result },
  }));
  return manifest;
}

/**
 * nb-no.json til manifest.json, som nb-NO-overstyringen i manifest.xml: norske Excel-er henter metadataen fra
 * functions.nb-NO.json (med de norske visningsnavnene som ÅRSPRIS). Navnene legges ikke inn her: Microsofts
 * lokaliseringsskjema tillater bare functions[0]–functions[9].
 */
function lagNorskLokalisering(manifest) {
  return {
    $schema: LOKALISERINGSSKJEMA,
    "name.short": manifest.name.short,
    "name.full": manifest.name.full,
    "description.short": manifest.description.short,
    "description.full": manifest.description.full,
    "extensions[0].runtimes[0].customFunctions.metadataUrl":
      manifest.extensions[0].runtimes[0].customFunctions.metadataUrl.replace(/functions\.json$/, "functions.nb-NO.json"),
  };
}

/** Apppakkens navn i dist/ og ikonene den har med seg (fra assets/, navnene manifest-mal.json bruker). */
const APPPAKKE = "ks-prisverktoy.zip";
const PAKKEIKONER = ["ikon-farge-192.png", "ikon-kontur-32.png"];

/**
 * Apppakken for administrasjonssenteret: manifest.json, nb-no.json og de to ikonene øverst i zip-filen. Fast dato på
 * filene, så samme innhold gir samme pakke.
 */
async function lagAppPakke(manifestTekst, lokalTekst) {
  const JSZip = require("jszip");
  const zip = new JSZip();
  const dato = new Date("2026-01-01T00:00:00Z");
  zip.file("manifest.json", manifestTekst, { date: dato });
  zip.file("nb-no.json", lokalTekst, { date: dato });
  for (const ikon of PAKKEIKONER) zip.file(ikon, fs.readFileSync(path.join(__dirname, "../../assets", ikon)), { date: dato });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
}

module.exports = {
  DEV_URL, byttUrl, lagFunksjonsfiler,
  VERSJON, xmlVersjon, stempleXml, stempleHjelpeside,
  byttXmlAdresser, byttJsonAdresser, lagManifestJson, lagNorskLokalisering, kortBeskrivelse, MAKS_BESKRIVELSE,
  APPPAKKE, PAKKEIKONER, lagAppPakke,
};
