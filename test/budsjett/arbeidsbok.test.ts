/**
 * Budsjettfunksjonene i en regnearkmotor (HyperFormula, norsk syntaks): et budsjettark med levende formler der
 * befolkningsvekst og prisjustering er celler. Tallene er regnet for hånd i budsjett.test.ts (Bodø-eksempelet).
 */
import { DetailedCellError, type HyperFormula } from "hyperformula";
import {
  beregnBudsjett, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett,
} from "../../src/core";
import { lagArbeidsbok } from "../funksjoner/hyperformula-ks";
import { BODO_BUDSJETT } from "../hjelpere/bodo";
import { installerCustomFunctions } from "../funksjoner/oppsett";

beforeAll(() => installerCustomFunctions());

const AR = [2026, 2027, 2028, 2029];
const KOLONNER = ["C", "D", "E", "F"];
const TJENESTER: [string, string | null][] = [
  ["Grunnfinansiering", null], ["Fiks Digisos", null], ["Digitalt ledsagerbevis", null], ["Fiks Digiorden", "2026-K3"],
];

/**
 * Arket «Plan»: B1 innbyggere, B2 vekst, B3 prisjustering, B4 første år. Rad 6 årstall; rad 7–10 årspris,
 * rad 11 SvarUt (justert eksakt pris), rad 13–17 årets beløp, rad 18 sum; rad 20 kvartalsnummer og rad 21–25
 * kvartalene i 2026; rad 27 innbyggertallet per år.
 */
function lagBok(): HyperFormula {
  const n = (k: string) => `${k}$6-$B$4`;
  const rader: unknown[][] = [
    ["Innbyggere", '=KS.INNBYGGERE("Bodø")'],
    ["Vekst", 0.01],
    ["Prisjustering", 0.03],
    ["Fra", 2026],
    [],
    ["Tjeneste", "Oppstart", ...AR],
    ...TJENESTER.map(([t, o], i) => [t, o, ...KOLONNER.map((k) => `=KS.ÅRSPRIS($A${7 + i};$B$1;${n(k)};$B$2;$B$3)`)]),
    ["SvarUt", null, ...KOLONNER.map((k) => `=KS.JUSTERTPRIS(KS.SVARUTPRIS(1000;50000;200;;;10);$B$3;${n(k)})`)],
    [],
    ...[...TJENESTER, ["SvarUt", null]].map((_, i) => [`=A${7 + i}`, `=B${7 + i}`, ...KOLONNER.map((k) => `=KS.ÅRSBELØP(${k}${7 + i};${k}$6;$B${7 + i})`)]),
    ["Sum", null, ...KOLONNER.map((k) => `=SUMMER(${k}13:${k}17)`)],
    [],
    ["Kvartal 2026", null, 1, 2, 3, 4],
    ...[...TJENESTER, ["SvarUt", null]].map((_, i) => [`=A${7 + i}`, `=B${7 + i}`, ...KOLONNER.map((k) => `=KS.KVARTALSBELØP($C${7 + i};$C$6;${k}$20;$B${7 + i})`)]),
    [],
    ["Innbyggere", null, ...KOLONNER.map((k) => `=KS.INNBYGGERVEKST($B$1;$B$2;${n(k)})`)],
  ];
  return lagArbeidsbok({ Plan: rader });
}

const verdi = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId("Plan")!)!);
const rad = (hf: HyperFormula, r: number) => KOLONNER.map((k) => verdi(hf, `${k}${r}`));

test("årspris, årets beløp, kvartaler og innbyggertall som i det håndregnede eksempelet", () => {
  const hf = lagBok();
  expect(rad(hf, 27)).toEqual([53712, 54249, 54792, 55340]);
  // 2026: kalkulatorens priser; 2027: · 1,03 med 54 249 innbyggere; SvarUt 29 270 · 1,03^n med volumene uendret
  expect(verdi(hf, "C7")).toBe(354752);
  expect(verdi(hf, "D7")).toBe(368851);
  expect(verdi(hf, "F7")).toBe(398763);
  expect(rad(hf, 8).slice(0, 2)).toEqual([36394, 37822]);
  expect(rad(hf, 10).slice(0, 2)).toEqual([113112, 117583]);
  expect(rad(hf, 11)).toEqual([29270, 30148, 31053, 31984]);
  // Digiorden fra 2026-K3: 113 112 · 2/4 = 56 556 i 2026, deretter hele årsprisen
  expect(rad(hf, 16).slice(0, 2)).toEqual([56556, 117583]);
  // 2026 uten Digifin: 354 752 + 36 394 + 66 007 + 56 556 + 29 270 = 542 979; 2027: 623 025 (som planen)
  expect(rad(hf, 18).slice(0, 2)).toEqual([542979, 623025]);
  expect(rad(hf, 21)).toEqual([88688, 88688, 88688, 88688]);
  expect(rad(hf, 22)).toEqual([9098, 9098, 9099, 9099]);
  expect(rad(hf, 24)).toEqual([0, 0, 28278, 28278]);
});

test("arket og kommandolinjens plan gir de samme tallene i hver celle", () => {
  const hf = lagBok();
  const plan = beregnBudsjett(
    BODO_BUDSJETT,
    tolkBudsjett({ fra: 2026, befolkningsvekst: 1.0, prisjustering: 3.0, oppstart: { "Fiks Digiorden": "2026-K3" } }),
    { matrise: STANDARD_PRISMATRISE, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER },
  );
  const radnr = (tjeneste: string) => 7 + [...TJENESTER.map(([t]) => t), "SvarUt"].indexOf(tjeneste);
  plan.ar.forEach((a, i) => {
    for (const l of a.linjer) {
      expect(verdi(hf, `${KOLONNER[i]}${radnr(l.tjeneste)}`)).toBe(l.arspris);
      expect(verdi(hf, `${KOLONNER[i]}${radnr(l.tjeneste) + 6}`)).toBe(l.belop);
      if (a.ar === 2026) expect(rad(hf, radnr(l.tjeneste) + 14)).toEqual(l.kvartal);
    }
    expect(verdi(hf, `${KOLONNER[i]}18`)).toBe(a.sum);
  });
});

test("vekst og prisjustering er celler: endres de, følger hvert tall med", () => {
  const hf = lagBok();
  const plan = hf.getSheetId("Plan")!;
  hf.setCellContents({ sheet: plan, row: 1, col: 1 }, 0);
  hf.setCellContents({ sheet: plan, row: 2, col: 1 }, 0);
  // Uten vekst og justering er årsprisen den samme hvert år, og hele året er kalkulatorens pris.
  expect(rad(hf, 7)).toEqual([354752, 354752, 354752, 354752]);
  expect(rad(hf, 27)).toEqual([53712, 53712, 53712, 53712]);
  // 2027: 354 752 + 36 394 + 66 007 + 113 112 + 29 270 = 599 535
  expect(verdi(hf, "D18")).toBe(599535);
  hf.setCellContents({ sheet: plan, row: 2, col: 1 }, "2 %");
  // SvarUt 29 270 · 1,02³ = 31 061,80… → 31 062
  expect(verdi(hf, "F11")).toBe(31062);
});

test.each([
  ['=KS.ÅRSPRIS("Fiks Digisos";53712;10)', "Argumentet «ar_nr» er for stort, fikk 10: høyeste tillatte er 9."],
  ['=KS.ÅRSPRIS("Fiks Digisos";53712;1,5)', "Argumentet «ar_nr» må være et heltall (fra 0 (planens første år) til 9), fikk 1,5"],
  ['=KS.ÅRSPRIS("Fiks Digisos";53712;1;3)', "Argumentet «vekst» må være fra −10 % til 20 % (f.eks. 3 % eller 0,03), fikk 3"],
  ['=KS.ÅRSPRIS("SvarUt";53712;1)', "SvarUt prises etter antall transaksjoner"],
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
    ]],
  });
  // 53 712 · 1,0201 = 54 791,6112 → 54 792; år 0 uten vekst og justering = KS.FIKSPRIS; 10 · 1/4 = 2,5 → 3;
  // 11 kr på fire kvartaler: 2, 3, 3, 3; K1 før oppstart i K2 er 0
  expect(hf.getSheetValues(0)).toEqual([[54792, 36394, 3, 2, 0]]);
});
