/**
 * Metadataen Excel leser, laget fra funksjonstabellen (src/functions/katalog.ts), kontrollert to veier:
 * - mot kontrakten Excel-formlene avhenger av, skrevet for hånd her (id, visningsnavn, parametere, resultatform);
 * - mot Microsofts egen generator: tabellen skrives ut som JSDoc-funksjoner slik custom-functions-metadata forventer
 *   dem, generatoren lager functions.json av dem, og resultatet må være likt vårt – felt for felt.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ARGUMENTTYPER } from "../../src/functions/argumenttyper";
import { lagHjelpeside } from "../../src/functions/hjelpeside";
import { KATALOG, type Funksjonsdefinisjon } from "../../src/functions/katalog";
import { lagMetadata } from "../../src/functions/metadata";

/**
 * Kontrakten Excel-formlene avhenger av, for hånd (ikke fra tabellen): visningsnavn, parametere og resultatform.
 * «p» = påkrevd enkeltverdi, «p?» = valgfri enkeltverdi, «p[]» / «p[]?» = (valgfritt) område. Resultat: «tall», «matrise»
 * (blandede verdier) eller «tekstmatrise».
 */
const KONTRAKT: Record<string, { navn: string; parametre: string[]; resultat: "tall" | "matrise" | "tekstmatrise" }> = {
  FIKSPRIS: { navn: "FIKSPRIS", parametre: ["tjeneste", "innbyggere", "kundetype?", "prismatrise[]?", "desimaler?"], resultat: "tall" },
  SVARUTPRIS: { navn: "SVARUTPRIS", parametre: ["altinn", "forsendelser", "svarinn", "kundetype?", "svarutpriser[]?", "desimaler?"], resultat: "tall" },
  SVARUTPRISER: { navn: "SVARUTPRISER", parametre: [], resultat: "matrise" },
  DIGIFINAVGIFT: { navn: "DIGIFINAVGIFT", parametre: ["innbyggere", "losning?", "kundetype?", "medlemskap?", "digifintabell[]?"], resultat: "tall" },
  DIGIFINTABELL: { navn: "DIGIFINTABELL", parametre: [], resultat: "matrise" },
  STORRELSESJUSTERING: { navn: "STØRRELSESJUSTERING", parametre: ["innbyggere", "justering", "referanse?"], resultat: "tall" },
  INNBYGGERE: { navn: "INNBYGGERE", parametre: ["organisasjon", "ar?", "folketall[]?"], resultat: "tall" },
  PRISENDRING: { navn: "PRISENDRING", parametre: ["eksisterende", "ny"], resultat: "tall" },
  FIKSTOTAL: { navn: "FIKSTOTAL", parametre: ["tjenester[]", "innbyggere", "kundetype?", "prismatrise[]?"], resultat: "tall" },
  TJENESTER: { navn: "TJENESTER", parametre: ["prismatrise[]?"], resultat: "tekstmatrise" },
  PRISMATRISE: { navn: "PRISMATRISE", parametre: [], resultat: "matrise" },
  SELVKOSTPRIS: { navn: "SELVKOSTPRIS", parametre: ["tjeneste", "kostnad", "innbyggere[]", "kundetyper[]?", "prismatrise[]?"], resultat: "tall" },
  INNTEKT: { navn: "INNTEKT", parametre: ["tjeneste", "innbyggere[]", "kundetyper[]?", "prismatrise[]?"], resultat: "tall" },
  EFFEKT: { navn: "EFFEKT", parametre: ["kunder[]", "fordeling?", "prismatrise[]?", "band?"], resultat: "matrise" },
  INNBYGGERVEKST: { navn: "INNBYGGERVEKST", parametre: ["innbyggere", "vekst", "ar_nr"], resultat: "tall" },
  PLANINNBYGGERE: { navn: "PLANINNBYGGERE", parametre: ["organisasjon", "ar", "vekst?", "folketall[]?"], resultat: "tall" },
  ARSPRIS: { navn: "ÅRSPRIS", parametre: ["tjeneste", "innbyggere", "ar_nr", "vekst?", "prisjustering?", "kundetype?", "prismatrise[]?", "forste_ar?"], resultat: "tall" },
  JUSTERTPRIS: { navn: "JUSTERTPRIS", parametre: ["pris", "prisjustering", "ar_nr", "forste_ar?"], resultat: "tall" },
  ARSBELOP: { navn: "ÅRSBELØP", parametre: ["arspris", "ar", "oppstart?"], resultat: "tall" },
  KVARTALSBELOP: { navn: "KVARTALSBELØP", parametre: ["arspris", "ar", "kvartal", "oppstart?"], resultat: "tall" },
};

/** En parameter i kontraktens skrivemåte. */
function beskriv(p: { name: string; optional?: boolean; dimensionality?: string }): string {
  return `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`;
}

/** Resultatformen i kontraktens skrivemåte. */
function resultatform(r: { type?: string; dimensionality?: string }): string {
  if (r.dimensionality !== "matrix") return r.type === "number" ? "tall" : `ukjent (${JSON.stringify(r)})`;
  return r.type === "string" ? "tekstmatrise" : r.type === undefined ? "matrise" : `ukjent (${JSON.stringify(r)})`;
}

/** Én funksjon som JSDoc, med typene custom-functions-metadata leser. */
function jsdoc(d: Funksjonsdefinisjon): string {
  const parametre = d.parametre.map((p) => {
    const type = ARGUMENTTYPER[p.type].omrade ? "any[][]" : "any";
    return ` * @param {${type}} ${p.valgfri ? `[${p.navn}]` : p.navn} ${p.beskrivelse}`;
  });
  const retur = d.resultat === "tall" ? "number" : d.resultat === "tekstkolonne" ? "string[][]" : "any[][]";
  const signatur = d.parametre.map((p) => `${p.navn}${p.valgfri ? "?" : ""}: ${ARGUMENTTYPER[p.type].omrade ? "any[][]" : "any"}`).join(", ");
  return [
    "/**",
    ` * ${d.beskrivelse}`,
    ` * @customfunction ${d.id}${d.navn ? ` ${d.navn}` : ""}`,
    ` * @helpurl https://localhost:3000/hjelp.html#${d.id.toLowerCase()}`,
    ...parametre,
    ` * @returns {${retur}} Resultat.`,
    " */",
    `function ${d.id}(${signatur}): ${retur} { return null as any; }`,
  ].join("\n");
}

let microsoft: { functions: unknown[] };

beforeAll(async () => {
  const mappe = mkdtempSync(join(tmpdir(), "ks-metadata-"));
  const fil = join(mappe, "funksjoner.ts");
  writeFileSync(fil, KATALOG.map(jsdoc).join("\n\n"));
  const resultat = await generateCustomFunctionsMetadata([fil], true);
  rmSync(mappe, { recursive: true, force: true });
  expect(resultat.errors).toEqual([]);
  microsoft = JSON.parse(resultat.metadataJson);
}, 60_000);

test("hver funksjon har id-en, visningsnavnet, parameterne og resultatformen i kontrakten", () => {
  const norsk = lagMetadata(true).functions;
  expect(norsk.map((f) => f.id).sort()).toEqual(Object.keys(KONTRAKT).sort());
  for (const f of norsk) {
    // Skalarargumentene er «any»: funksjonene gir egne norske feilmeldinger i stedet for Excels #VERDI!.
    for (const p of f.parameters) expect([f.id, p.name, p.type]).toEqual([f.id, p.name, "any"]);
    expect({ id: f.id, navn: f.name, parametre: f.parameters.map(beskriv), resultat: resultatform(f.result) })
      .toEqual({ id: f.id, ...KONTRAKT[f.id] });
  }
});

test("metadataen fra tabellen er lik den Microsofts generator lager (norske visningsnavn)", () => {
  expect(lagMetadata(true)).toEqual(microsoft);
});

test("standardmetadataen har id-en som navn (bare ASCII); ellers lik den norske", () => {
  const standard = lagMetadata(false);
  const norsk = lagMetadata(true);
  expect(standard.functions.map((f) => f.name)).toEqual(standard.functions.map((f) => f.id));
  expect(standard.functions.map((f) => ({ ...f, name: "" }))).toEqual(norsk.functions.map((f) => ({ ...f, name: "" })));
  expect(norsk.functions.find((f) => f.id === "STORRELSESJUSTERING")!.name).toBe("STØRRELSESJUSTERING");
  for (const f of standard.functions) expect(f.name).toMatch(/^[A-Z0-9._]+$/);
});

test("id-er er unike og ASCII; parametere er unike per funksjon", () => {
  const ider = KATALOG.map((d) => d.id);
  expect(new Set(ider).size).toBe(ider.length);
  for (const d of KATALOG) {
    expect(d.id).toMatch(/^[A-Za-z0-9._]+$/);
    const navn = d.parametre.map((p) => p.navn);
    expect(new Set(navn).size).toBe(navn.length);
    // Excel: valgfrie parametere kommer etter de påkrevde.
    const forsteValgfrie = d.parametre.findIndex((p) => p.valgfri);
    if (forsteValgfrie >= 0) expect(d.parametre.slice(forsteValgfrie).every((p) => p.valgfri)).toBe(true);
  }
});

test("norske beskrivelser og hjelpelenke for hver funksjon og parameter", () => {
  for (const f of lagMetadata(true).functions) {
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.description).toMatch(/[a-zæøå]/);
    expect(f.helpUrl).toBe(`https://localhost:3000/hjelp.html#${f.id.toLowerCase()}`);
    for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(5);
  }
});

test("hjelpesiden har et anker for hver hjelpelenke og norsk signatur med semikolon", () => {
  const norsk = lagMetadata(true);
  const html = lagHjelpeside(norsk);
  for (const f of norsk.functions) expect(html).toContain(`id="${f.helpUrl.split("#")[1]}"`);
  expect(html).toContain("KS.FIKSPRIS(tjeneste; innbyggere; [kundetype]; [prismatrise]; [desimaler])");
  expect(html).toContain("KS.STØRRELSESJUSTERING(innbyggere; justering; [referanse])");
  expect(html).toContain("KS.ÅRSPRIS(tjeneste; innbyggere; ar_nr; [vekst]; [prisjustering]; [kundetype]; [prismatrise]; [forste_ar])");
  expect(html).toContain("KS.KVARTALSBELØP(arspris; ar; kvartal; [oppstart])");
});
