// Frakoblet sjekk av det samlede manifestet (manifest.json) og lokaliseringsfilen (nb-no.json) mot Microsofts egne
// skjemaer fra npm-pakken @microsoft/app-manifest (v1.0–v1.30 ligger i pakken; ingenting hentes fra nettet).
// Brukes av `npm run validate` (scripts/valider.mjs) og testene i test/tillegg/.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const SKJEMAMAPPE = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build/json-schemas/teams");
const SKJEMAADRESSE = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v\d+\.\d+)\/MicrosoftTeams(\.Localization)?\.schema\.json$/;

/** Skjemaet en $schema-adresse peker på, fra pakken; en adresse pakken ikke har, er en feil (ikke et nettoppslag). */
function skjemaFor(adresse) {
  const treff = SKJEMAADRESSE.exec(adresse ?? "");
  if (!treff) throw new Error(`$schema må være Microsofts skjemaadresse (…/json-schemas/teams/vX.Y/MicrosoftTeams.schema.json), fikk «${adresse}».`);
  const fil = path.join(SKJEMAMAPPE, treff[1], `MicrosoftTeams${treff[2] ?? ""}.schema.json`);
  if (!fs.existsSync(fil)) throw new Error(`@microsoft/app-manifest har ikke skjemaet ${treff[1]}.`);
  return JSON.parse(fs.readFileSync(fil, "utf8"));
}

/** Feilene Microsofts validering finner i manifest.json (tom liste: gyldig). */
async function feilIManifest(manifest) {
  const { AppManifestUtils } = require("@microsoft/app-manifest/build/generated-types");
  return AppManifestUtils.validateAgainstSchema(manifest, skjemaFor(manifest.$schema));
}

/**
 * Feilene i en lokaliseringsfil. Microsofts lokaliseringsskjema lar seg ikke kompilere med ajv (et mønster med «\b]» er
 * ugyldig med u-flagget), så reglene det har, sjekkes her: påkrevde nøkler, lengder og at hver annen nøkkel passer et
 * av skjemaets nøkkelmønstre.
 */
function feilILokalisering(lokal) {
  const skjema = skjemaFor(lokal.$schema);
  const feil = [];
  for (const nokkel of skjema.required ?? []) if (!(nokkel in lokal)) feil.push(`mangler «${nokkel}»`);
  const monstre = Object.keys(skjema.patternProperties ?? {}).map((m) => new RegExp(m));
  for (const [nokkel, verdi] of Object.entries(lokal)) {
    if (typeof verdi !== "string" || verdi.length === 0) feil.push(`«${nokkel}» må være en tekst som ikke er tom`);
    const egenskap = skjema.properties?.[nokkel];
    if (egenskap) {
      if (egenskap.maxLength && verdi.length > egenskap.maxLength) feil.push(`«${nokkel}» er lengre enn ${egenskap.maxLength} tegn`);
    } else if (!monstre.some((m) => m.test(nokkel))) {
      feil.push(`«${nokkel}» er ikke en nøkkel skjemaet tillater`);
    }
  }
  return feil;
}

module.exports = { feilIManifest, feilILokalisering, skjemaFor };
