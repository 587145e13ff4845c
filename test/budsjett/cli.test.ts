/** `fikspris budsjett`: tekst og JSON for eksempelet i docs, feilmeldinger og avslutningskoder. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ORGANISASJONER } from "../../src/core";
import { kjor } from "../hjelpere/fikspris";

const EKSEMPEL = "docs/eksempel-budsjett.json";
const mappe = mkdtempSync(join(tmpdir(), "budsjett-"));
afterAll(() => rmSync(mappe, { recursive: true, force: true }));
const scenariofil = (navn: string, innhold: unknown) => {
  const sti = join(mappe, navn);
  writeFileSync(sti, typeof innhold === "string" ? innhold : JSON.stringify(innhold));
  return sti;
};
const eksempel = JSON.parse(readFileSync(EKSEMPEL, "utf8"));

describe("fikspris budsjett", () => {
  test("tekst: én tabell per år med årspris, aktive kvartaler, beløp og K1–K4, så summene", () => {
    const { kode, ut, feil } = kjor("budsjett", "--scenario", EKSEMPEL);
    expect({ kode, feil }).toEqual({ kode: 0, feil: "" });
    expect(ut).toMatch(/^Bodø \(1804\), kommune\n/);
    expect(ut).toContain("Økonomiplan 2027–2030: befolkningsvekst 1 % og prisjustering 3 % per år. Beløp i hele kroner.");
    expect(ut).toContain("Prismatrise 2025: prisene justeres fra 2025 (2027-pris = 2025-pris × (1 + prisjustering)^2)");
    expect(ut).toContain("2027: 53 638 innbyggere (1.1.2026), 2027-pris\nTjeneste ");
    expect(ut).toContain("2028: 54 174 innbyggere (framskrevet 1 år fra 1.1.2026), 2028-pris\nTjeneste ");
    // Tallene er regnet for hånd i budsjett.test.ts.
    expect(ut).toMatch(/\nGrunnfinansiering +375 866 +K1–K4 +375 866 +93 966 +93 966 +93 967 +93 967\n/);
    expect(ut).toMatch(/\nFiks Digiorden \(vurderes\) +119 848 +K3–K4 +59 924 +– +– +29 962 +29 962\n/);
    expect(ut).toMatch(/\nDigifin-avgift Digihelse +engangs +K2 +254 552 +– +254 552 +– +–\n/);
    expect(ut).toMatch(/\nSum +829 895 +128 853 +383 406 +158 817 +158 819\n/);
    // Digifin-avgiften vises bare i året den betales.
    expect(ut.match(/Digifin-avgift/g)).toHaveLength(1);
    expect(ut).toMatch(/Sum per år\nÅr +Innbyggere +Innbyggertall fra +Sum +K1 +K2 +K3 +K4\n[- ]+\n2027 +53 638 +1\.1\.2026 +829 895 /);
    expect(ut).toContain("Min kommune har ingen ny pris (inngår i grunnfinansieringen fra 2025) og er ikke med i planen.");
  });

  test("--json: den avtalte formen {ar:[{ar, sum, kvartal, linjer:[{tjeneste, belop, kvartal}]}]} med flere felt", () => {
    const { kode, ut } = kjor("budsjett", "--scenario", EKSEMPEL, "--json");
    expect(kode).toBe(0);
    const j = JSON.parse(ut);
    expect(j).toMatchObject({ fra: 2027, antallAr: 4, prisar: 2025, befolkningsvekst: 1, prisjustering: 3, utenNyPris: ["Min kommune"], advarsler: [] });
    expect(j.ar.map((a: { ar: number }) => a.ar)).toEqual([2027, 2028, 2029, 2030]);
    expect(j.ar[0]).toMatchObject({
      ar: 2027, innbyggere: 53638, innbyggerkilde: { type: "kjent", befolkningsar: 2026 }, prisjusteringsar: 2, sum: 829895,
      kvartal: [128853, 383406, 158817, 158819],
    });
    expect(j.ar[0].linjer[4]).toEqual({
      tjeneste: "Fiks Digiorden", type: "tillegg", arspris: 119848, aktiveKvartaler: 2, forsteKvartal: 3, oppstart: { ar: 2027, kvartal: 3 },
      digifin: null, belop: 59924, kvartal: [0, 0, 29962, 29962],
    });
    expect(j.sum).toBe(j.ar.reduce((s: number, a: { sum: number }) => s + a.sum, 0));
  });

  test("kalkulatoren leser samme fil og lar budsjettet ligge", () => {
    const { kode, ut } = kjor("kalkulator", "--scenario", EKSEMPEL, "--json");
    expect(kode).toBe(0);
    // Kalkulatoren regner 2025-prisene med befolkningsåret i filen (2026): 354 289,63 → 354 290; 36 348,92 → 36 349;
    // 65 922,49 → 65 922; 112 968,24 → 112 968 (se budsjett.test.ts), SvarUt 29 270.
    expect(JSON.parse(ut).sum.totalNy).toBe(354290 + 36349 + 29270 + 65922 + 112968);
  });

  test("en plan fra 2027 for Lillestrøm bruker 96 771 innbyggere (1.1.2026); et befolkningsår som ikke passer gir en advarsel", () => {
    const fil = scenariofil("lillestrom.json", { organisasjon: "3205", tjenester: ["Fiks Digisos"], budsjett: { fra: 2027, ar: 1, prisjustering: 3.0 } });
    const r = kjor("budsjett", "--scenario", fil);
    expect([r.kode, r.feil]).toEqual([0, ""]);
    // 62 056,75… · 1,0609 = 65 836,0… → 65 836 (budsjett.test.ts, BigInt-fasiten)
    expect(r.ut).toContain("2027: 96 771 innbyggere (1.1.2026), 2027-pris\n");
    expect(r.ut).toMatch(/\nFiks Digisos +65 836 +K1–K4 +65 836 /);
    const gammel = scenariofil("gammel.json", { organisasjon: "3205", ar: 2024, tjenester: ["Fiks Digisos"], budsjett: { fra: 2027, ar: 1 } });
    const g = kjor("budsjett", "--scenario", gammel);
    expect(g.kode).toBe(0);
    expect(g.feil).toBe(
      "Advarsel: Scenariet oppgir befolkningsåret 2024, men prisene for 2027 bygger på folkemengden 1. januar 2026: planen bruker " +
        "innbyggertallet 1. januar 2026 (96 771) i 2027 og følger kalenderen videre. Sett befolkningsåret til 2026, eller planens første år til 2025.\n",
    );
  });

  test("--innbyggerfil: en fil med 1. januar 2027 leses av innbyggere, kalkulator og budsjett; en feil nevner fil og linje", () => {
    // Et tenkt 1.1.2027 (testdata): hver kommune 1.1.2026 pluss 100; fylkene summeres av kjernen.
    const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE");
    const linjer = kommuner.map((k) => `${k.nummer},${k.navn},KOMMUNE,${k.innbyggere[2026] + 100}`);
    const fil = scenariofil("folk2027.csv", ["kommunenummer,navn,kundetype,innbyggere_2027", ...linjer].join("\n"));
    expect(kjor("innbyggere", "3205", "--ar", "2027", "--innbyggerfil", fil).ut).toBe(`Lillestrøm (3205), kommune: 96 871 innbyggere 1. januar 2027 (fra ${fil})\n`);
    // Akershus 1.1.2026 (749 207) pluss 100 for hver av de 21 kommunene
    expect(kjor("innbyggere", "Akershus", "--ar", "2027", "--innbyggerfil", fil, "--json").ut).toContain('"innbyggere": 751307');
    const plan = scenariofil("plan2028.json", { organisasjon: "3205", ar: 2027, tjenester: ["Fiks Digisos"], budsjett: { fra: 2028, ar: 2, prisjustering: 3.0 } });
    const r = kjor("budsjett", "--scenario", plan, "--innbyggerfil", fil);
    expect([r.kode, r.feil]).toEqual([0, ""]);
    expect(r.ut).toContain("2028: 96 871 innbyggere (1.1.2027), 2028-pris\n");
    expect(r.ut).toContain("2029: 96 871 innbyggere (framskrevet 1 år fra 1.1.2027), 2029-pris\n");
    expect(kjor("kalkulator", "--scenario", plan, "--innbyggerfil", fil).ut).toContain("Lillestrøm (3205), kommune, 96 871 innbyggere\nPrismatrise 2025 · innbyggere 1.1.2027\n");
    // Uten filen er 2027 ikke et befolkningsår som følger med.
    expect(kjor("budsjett", "--scenario", plan).feil).toContain("Argumentet «ar» må være 2024, 2025 eller 2026 (befolkning 1. januar), fikk «2027».");
    const feil = scenariofil("feil.csv", ["kommunenummer,navn,kundetype,innbyggere_2027", ...linjer.slice(0, 5), "9999,Ingenstad,KOMMUNE,5"].join("\n"));
    expect(kjor("innbyggere", "3205", "--innbyggerfil", feil)).toEqual({
      kode: 1, ut: "", feil: `Feil: Folketallsfilen «${feil}», linje 7: ukjent kommune- eller fylkesnummer «9999» (kommunestrukturen fra 2024).\n`,
    });
  });

  test("uten budsjettseksjon: feil med et eksempel, kode 1", () => {
    const { budsjett: _, ...uten } = eksempel;
    const fil = scenariofil("uten.json", uten);
    expect(kjor("budsjett", "--scenario", fil)).toEqual({
      kode: 1, ut: "", feil: `Feil: Scenariofilen «${fil}»: mangler «budsjett», f.eks. "budsjett": {"fra": 2026, "ar": 4}.\n`,
    });
  });

  test("feil i budsjettet nevner filen og feltet, kode 1", () => {
    const fil = scenariofil("kvartal.json", { ...eksempel, budsjett: { ...eksempel.budsjett, oppstart: { "Fiks Digiorden": "2026-3" } } });
    const r = kjor("budsjett", "--scenario", fil);
    expect(r.kode).toBe(1);
    expect(r.feil).toBe(
      `Feil: Scenariofilen «${fil}»: budsjett.oppstart["Fiks Digiorden"]: forventet et kvartal "ÅÅÅÅ-K1" til "ÅÅÅÅ-K4" innenfor planens år, ` +
        'fra "2027-K1" til "2030-K4", fikk teksten "2026-3".\n',
    );
    const tekst = scenariofil("tekst.json", { ...eksempel, budsjett: { fra: 2026, befolkningsvekst: "1,0" } });
    expect(kjor("budsjett", "--scenario", tekst).feil).toMatch(/budsjett\.befolkningsvekst: forventet prosent per år som JSON-tall .* fikk teksten "1,0"\./);
  });

  test("bruksfeil gir kode 2; --hjelp forklarer seksjonen", () => {
    expect(kjor("budsjett").kode).toBe(2);
    expect(kjor("budsjett", "--scenario", EKSEMPEL, "--ar", "3").feil).toMatch(/^Feil: Ukjent valg «--ar» for «budsjett»/);
    const hjelp = kjor("budsjett", "--hjelp");
    expect(hjelp.kode).toBe(0);
    expect(hjelp.ut).toMatch(/^Bruk: fikspris budsjett --scenario FIL\.json/);
    expect(hjelp.ut).toContain('"oppstart": {"Fiks Digiorden": "2026-K3"}');
    expect(kjor("--hjelp").ut).toMatch(/\n {2}budsjett +Budsjett og økonomiplan/);
  });
});
