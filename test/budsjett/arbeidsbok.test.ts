/**
 * Budsjettfunksjonene i en regnearkmotor (HyperFormula, norsk syntaks): et budsjettark med levende formler der
 * befolkningsvekst, prisjustering og første år er celler, og innbyggertallet følger kalenderen (KS.PLANINNBYGGERE).
 * Tallene er regnet for hånd i budsjett.test.ts (Bodø-eksempelet, 2027–2030).
 */
import { DetailedCellError, type HyperFormula } from "hyperformula";
import {
  beregnBudsjett, MEDLEMSKAPSSATSER, ORGANISASJONER, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett,
} from "../../src/core";
import { lagArbeidsbok } from "../funksjoner/hyperformula-ks";
import { BODO_BEFOLKNING, BODO_BUDSJETT } from "../hjelpere/bodo";
import { installerCustomFunctions } from "../funksjoner/oppsett";

beforeAll(() => installerCustomFunctions());

const KOLONNER = ["C", "D", "E", "F"];
const TJENESTER: [string, string | null][] = [
  ["Grunnfinansiering", null], ["Fiks Digisos", null], ["Digitalt ledsagerbevis", null], ["Fiks Digiorden", "2027-K3"],
];

/**
 * Arket «Plan»: B1 kommunen, B2 vekst, B3 prisjustering, B4 første år. Rad 6 årstall; rad 7–10 årspris (årets
 * innbyggertall fra rad 27 uten ny vekst, prisen justert fra 2025 med første år), rad 11 SvarUt (justert eksakt pris),
 * rad 13–17 årets beløp, rad 18 sum; rad 20 kvartalsnummer og rad 21–25 kvartalene i 2027; rad 27 innbyggertallet
 * per år (1. januar året før, ellers framskrevet).
 */
function lagBok(): HyperFormula {
  const n = (k: string) => `${k}$6-$B$4`;
  const rader: unknown[][] = [
    ["Kommune", "Bodø"],
    ["Vekst", 0.01],
    ["Prisjustering", 0.03],
    ["Fra", 2027],
    [],
    ["Tjeneste", "Oppstart", "=$B$4", ...KOLONNER.slice(1).map((_, i) => `=${KOLONNER[i]}6+1`)],
    ...TJENESTER.map(([t, o], i) => [t, o, ...KOLONNER.map((k) => `=KS.ÅRSPRIS($A${7 + i};${k}$27;${n(k)};0;$B$3;;;$B$4)`)]),
    ["SvarUt", null, ...KOLONNER.map((k) => `=KS.JUSTERTPRIS(KS.SVARUTPRIS(1000;50000;200;;;10);$B$3;${n(k)};$B$4)`)],
    [],
    ...[...TJENESTER, ["SvarUt", null]].map((_, i) => [`=A${7 + i}`, `=B${7 + i}`, ...KOLONNER.map((k) => `=KS.ÅRSBELØP(${k}${7 + i};${k}$6;$B${7 + i})`)]),
    ["Sum", null, ...KOLONNER.map((k) => `=SUMMER(${k}13:${k}17)`)],
    [],
    ["Kvartal 2027", null, 1, 2, 3, 4],
    ...[...TJENESTER, ["SvarUt", null]].map((_, i) => [`=A${7 + i}`, `=B${7 + i}`, ...KOLONNER.map((k) => `=KS.KVARTALSBELØP($C${7 + i};$C$6;${k}$20;$B${7 + i})`)]),
    [],
    ["Innbyggere", null, ...KOLONNER.map((k) => `=KS.PLANINNBYGGERE($B$1;${k}$6;$B$2)`)],
  ];
  return lagArbeidsbok({ Plan: rader });
}

const verdi = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId("Plan")!)!);
const rad = (hf: HyperFormula, r: number) => KOLONNER.map((k) => verdi(hf, `${k}${r}`));

test("årspris, årets beløp, kvartaler og innbyggertall som i det håndregnede eksempelet", () => {
  const hf = lagBok();
  // 1.1.2026 for 2027, så 53 638 · 1,01^n fra det kjente tallet
  expect(rad(hf, 27)).toEqual([53638, 54174, 54716, 55263]);
  // 2027: 2025-prisene · 1,03²; SvarUt 29 270 · 1,03^(år − 2025) med volumene uendret
  expect(verdi(hf, "C7")).toBe(375866);
  expect(rad(hf, 8)[0]).toBe(38563);
  expect(rad(hf, 10)[0]).toBe(119848);
  // 29 270 · 1,0609 = 31 052,54; · 1,092727 = 31 984,12; · 1,12550881 = 32 943,64; · 1,1592740743 = 33 931,95
  expect(rad(hf, 11)).toEqual([31053, 31984, 32944, 33932]);
  // Digiorden fra 2027-K3: 119 848 · 2/4 = 59 924 i 2027, deretter hele årsprisen
  expect(rad(hf, 16)[0]).toBe(59924);
  // 2027 uten Digifin: 375 866 + 38 563 + 69 937 + 59 924 + 31 053 = 575 343
  expect(rad(hf, 18)[0]).toBe(575343);
  expect(rad(hf, 21)).toEqual([93966, 93966, 93967, 93967]);
  expect(rad(hf, 22)).toEqual([9640, 9641, 9641, 9641]);
  expect(rad(hf, 24)).toEqual([0, 0, 29962, 29962]);
});

test("arket og kommandolinjens plan gir de samme tallene i hver celle", () => {
  const hf = lagBok();
  const plan = beregnBudsjett(
    BODO_BUDSJETT,
    tolkBudsjett({ fra: 2027, befolkningsvekst: 1.0, prisjustering: 3.0, oppstart: { "Fiks Digiorden": "2027-K3" } }),
    { matrise: STANDARD_PRISMATRISE, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER },
    BODO_BEFOLKNING,
  );
  const radnr = (tjeneste: string) => 7 + [...TJENESTER.map(([t]) => t), "SvarUt"].indexOf(tjeneste);
  plan.ar.forEach((a, i) => {
    expect(verdi(hf, `${KOLONNER[i]}27`)).toBe(a.innbyggere);
    for (const l of a.linjer) {
      expect(verdi(hf, `${KOLONNER[i]}${radnr(l.tjeneste)}`)).toBe(l.arspris);
      expect(verdi(hf, `${KOLONNER[i]}${radnr(l.tjeneste) + 6}`)).toBe(l.belop);
      if (a.ar === 2027) expect(rad(hf, radnr(l.tjeneste) + 14)).toEqual(l.kvartal);
    }
    expect(verdi(hf, `${KOLONNER[i]}18`)).toBe(a.sum);
  });
});

test("vekst, prisjustering og første år er celler: endres de, følger hvert tall med", () => {
  const hf = lagBok();
  const plan = hf.getSheetId("Plan")!;
  hf.setCellContents({ sheet: plan, row: 1, col: 1 }, 0);
  hf.setCellContents({ sheet: plan, row: 2, col: 1 }, 0);
  // Uten vekst og justering er årsprisen kalkulatorens med 1.1.2026 hvert år: 354 289,63 → 354 290.
  expect(rad(hf, 7)).toEqual([354290, 354290, 354290, 354290]);
  expect(rad(hf, 27)).toEqual([53638, 53638, 53638, 53638]);
  hf.setCellContents({ sheet: plan, row: 2, col: 1 }, "2 %");
  // SvarUt 29 270 · 1,02^(2030 − 2025) = 29 270 · 1,1040808… = 32 316,45 → 32 316
  expect(verdi(hf, "F11")).toBe(32316);
  // Første år 2025: 1.1.2024 (53 712) og 1.1.2025 (53 725), prisene uten justering i 2025 (KS' publiserte tabell).
  hf.setCellContents({ sheet: plan, row: 1, col: 1 }, 0);
  hf.setCellContents({ sheet: plan, row: 2, col: 1 }, 0);
  hf.setCellContents({ sheet: plan, row: 3, col: 1 }, 2025);
  expect(rad(hf, 27).slice(0, 3)).toEqual([53712, 53725, 53638]);
  expect(verdi(hf, "C7")).toBe(354752);
});

test.each([
  ['=KS.ÅRSPRIS("Fiks Digisos";53712;10)', "Argumentet «ar_nr» er for stort, fikk 10: høyeste tillatte er 9."],
  ['=KS.ÅRSPRIS("Fiks Digisos";53712;1,5)', "Argumentet «ar_nr» må være et heltall (fra 0 (planens første år) til 9), fikk 1,5"],
  ['=KS.ÅRSPRIS("Fiks Digisos";53712;1;3)', "Argumentet «vekst» må være fra −10 % til 20 % (f.eks. 3 % eller 0,03), fikk 3"],
  ['=KS.ÅRSPRIS("SvarUt";53712;1)', "SvarUt prises etter antall transaksjoner"],
  ['=KS.ÅRSPRIS("Fiks Digisos";53712;0;;;;;2024)', "Argumentet «forste_ar» må være et budsjettår (heltall fra 2025 til 2099, f.eks. 2027), fikk 2 024."],
  ['=KS.PLANINNBYGGERE("Bodø";2024)', "Argumentet «ar» må være et budsjettår (heltall fra 2025 til 2099"],
  ['=KS.PLANINNBYGGERE("Bodøø";2027)', "Mente du «Bodø»?"],
  ["=KS.ÅRSBELØP(100,5;2026)", "Argumentet «arspris» må være hele kroner (f.eks. fra KS.ÅRSPRIS), fikk 100,5"],
  ['=KS.ÅRSBELØP(100;2026;"2026-Q3")', 'Argumentet «oppstart» må være et kvartal som "2026-K3" (ÅÅÅÅ-K1 til ÅÅÅÅ-K4), fikk «2026-Q3»'],
  ["=KS.KVARTALSBELØP(100;2026;5)", "Argumentet «kvartal» er for stort, fikk 5: høyeste tillatte er 4"],
  ["=KS.KVARTALSBELØP(100;1999;1)", "Argumentet «ar» må være et budsjettår (heltall fra 2025 til 2099"],
])("%s gir #VALUE! med norsk melding", (formel, melding) => {
  const hf = lagArbeidsbok({ Ark: [[formel]] });
  const svar = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
  expect(svar).toBeInstanceOf(DetailedCellError);
  expect((svar as DetailedCellError).message).toContain(melding);
});

test("tekst med prosent og utelatte valgfrie argumenter", () => {
  const hf = lagArbeidsbok({
    Ark: [[
      '=KS.INNBYGGERVEKST(53712;"1 %";2)', '=KS.ÅRSPRIS("Fiks Digisos";53712;0)', '=KS.ÅRSBELØP(10;2026;"2026-k4")',
      "=KS.KVARTALSBELØP(11;2027;1)", '=KS.KVARTALSBELØP(100;2026;1;"2026-K2")',
      '=KS.PLANINNBYGGERE("Lillestrøm";2027)', '=KS.PLANINNBYGGERE(3205;2029;"1 %")', '=KS.ÅRSPRIS("Fiks Digisos";96771;0;;3 %;;;2027)',
      '=KS.JUSTERTPRIS(100;10 %;1;2026)',
    ]],
  });
  // 53 712 · 1,0201 = 54 791,6112 → 54 792; år 0 uten vekst og justering = KS.FIKSPRIS; 10 · 1/4 = 2,5 → 3;
  // 11 kr på fire kvartaler: 2, 3, 3, 3; K1 før oppstart i K2 er 0; Lillestrøm 2027: 1.1.2026 = 96 771;
  // 2029: 96 771 · 1,0201 = 98 716,1 → 98 716; Digisos 2027 med 96 771: 62 056,75 · 1,0609 → 65 836 (budsjett.test.ts);
  // 100 kr i 2025 justert fra 2025 til 2027 (første år 2026, år nr. 1): 100 · 1,1² = 121
  expect(hf.getSheetValues(0)).toEqual([[54792, 36394, 3, 2, 0, 96771, 98716, 65836, 121]]);
});

test("et folketallsområde i arket (SSB-tall for 1.1.2027) leses av KS.INNBYGGERE og KS.PLANINNBYGGERE; en feil nevner raden", () => {
  // Et tenkt 1.1.2027 (testdata): hver kommune 1.1.2026 pluss 100, i det medfølgende oppsettet.
  const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE");
  const folk = [["kommunenummer", "navn", "kundetype", "innbyggere_2027"], ...kommuner.map((k) => [k.nummer, k.navn, "KOMMUNE", k.innbyggere[2026] + 100])];
  const omrade = `Folk!$A$1:$D$${folk.length}`;
  const hf = lagArbeidsbok({
    Folk: folk,
    Ark: [[
      `=KS.INNBYGGERE("Lillestrøm";2027;${omrade})`, `=KS.PLANINNBYGGERE("Lillestrøm";2028;;${omrade})`,
      `=KS.PLANINNBYGGERE("Lillestrøm";2029;"1 %";${omrade})`, `=KS.INNBYGGERE("Akershus";2027;${omrade})`, '=KS.INNBYGGERE("Lillestrøm";2027)',
    ]],
  });
  const ark = hf.getSheetId("Ark")!;
  const celle = (col: number) => hf.getCellValue({ sheet: ark, row: 0, col });
  // 96 771 + 100; 2028 bruker 1.1.2027; 2029: 96 871 · 1,01 = 97 839,71 → 97 840; Akershus: 749 207 + 21 · 100
  expect([0, 1, 2, 3].map(celle)).toEqual([96871, 96871, 97840, 751307]);
  expect((celle(4) as DetailedCellError).message).toContain("Argumentet «ar» må være 2024, 2025 eller 2026");
  hf.setCellContents({ sheet: hf.getSheetId("Folk")!, row: 5, col: 3 }, "-5");
  expect((celle(0) as DetailedCellError).message).toContain(`Folketallsområdet, linje 6, ${kommuner[4].nummer} (2027): innbyggertallet kan ikke være negativt, fikk «-5».`);
});
