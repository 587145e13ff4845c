/**
 * Kommandolinjen `fikspris`, kjørt slik brukerne kjører den: bunten bygget med de samme esbuild-valgene som
 * `npm run build:cli`, kjørt med node i en barneprosess. Forventede tall er regnet for hånd i
 * test/core (modell1, svarut-digifin, kalkulator) og gjentatt her med utregningen.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { byggCli, feilmelding, iProsess, type Kjoring, skrivFil } from "./bygg";
import { modell1Brok, rundHalvOppTekst } from "../core/rasjonal";

let mappe: string;
let rydd: () => void;
let fikspris: (...argumenter: string[]) => Kjoring;

beforeAll(() => {
  const bygg = byggCli();
  ({ mappe, rydd } = bygg);
  fikspris = iProsess(bygg.bin);
});
afterAll(() => rydd());

/** Kjører og venter suksess; gir tolket JSON når --json ble gitt, ellers stdout. */
function ok(...argumenter: string[]): any {
  const r = fikspris(...argumenter);
  expect(r.feil).toBe("");
  expect(r.kode).toBe(0);
  return argumenter.includes("--json") ? JSON.parse(r.ut) : r.ut;
}

/** Kjører og venter en feil med avslutningskode `kode`; gir meldingen. */
const feiler = (kode: number, ...argumenter: string[]) => feilmelding(fikspris(...argumenter), kode);
const fil = (navn: string, innhold: string) => skrivFil(mappe, navn, innhold);

describe("hjelp", () => {
  test("uten argumenter, med --hjelp og med -h skrives den norske oversikten", () => {
    for (const args of [[], ["--hjelp"], ["-h"]]) {
      const ut = ok(...args);
      expect(ut).toMatch(/^fikspris – priser på KS DIFs Fiks-tjenester/);
      expect(ut).toContain("Bruk: fikspris <kommando> [valg]");
      for (const k of ["pris", "svarut", "digifin", "innbyggere", "matrise", "kalkulator"]) expect(ut).toMatch(new RegExp(`\\n  ${k} +\\S`));
    }
  });
  test("hver kommando har sin egen hjelp", () => {
    expect(ok("pris", "--hjelp")).toMatch(/^Bruk: fikspris pris --tjeneste T --innbyggere P/);
    expect(ok("kalkulator", "-h")).toContain("Scenariofilen (JSON)");
    expect(ok("hjelp", "digifin")).toContain("nøyaktig 5 000 innbyggere betaler 40 000 kr");
  });
});

describe("pris", () => {
  test("--json, form og verdi: Fiks Digisos for Bodø", () => {
    // 3000 + 0,636 · 53712 · (1 − 0,3 · 53712/717710) = 36 393,87 → 36 394
    expect(ok("pris", "--tjeneste", "Fiks Digisos", "--innbyggere", "53712", "--json")).toEqual({
      tjeneste: "Fiks Digisos", kundetype: "KOMMUNE", innbyggere: 53712, pris: 36394,
    });
  });
  test("tekstutdata på nb-NO", () => {
    expect(ok("pris", "--tjeneste", "digisos", "--innbyggere", "53 712")).toBe("Fiks Digisos, kommune med 53 712 innbyggere: 36 394 kr\n");
    // 16500 + 6,345 · 717710 · 0,9 = 4 114 982,955 → 4 114 982,96 (halvt opp)
    expect(ok("pris", "--tjeneste", "Grunnfinansiering", "--innbyggere", "717710", "--desimaler", "2"))
      .toBe("Grunnfinansiering, kommune med 717 710 innbyggere: 4 114 982,96 kr\n");
  });
  test("desimaler, fylkeskommune og statlig fastpris", () => {
    expect(ok("pris", "--tjeneste", "Fiks Digisos", "--innbyggere", "53712", "--desimaler", "2", "--json").pris).toBe(36393.87);
    // 150000 + 1,05 · 651299 · (1 − 0,6 · 651299/728803) = 467 180,57 → 467 181
    expect(ok("pris", "--tjeneste", "grunnfinansiering", "--innbyggere", "651299", "--kundetype", "fylkeskommune", "--json"))
      .toEqual({ tjeneste: "Grunnfinansiering", kundetype: "FYLKESKOMMUNE", innbyggere: 651299, pris: 467181 });
    expect(ok("pris", "--tjeneste", "KS Læring", "--innbyggere", "0", "--kundetype", "STATLIG_VIRKSOMHET", "--json").pris).toBe(54000);
  });
  test("--matrise FIL: en redigert kopi av `matrise --csv`", () => {
    const csv = ok("matrise", "--csv") as string;
    const pris = (matrisefil: string) => {
      const r = fikspris("pris", "--tjeneste", "Fiks Digisos", "--innbyggere", "53712", "--matrise", matrisefil, "--json");
      expect(r.kode).toBe(0);
      // advarslene for brukerens matrise går til stderr (her de publiserte 60 % for fylkeskommuner), svaret til stdout
      expect(r.feil).toMatch(/^Advarsel: Celle G2: Grunnfinansiering for fylkeskommuner: prisen faller når innbyggertallet vokser\. Med størrelsesjustering 60 %/);
      return JSON.parse(r.ut).pris;
    };
    expect(pris(fil("m.csv", csv))).toBe(36394);
    // fastpris 1000 høyere: 36 394 + 1 000
    expect(pris(fil("m2.csv", csv.replace("Fiks Digisos;3 000;", "Fiks Digisos;4 000;")))).toBe(37394);
  });
});

describe("svarut, digifin, innbyggere", () => {
  test("svarut for begge kundegruppene", () => {
    // 3000 + 1000 · 1,05 + 50000 · 0,50 + 200 · 1,10 = 29 270
    expect(ok("svarut", "--altinn", "1000", "--forsendelser", "50000", "--svarinn", "200", "--json")).toEqual({ kundetype: "KOMMUNE", pris: 29270 });
    // 3000 + 1050 + 50000 · 1,30 + 200 · 1,20 = 69 290
    expect(ok("svarut", "--altinn", "1000", "--forsendelser", "50000", "--svarinn", "200", "--kundetype", "PRIVAT_VIRKSOMHET", "--json"))
      .toEqual({ kundetype: "PRIVAT_VIRKSOMHET", pris: 69290 });
    expect(ok("svarut", "--forsendelser", "1")).toBe("SvarUt, kommune: 0 Altinn-transaksjoner, 1 forsendelser, 0 SvarInn: 3 001 kr\n"); // 3000,5 → 3001
  });
  test("digifin: nøyaktig 5 000 innbyggere betaler det øvre fastleddet; medlemskap", () => {
    // 40 000 + 4 · 5 000 = 60 000
    expect(ok("digifin", "--innbyggere", "5000", "--json")).toEqual({
      losning: "Digihelse", innbyggere: 5000, fastledd: 40000, variabelledd: 20000, medlemskap: 0, pris: 60000,
    });
    // 25 000 + 4 · 4 999 + 20 · 4 999 = 25 000 + 19 996 + 99 980 = 144 976
    expect(ok("digifin", "--innbyggere", "4999", "--medlemskap", "--json").pris).toBe(144976);
    expect(ok("digifin", "--innbyggere", "10001", "--losning", "Digiorden", "--json").fastledd).toBe(60000);
    expect(ok("digifin", "--innbyggere", "5000")).toMatch(/\nMedlemskap +ikke med\nSum +60 000 kr\n$/);
  });
  test("innbyggere etter nummer og navn", () => {
    expect(ok("innbyggere", "3205", "--json")).toEqual({ nummer: "3205", navn: "Lillestrøm", kundetype: "KOMMUNE", ar: 2024, innbyggere: 94201 });
    expect(ok("innbyggere", "oslove", "--json").nummer).toBe("0301");
    expect(ok("innbyggere", "Bodo", "--ar", "2025", "--json").innbyggere).toBe(53725);
    expect(ok("innbyggere", "3205", "--ar", "2026")).toBe("Lillestrøm (3205), kommune: 96 771 innbyggere 1. januar 2026\n");
    expect(ok("innbyggere", "Nordre", "Follo")).toBe("Nordre Follo (3207), kommune: 63 560 innbyggere 1. januar 2024\n");
    expect(ok("innbyggere", "46")).toBe("Vestland (46), fylkeskommune: 651 299 innbyggere 1. januar 2024\n");
  });
});

describe("kalkulator med innbyggere 1.1.2026", () => {
  // Prismatrise 2025 for kommuner (data/prismatrise-2025.csv, skrevet av her): fastpris, innbyggerpris, størrelsesjustering.
  const KOMMUNE_2025: [string, string, string, string][] = [
    ["Grunnfinansiering", "16500", "6.345", "0.1"], ["Fiks Digisos", "3000", "0.636", "0.3"], ["Fiks Bekymringsmelding", "3000", "0.636", "0.3"],
    ["Digitalt ledsagerbevis", "3000", "1.2", "0.3"], ["KS Læring", "18000", "1.56", "0.3"], ["Fiks Digiorden", "6000", "2.04", "0.3"],
    ["Fiks Smittevern", "18000", "1.2", "0.3"], ["Fiks Folkeregister", "9000", "0.84", "0.3"], ["Fiks Kjøretøyregister", "9000", "0.24", "0.3"],
    ["Skatte- og inntektsopplysninger", "9000", "0.54", "0.3"], ["Fiks Melding", "9000", "0", "0"], ["Fiks Protokoller", "18000", "0.48", "0.3"],
  ];
  /** f + r · P · (1 − a · P / 717 710) for P = 96 771 (Lillestrøm 1.1.2026), eksakt med BigInt og avrundet halvt opp. */
  const fasit = (f: string, r: string, a: string) => Number(rundHalvOppTekst(...modell1Brok(f, r, a, 96771, 717710), 0));

  test("Lillestrøm («ar»: 2026) regnes med 96 771 innbyggere, hver linje eksakt mot BigInt, og overskriften sier grunnlaget", () => {
    const scenario = skrivFil(mappe, "lillestrom-2026.json", JSON.stringify({
      organisasjon: "Lillestrøm", ar: 2026, tjenester: [{ tjeneste: "Fiks Digisos", eksisterende: 60000 }],
      vurder: KOMMUNE_2025.slice(2).map(([navn]) => navn),
    }));
    const svar = ok("kalkulator", "--scenario", scenario, "--json");
    expect(svar.organisasjon).toEqual({ nummer: "3205", navn: "Lillestrøm", kundetype: "KOMMUNE", ar: 2026, innbyggere: 96771 });
    const linjer = svar.rader.map((r: { tjeneste: string; ny: number | null; tillegg: number | null }) => [r.tjeneste, r.ny ?? r.tillegg]);
    expect(linjer).toEqual(KOMMUNE_2025.map(([navn, f, r, a]) => [navn, fasit(f, r, a)]));
    // Stikkprøve for hånd: Digisos 3 000 + 0,636 · 96 771 · (1 − 0,3 · 96 771 / 717 710) = 62 056,75… → 62 057
    expect(fasit("3000", "0.636", "0.3")).toBe(62057);
    expect(ok("kalkulator", "--scenario", scenario)).toMatch(/^Lillestrøm \(3205\), kommune, 96 771 innbyggere\nPrismatrise 2025 · innbyggere 1\.1\.2026\n/);
  });
});

describe("matrise", () => {
  test("--csv skriver nøyaktig data/prismatrise-2025.csv (rundtur)", () => {
    expect(ok("matrise", "--csv")).toBe(readFileSync("data/prismatrise-2025.csv", "utf8"));
  });
  test("--json og tekst", () => {
    const m = ok("matrise", "--json");
    expect(m.tjenester).toHaveLength(12);
    expect(m.tjenester[1]).toEqual({
      navn: "Fiks Digisos", kommune: { fastpris: 3000, innbyggerpris: 0.636, storrelsesjustering: 0.3 }, fylkeskommune: null, statligFastpris: null,
    });
    expect(m.referanse).toEqual({ KOMMUNE: 717710, FYLKESKOMMUNE: 728803 });
    expect(m.advarsler).toHaveLength(1);
    const tekst = ok("matrise") as string;
    expect(tekst).toMatch(/^Tjeneste +Fastpris kommune/);
    expect(tekst).toMatch(/\nFiks Digisos +3 000 +0,636 +30 % +NA/);
    expect(tekst).toContain("Advarsel (celle G2): Grunnfinansiering for fylkeskommuner");
  });
});

describe("kalkulator", () => {
  const scenario = "docs/eksempel-scenario.json";
  test("--json for eksempelscenariet for Bodø (tallene er regnet i test/core/kalkulator.test.ts)", () => {
    const r = ok("kalkulator", "--scenario", scenario, "--json");
    expect(r.organisasjon).toEqual({ nummer: "1804", navn: "Bodø", kundetype: "KOMMUNE", ar: 2024, innbyggere: 53712 });
    const rad = (tjeneste: string, eksisterende: number | null, ny: number | null, endringProsent: number | null, endringKr: number | null, tillegg: number | null, totalNy: number | null) =>
      ({ tjeneste, eksisterende, ny, endringProsent, endringKr, tillegg, totalNy });
    expect(r.rader).toEqual([
      rad("Grunnfinansiering", null, 354752, null, 354752, null, 354752),
      rad("Fiks Digisos", 41000, 36394, (-4606 / 41000) * 100, -4606, null, 36394),
      rad("SvarUt", 190000, 29270, (-160730 / 190000) * 100, -160730, null, 29270),
      rad("Min kommune", 80000, null, null, null, null, null),
      rad("Digitalt ledsagerbevis", null, null, null, null, 66007, 66007),
    ]);
    // prosent uavrundet: sammenlign til 12 gjeldende sifre (JSON-tallet er den eksakte verdien med dobbel presisjon)
    expect(r.rader[1].endringProsent).toBeCloseTo(-11.2341463414634, 12);
    expect(r.sum).toEqual(rad("Sum", 311000, 420416, r.sum.endringProsent, 109416, 66007, 486423));
    expect(r.sum.endringProsent).toBeCloseTo((109416 / 311000) * 100, 12); // 35,18199…
  });
  test("teksttabell med na. og hele prosent", () => {
    const ut = ok("kalkulator", "--scenario", scenario) as string;
    expect(ut).toMatch(/^Bodø \(1804\), kommune, 53 712 innbyggere\n/);
    expect(ut).toMatch(/\nFiks Digisos +41 000 kr +36 394 kr +−11 % +−4 606 kr +36 394 kr\n/);
    expect(ut).toMatch(/\nMin kommune +80 000 kr +na\. +na\. +na\. +na\.\n/);
    expect(ut).toMatch(/\nSum +311 000 kr +420 416 kr +35 % +109 416 kr +66 007 kr +486 423 kr\n\nMerknader:\n/);
    // Overskriftens merknader fra kjernens visning, de samme som oppgaveruten viser.
    expect(ut).toMatch(/\n- Grunnfinansieringen er ny fra 2025 og teller i sin helhet som økning\.\n- Min kommune har ingen egen pris fra 2025: inngår i grunnfinansieringen\.\n$/);
  });
  test("SvarUt med dagens pris og uten volumer: «uten volum: bare fastpris» ved linjen og i merknadene; Min kommune uten pris er «na.» som i ruten", () => {
    const uten = fil("svarut-uten-volum.json", JSON.stringify({
      organisasjon: "Bodø", tjenester: [{ tjeneste: "SvarUt", eksisterende: 376518 }, { tjeneste: "Min kommune" }],
    }));
    const ut = ok("kalkulator", "--scenario", uten) as string;
    // Uten volumer: bare kommunenes fastpris i SvarUt-tabellen, 3 000 kr; 3 000 − 376 518 = −373 518 kr, −99,2 % → −99 %.
    expect(ut).toMatch(/\nSvarUt \(uten volum: bare fastpris\) +376 518 kr +3 000 kr +−99 % +−373 518 kr +3 000 kr\n/);
    // Min kommune uten dagens pris: tom eksisterende, «na.» i ny pris, begge endringene og total ny (som ruten).
    expect(ut).toMatch(/\nMin kommune +na\. +na\. +na\. +na\.\n/);
    expect(ut).toContain("\n- SvarUt uten volum: bare fastpris: skriv inn volumene for å få hele prisen.\n");
    const json = ok("kalkulator", "--scenario", uten, "--json");
    expect(json.rader.find((r: { tjeneste: string }) => r.tjeneste === "SvarUt").bareFastpris).toBe(true);
  });
  test("innbyggere + kundetype i stedet for en organisasjon; innbyggere går foran dataene", () => {
    const anonym = fil("anonym.json", JSON.stringify({ innbyggere: 53712, kundetype: "KOMMUNE", tjenester: [{ tjeneste: "Digisos", eksisterende: 41000 }] }));
    const r = ok("kalkulator", "--scenario", anonym, "--json");
    expect(r.organisasjon).toEqual({ nummer: null, navn: null, kundetype: "KOMMUNE", ar: null, innbyggere: 53712 });
    expect(r.sum.ny).toBe(354752 + 36394);
    const overstyrt = fil("overstyrt.json", JSON.stringify({ organisasjon: "Bodø", innbyggere: 0, tjenester: [] }));
    // P = 0: grunnfinansiering = fastpris 16 500
    expect(ok("kalkulator", "--scenario", overstyrt, "--json").rader[0].ny).toBe(16500);
  });
});

describe("feil inndata: norsk melding på stderr, kode 1", () => {
  test("ukjent tjeneste, med forslag", () => {
    expect(feiler(1, "pris", "--tjeneste", "Fiks Digisoss", "--innbyggere", "100")).toBe("Feil: Ukjent tjeneste «Fiks Digisoss». Mente du «Fiks Digisos»?\n");
  });
  test("negativt innbyggertall og innbyggertall som ikke er heltall", () => {
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "-5")).toBe("Feil: Argumentet «--innbyggere» kan ikke være negativt, fikk «-5».\n");
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "5,5")).toBe("Feil: Argumentet «--innbyggere» må være et heltall (fra 0 til 100 000 000), fikk «5,5».\n");
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "10.000")).toMatch(/«--innbyggere» er tvetydig, fikk «10\.000»: det kan bety 10 000 .* eller 10 /);
    expect(feiler(1, "digifin", "--innbyggere", "mange")).toMatch(/«--innbyggere» må være et innbyggertall/);
    expect(feiler(1, "svarut", "--altinn", "-1")).toMatch(/«--altinn» kan ikke være negativt/);
  });
  test("ukjent kundetype, tjeneste som ikke tilbys", () => {
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "5", "--kundetype", "bydel")).toMatch(/^Feil: Ukjent kundetype «bydel» i argumentet «--kundetype»/);
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "5", "--kundetype", "fylkeskommune")).toMatch(/tilbys ikke til kundetypen fylkeskommune/);
    expect(feiler(1, "digifin", "--innbyggere", "5", "--kundetype", "statlig")).toMatch(/Digifin gjelder kommuner og fylkeskommuner/);
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "5", "--desimaler", "11")).toMatch(/«--desimaler» er for stort, fikk «11»: høyeste tillatte er 10/);
    expect(feiler(1, "pris", "--tjeneste", "SvarUT", "--innbyggere", "5")).toMatch(/SvarUt prises etter antall transaksjoner.*fikspris svarut/);
    expect(feiler(1, "pris", "--tjeneste", "Minside", "--innbyggere", "5")).toMatch(/Min kommune har ingen egen pris fra 2025/);
    // a·P/Pref ≥ 1: 0,3 · 2 392 367 / 717 710 > 1
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "2392367")).toMatch(/gir en faktor ≤ 0: prisen ville falle/);
  });
  test("ugyldig matrisefil: hvert problem med celle og kolonne; fil som mangler", () => {
    const csv = (ok("matrise", "--csv") as string).replace("Fiks Digisos;3 000;0,636;30 %", "Fiks Digisos;3 000;null komma seks;130 %");
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "5", "--matrise", fil("feil.csv", csv))).toBe(
      "Feil: Ugyldig prismatrise:\n" +
      "  Celle C3: Innbyggerpris kommune må være en pris i kroner (fra 0 til 10 000 kr, f.eks. 0,636), fikk «null komma seks».\n",
    );
    const csv2 = (ok("matrise", "--csv") as string).replace("Fiks Digisos;3 000;0,636;30 %", "Fiks Digisos;3 000;0,636;130 %");
    expect(feiler(1, "matrise", "--matrise", fil("feil2.csv", csv2))).toMatch(/Celle D3: Størrelsesjustering kommune \(Fiks Digisos, kommuner\) må være fra 0 % til under 100 %/);
    expect(feiler(1, "pris", "--tjeneste", "Digisos", "--innbyggere", "5", "--matrise", join(mappe, "finnes-ikke.csv")))
      .toMatch(/^Feil: Filen «.*finnes-ikke\.csv» \(--matrise\) finnes ikke\.\n$/);
  });
  test("ukjent og tvetydig organisasjon", () => {
    expect(feiler(1, "innbyggere", "Atlantis")).toMatch(/^Feil: Fant ingen kommune eller fylkeskommune som heter «Atlantis»/);
    expect(feiler(1, "innbyggere", "Herøy")).toBe(
      "Feil: «Herøy» passer på flere organisasjoner: Herøy (Møre og Romsdal) (1515), Herøy (Nordland) (1818). Bruk nummeret eller hele navnet.\n",
    );
    expect(feiler(1, "innbyggere", "03")).toMatch(/Oslo kommune \(0301\) faktureres én gang/);
    expect(feiler(1, "innbyggere", "Bodø", "--ar", "2023")).toMatch(/«--ar» må være 2024, 2025 eller 2026/);
  });
  test("ugyldige scenariofiler", () => {
    const scen = (navn: string, innhold: unknown) =>
      feiler(1, "kalkulator", "--scenario", fil(navn, typeof innhold === "string" ? innhold : JSON.stringify(innhold)));
    expect(scen("syntaks.json", '{"organisasjon": "Bodø",}')).toMatch(/^Feil: Scenariofilen «.*syntaks\.json»: ikke gyldig JSON \(/);
    expect(scen("liste.json", [1, 2])).toMatch(/forventet et JSON-objekt med «organisasjon» og «tjenester»/);
    expect(scen("felt.json", { organisajon: "Bodø" })).toMatch(/ukjent felt «organisajon» i scenariet\. Gyldige felt: organisasjon, ar, innbyggere, kundetype, tjenester, vurder, budsjett\./);
    expect(scen("hvem.json", { tjenester: [] })).toMatch(/oppgi «organisasjon» \(navn eller nummer\), eller «innbyggere» og «kundetype»/);
    expect(scen("tekstbelop.json", { organisasjon: "Bodø", tjenester: [{ tjeneste: "Digisos", eksisterende: "41 000" }] }))
      .toMatch(/«eksisterende» i tjenester\[0\] \(Digisos\) må være et tall, fikk "41 000"/);
    expect(scen("ikkeliste.json", { organisasjon: "Bodø", tjenester: "Digisos" })).toMatch(/«tjenester» må være en liste/);
    expect(scen("tjeneste.json", { organisasjon: "Bodø", tjenester: [{ tjeneste: "Fiks Digisoss" }] })).toBe("Feil: Ukjent tjeneste «Fiks Digisoss». Mente du «Fiks Digisos»?\n");
    expect(scen("tvetydig.json", { organisasjon: "Våler", tjenester: [] })).toMatch(/passer på flere organisasjoner: Våler/);
    expect(scen("kundetype.json", { organisasjon: "Bodø", kundetype: "FYLKESKOMMUNE", tjenester: [] })).toMatch(/passer ikke med Bodø, som er KOMMUNE/);
    expect(scen("negativ.json", { innbyggere: -3, kundetype: "kommune", tjenester: [] })).toMatch(/«innbyggere» kan ikke være negativt/);
    expect(feiler(1, "kalkulator", "--scenario", join(mappe, "borte.json"))).toMatch(/\(--scenario\) finnes ikke/);
  });
});

describe("bruksfeil: kode 2", () => {
  test.each([
    [["prise"], /^Feil: Ukjent kommando «prise»\. Gyldige kommandoer: pris, svarut, digifin, innbyggere, matrise, kalkulator/],
    [["pris", "--tjeneste", "Digisos"], /^Feil: Valget «--innbyggere» mangler\./],
    [["pris", "--tjeneste", "Digisos", "--innbyggere", "5", "--farge", "blå"], /^Feil: Ukjent valg «--farge» for «pris»\. Gyldige valg: --tjeneste, /],
    [["pris", "--tjeneste"], /^Feil: Valget «--tjeneste» mangler verdi\./],
    [["pris", "--tjeneste", "Digisos", "--innbyggere", "5", "--json=ja"], /^Feil: Valget «--json» tar ingen verdi\./],
    [["pris", "Digisos"], /^Feil: Uventet argument «Digisos»/],
    [["innbyggere"], /^Feil: Oppgi kommunen eller fylkeskommunen/],
    [["kalkulator"], /^Feil: Valget «--scenario» mangler\./],
    [["--json"], /^Feil: Oppgi en kommando før valgene/],
  ])("%j", (args, melding) => {
    const feil = feiler(2, ...(args as string[]));
    expect(feil).toMatch(melding);
    expect(feil).toMatch(/Se «fikspris --hjelp»\.\n$/);
  });
});
