/**
 * Arket Budsjett følger kalenderen som kjernen (issue 18): planåret Y bruker folkemengden 1. januar Y − 1 fra arket
 * Innbyggere når den er kjent, ellers det siste kjente året framskrevet med veksten; et skrevet innbyggertall er første
 * år og vokser derfra; prisene justeres fra matrisens prisår. Bøkene regnes ut av LibreOffice Calc og Gnumeric, og hver
 * celle i arket sammenlignes med kjernens beregnBudsjett (med budsjettbefolkning, som kommandolinjen og ruten); de
 * bufrede resultatene i filen (src/ark/regn.ts) sammenlignes med kjernen på samme måte. Også etter endringer i filen: første år
 * flyttet (2029, 2025) og en annen kommune valgt i Kalkulator (Bærum).
 */
import {
  beregnBudsjett, type Budsjett, type Budsjettbefolkning, budsjettbefolkning, finnOrganisasjon, type Folketall, lesFolketallsfil, MEDLEMSKAPSSATSER,
  medFolketall, type Kalkulatorinput, type Kundegrunnlag, innbyggerkildetekst, organisasjonsgrunnlag, ORGANISASJONER, STANDARD_DIGIFIN,
  STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett,
} from "../../src/core";
import { lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import type { Arbeidsbokplan } from "../../src/ark/modell";
import { resultattekst } from "../../src/ark/regn";
import { innbyggereFasit } from "../budsjett/referanse";
import { arskolonne, sammenlign } from "./budsjettceller";
import { type Arkverdier, finnRad, rediger, regnUt, regnUtGnumeric, tall } from "./libreoffice";

jest.setTimeout(900_000);

const LILLESTROM = finnOrganisasjon("Lillestrøm");

/** Innbyggere 1.1.2028 i testfilen: 2026-tallet + 2 % (hele tall), for alle kommuner; fylkene summeres av leseren. */
function folketallsfil(): Folketall {
  const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE");
  const linjer = kommuner.map((o) => `${o.nummer},${o.navn.replace(/,/g, " ")},KOMMUNE,${Math.round(o.innbyggere[2026] * 1.02)}`);
  return lesFolketallsfil(["kommunenummer,navn,kundetype,innbyggere_2028", ...linjer].join("\n"), "folketall-2028.csv");
}

interface Scenario {
  kunde: Kundegrunnlag;
  budsjett: Record<string, unknown>;
  folketall: Folketall | null;
}

const tjenester = (innbyggere: number): Kalkulatorinput => ({
  kundetype: "KOMMUNE", innbyggere,
  tjenester: [{ tjeneste: "Fiks Digisos", eksisterende: 60_000 }, { tjeneste: "SvarUt", eksisterende: 250_000, altinn: 2_000, forsendelser: 80_000, svarinn: 500 },
    { tjeneste: "KS Læring" }],
  vurder: ["Fiks Digiorden"],
});

const FIL = folketallsfil();
const MED_FIL = { ...LILLESTROM, innbyggere: medFolketall(LILLESTROM.innbyggere, LILLESTROM.nummer, FIL) };
const PLAN_2027 = {
  fra: 2027, ar: 4, befolkningsvekst: 1, prisjustering: 3, oppstart: { "Fiks Digiorden": "2028-K3" },
  digifin: [{ losning: "Digihelse", kvartal: "2029-K2", medlemskap: true }],
};

const SCENARIER: Record<string, Scenario> = {
  // SSB 1.1.2026 (96 771) for 2027; 2028–2030 framskrevet 1–3 år fra 1.1.2026.
  lillestrom: { kunde: organisasjonsgrunnlag(LILLESTROM, 2026, null), budsjett: PLAN_2027, folketall: null },
  // Skrevet innbyggertall (overstyrt): 100 000 er 2027, og vokser derfra.
  skrevet: { kunde: organisasjonsgrunnlag(LILLESTROM, 2026, 100_000), budsjett: PLAN_2027, folketall: null },
  // En fil med 1.1.2028: 2028 framskrives ett år fra 1.1.2026 (2027 mangler), 2029 bruker filens tall, 2030 ett år fra det.
  fil: { kunde: organisasjonsgrunnlag(MED_FIL, 2026, null), budsjett: { ...PLAN_2027, ar: 5, befolkningsvekst: 0.8123 }, folketall: FIL },
  flytt: { kunde: organisasjonsgrunnlag(LILLESTROM, 2026, null), budsjett: { fra: 2027, ar: 4, befolkningsvekst: 1, prisjustering: 3 }, folketall: null },
  // En plan fra 2025: 1.1.2024, 1.1.2025 og 1.1.2026 er kjent, 2028 framskrevet; stor vekst og nedgang i prisene.
  fra2025: { kunde: organisasjonsgrunnlag(LILLESTROM, 2025, null), budsjett: { fra: 2025, ar: 6, befolkningsvekst: 17.4952, prisjustering: -2.5 }, folketall: null },
};

const TABELLER = { svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER, matrise: STANDARD_PRISMATRISE };
const befolkning = (s: Scenario): Budsjettbefolkning => budsjettbefolkning(s.kunde, s.kunde.kilde.type === "oppgitt" ? null : s.kunde.kilde.ar);

function bok(s: Scenario): Arbeidsbokplan {
  return lagKalkulatorbok({
    kundenavn: s.kunde.organisasjon!.navn, nummer: s.kunde.organisasjon!.nummer, innbyggerkilde: innbyggerkildetekst(s.kunde.kilde),
    input: tjenester(s.kunde.innbyggere), matrise: STANDARD_PRISMATRISE, matrisebeskrivelse: "standard prismatrise 2025", svarut: STANDARD_SVARUT,
    folketall: s.folketall,
    budsjett: { valg: tolkBudsjett(s.budsjett), digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER, befolkning: befolkning(s) },
  });
}
const kjerne = (s: Scenario, budsjett = s.budsjett): Budsjett =>
  beregnBudsjett(tjenester(s.kunde.innbyggere), tolkBudsjett(budsjett), TABELLER, befolkning(s));

/** Arket Budsjett slik filen bærer det: verdiene og formlenes bufrede resultater (ferdigstill, src/ark/regn.ts). */
function bufret(plan: Arbeidsbokplan): string[][] {
  const ark = plan.ark.find((a) => a.navn === "Budsjett")!;
  return ark.rader.map((rad) => Array.from(rad, (c) => (c === null || c === undefined ? "" : c.formel !== undefined ? resultattekst(c.resultat) : String(c.verdi ?? ""))));
}

const filer: Record<string, Uint8Array> = {};
const forventet: Record<string, Budsjett> = {};
const planer: Record<string, Arbeidsbokplan> = {};
let lo: Map<string, Arkverdier>;
let gnumeric: Map<string, Arkverdier>;

beforeAll(async () => {
  for (const [navn, s] of Object.entries(SCENARIER)) {
    planer[navn] = bok(s);
    filer[navn] = await skrivXlsx(planer[navn]);
    forventet[navn] = kjerne(s);
  }
  // Første år flyttet i filen (en plan uten oppstart og Digifin, som ellers ville havne utenfor planen): til 2029
  // (2028–2031 framskrevet 2–5 år fra 1.1.2026) og til 2025 (tre kjente år, så ett framskrevet).
  for (const fra of [2029, 2025]) {
    filer[`flyttet_${fra}`] = await rediger(filer.flytt, (b) => {
      b.getWorksheet("Budsjett")!.getCell("B4").value = fra;
    });
    forventet[`flyttet_${fra}`] = kjerne(SCENARIER.flytt, { ...SCENARIER.flytt.budsjett, fra });
  }
  // En annen kommune valgt i Kalkulator (B4): budsjettet slår opp dens SSB-tall, som kjernen for Bærum.
  filer.baerum = await rediger(filer.flytt, (b) => {
    b.getWorksheet("Kalkulator")!.getCell("B4").value = "Bærum";
  });
  forventet.baerum = kjerne({ ...SCENARIER.flytt, kunde: organisasjonsgrunnlag(finnOrganisasjon("Bærum"), 2026, null) });
  lo = regnUt(filer).resultat;
  gnumeric = regnUtGnumeric(filer);
});

test("kjernen: Lillestrøm fra 2027 bruker 96 771 (1.1.2026) i 2027 og framskriver fra det; et skrevet tall er 2027-tallet", () => {
  const b = forventet.lillestrom;
  expect(b.ar.map((a) => a.innbyggere)).toEqual([96_771, 97_739, 98_716, 99_703]); // 96 771 · 1,01^n avrundet: 97 738,71; 98 716,10; 99 703,26
  expect(b.ar.map((a) => a.innbyggerkilde.type)).toEqual(["kjent", "framskrevet", "framskrevet", "framskrevet"]);
  expect(forventet.skrevet.ar.map((a) => a.innbyggere)).toEqual([100_000, 101_000, 102_010, 103_030]); // 100 000 · 1,01^n: 103 030,1
  expect(forventet.fil.ar.map((a) => a.innbyggerkilde.type)).toEqual(["kjent", "framskrevet", "kjent", "framskrevet", "framskrevet"]);
  expect(forventet.fra2025.ar.map((a) => a.innbyggerkilde.type)).toEqual(["kjent", "kjent", "kjent", "framskrevet", "framskrevet", "framskrevet"]);
});

test("kjernen med fil, fra 2025, flyttet og Bærum: innbyggertallene fra data/ssb-folkemengde.csv og testfilen, framskrevet med BigInt-fasiten", () => {
  // Lillestrøm i data/ssb-folkemengde.csv: 94 201 (2024), 95 762 (2025), 96 771 (2026); testfilen 1.1.2028: round(96 771 · 1,02) = 98 706.
  const fil2028 = 98_706;
  expect(FIL.tall.get(2028)?.get(LILLESTROM.nummer)).toBe(fil2028);
  // Vekst 0,8123 %: 2028 = 96 771 · 1,008123 = 97 557,07; 2030 = 98 706 · 1,008123 = 99 507,80; 2031 = 98 706 · 1,008123² = 100 316,3.
  expect(forventet.fil.ar.map((a) => a.innbyggere)).toEqual([96_771, innbyggereFasit(96_771, 8_123, 1), fil2028, innbyggereFasit(fil2028, 8_123, 1), innbyggereFasit(fil2028, 8_123, 2)]);
  expect(forventet.fil.ar.map((a) => a.innbyggere)).toEqual([96_771, 97_557, 98_706, 99_508, 100_316]);
  // Vekst 17,4952 %: 2028 = 96 771 · 1,174952 = 113 701,3.
  expect(forventet.fra2025.ar.map((a) => a.innbyggere)).toEqual([94_201, 95_762, 96_771, ...[1, 2, 3].map((n) => innbyggereFasit(96_771, 174_952, n))]);
  expect(forventet.fra2025.ar[3].innbyggere).toBe(113_701);
  expect(forventet.flyttet_2029.ar.map((a) => a.innbyggere)).toEqual([2, 3, 4, 5].map((n) => innbyggereFasit(96_771, 10_000, n)));
  expect(forventet.flyttet_2025.ar.map((a) => a.innbyggere)).toEqual([94_201, 95_762, 96_771, 97_739]); // 96 771 · 1,01 = 97 738,71
  // Bærum 1.1.2026 i data/ssb-folkemengde.csv: 133 228.
  expect(forventet.baerum.ar[0].innbyggere).toBe(133_228);
});

test.each(["lillestrom", "skrevet", "fil", "fra2025", "flytt", "flyttet_2029", "flyttet_2025", "baerum"])(
  "%s: hver celle i arket Budsjett er kjernens, i LibreOffice og i Gnumeric",
  (navn) => {
    const b = forventet[navn];
    const [l, g] = [lo, gnumeric].map((motor) => sammenlign(navn, motor.get(navn)!.get("Budsjett")!, b));
    expect([l.avvik, g.avvik]).toEqual([[], []]);
    // Hver linje og hvert år: 213 celler for den minste planen (fire linjer, fire år), 313 for den største.
    expect(g.celler).toBe(l.celler);
    expect(l.celler).toBeGreaterThanOrEqual(213);
  },
);

test.each(Object.keys(SCENARIER))("%s: de bufrede resultatene i filen er kjernens", (navn) => {
  expect(sammenlign(navn, bufret(planer[navn]), forventet[navn]).avvik).toEqual([]);
});

test("arket sier hvor tallet kommer fra: «1.1.2026» i 2027 og «framskrevet 1 år fra 1.1.2026» i 2028; skrevet: «oppgitt»", () => {
  const ark = lo.get("lillestrom")!.get("Budsjett")!;
  const rad = finnRad(ark, "Innbyggertall fra");
  expect([0, 1, 3].map((n) => ark[rad][arskolonne(n)])).toEqual(["1.1.2026", "framskrevet 1 år fra 1.1.2026", "framskrevet 3 år fra 1.1.2026"]);
  const skrevet = lo.get("skrevet")!.get("Budsjett")!;
  expect([0, 1].map((n) => skrevet[rad][arskolonne(n)])).toEqual(["oppgitt", "oppgitt, framskrevet 1 år"]);
  // Arket Innbyggere har filens år som egen kolonne etter de medfølgende.
  const innbyggere = lo.get("fil")!.get("Innbyggere")!;
  const overskrift = finnRad(innbyggere, "Nummer");
  expect(innbyggere[overskrift].slice(3)).toEqual(["Innbyggere 1.1.2024", "Innbyggere 1.1.2025", "Innbyggere 1.1.2026", "Innbyggere 1.1.2028"]);
  expect(tall(innbyggere.find((r) => r[1] === "Lillestrøm")![6])).toBe(Math.round(96_771 * 1.02));
});
