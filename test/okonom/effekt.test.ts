import eksempelCsv from "../../data/eksempel-kunder.csv";
import { beregnEffekt, csvTilCeller, type Effektresultat, STANDARD_PRISMATRISE, tolkKundeliste } from "../../src/core";
import { modell, rund } from "./brok";

// Det håndkontrollerte kundesettet data/eksempel-kunder.csv. Prisene for 2025 (den publiserte matrisen),
// innbyggertall 1. januar 2024 (SSB): Utsira 215, Bergen 291 940, Tromsø (5501) 78 745, Lillestrøm (3205) 94 201,
// Vestland 651 299, Akershus 728 803. Pref: kommuner 717 710 (Oslo), fylkeskommuner 728 803 (Akershus).
const PK = 717_710;
const PF = 728_803;
/** Én linje: modell 1 regnet med uavhengige brøker og avrundet halvt opp til hele kroner. */
const k = (f: string, r: string, a: string, p: number) => Number(rund(modell(f, r, a, p, PK)));
const fy = (f: string, r: string, a: string, p: number) => Number(rund(modell(f, r, a, p, PF)));

let resultat: Effektresultat;
beforeAll(() => {
  resultat = beregnEffekt(tolkKundeliste(csvTilCeller(eksempelCsv)), STANDARD_PRISMATRISE);
});

const kunde = (navn: string) => {
  const r = resultat.kunder.find((x) => x.kunde.navn === navn);
  if (!r) throw new Error(`fant ikke ${navn}`);
  return r;
};
const linjer = (navn: string) => Object.fromEntries(kunde(navn).linjer.map((l) => [l.tjeneste, l.pris.toNumber()]));

describe("effektanalyse av det håndregnede kundesettet", () => {
  test("Utsira: grunnfinansiering + Digisos + Folkeregister", () => {
    // Grunnfinansiering: 16 500 + 6,345·215·(1 − 0,10·215/717 710) = 17 864,134… → 17 864
    // Digisos:            3 000 + 0,636·215·(1 − 0,30·215/717 710) =  3 136,727… →  3 137
    // Folkeregister:      9 000 + 0,84·215·(1 − 0,30·215/717 710)  =  9 180,583… →  9 181
    expect(k("16500", "6.345", "0.10", 215)).toBe(17_864);
    expect(linjer("Utsira")).toEqual({ Grunnfinansiering: 17_864, "Fiks Digisos": 3_137, "Fiks Folkeregister": 9_181 });
    // Total 17 864 + 3 137 + 9 181 = 30 182; i dag 15 091 → +15 091 kr = +100 % nøyaktig.
    expect(kunde("Utsira").ny.toNumber()).toBe(17_864 + 3_137 + 9_181);
    expect(kunde("Utsira").endringKr?.toNumber()).toBe(30_182 - 15_091);
    expect(kunde("Utsira").endringProsent?.toNumber()).toBe(100);
  });

  test("Bergen: «alle» = alle tolv matrisetjenester priset for kommuner, ikke SvarUt", () => {
    const P = 291_940;
    const forventet = {
      Grunnfinansiering: k("16500", "6.345", "0.10", P), // 1 793 511,63 → 1 793 512
      "Fiks Digisos": k("3000", "0.636", "0.3", P), // 166 016,10 → 166 016
      "Fiks Bekymringsmelding": k("3000", "0.636", "0.3", P),
      "Digitalt ledsagerbevis": k("3000", "1.2", "0.3", P), // 310 577,55 → 310 578
      "KS Læring": k("18000", "1.56", "0.3", P), // 417 850,81 → 417 851
      "Fiks Digiorden": k("6000", "2.04", "0.3", P), // 528 881,83 → 528 882
      "Fiks Smittevern": k("18000", "1.2", "0.3", P), // 325 577,55 → 325 578
      "Fiks Folkeregister": k("9000", "0.84", "0.3", P), // 224 304,28 → 224 304
      "Fiks Kjøretøyregister": k("9000", "0.24", "0.3", P), // 70 515,51 → 70 516
      "Skatte- og inntektsopplysninger": k("9000", "0.54", "0.3", P), // 147 409,90 → 147 410
      "Fiks Melding": 9_000, // bare fastpris
      "Fiks Protokoller": k("18000", "0.48", "0.3", P), // 141 031,02 → 141 031
    };
    expect(forventet.Grunnfinansiering).toBe(1_793_512);
    expect(linjer("Bergen")).toEqual(forventet);
    const total = Object.values(forventet).reduce((a, b) => a + b, 0);
    expect(total).toBe(4_300_694);
    expect(kunde("Bergen").ny.toNumber()).toBe(total);
    // i dag 4 000 000 → +300 694 kr (7,52 %)
    expect(kunde("Bergen").endringKr?.toNumber()).toBe(300_694);
  });

  test("Tromsø (5501) med SvarUt-volumer: 3 000 + 1 000·1,05 + 20 000·0,50 + 500·1,10 = 14 600", () => {
    expect(linjer("Tromsø")).toEqual({
      Grunnfinansiering: k("16500", "6.345", "0.10", 78_745), // 510 655,16 → 510 655
      "Fiks Digisos": k("3000", "0.636", "0.3", 78_745), // 51 433,37 → 51 433
      SvarUt: 3_000 + 1_050 + 10_000 + 550,
    });
    // 510 655 + 51 433 + 14 600 = 576 688; i dag 436 688 → +140 000 kr, 140 000 / 436 688 = 32,06 %
    expect(kunde("Tromsø").ny.toNumber()).toBe(576_688);
    expect(kunde("Tromsø").endringProsent?.toFixed(2)).toBe("32.06");
  });

  test("Lillestrøm (3205): Min kommune har ingen ny pris; endring nøyaktig 40 000 kr", () => {
    expect(linjer("Lillestrøm")).toEqual({
      Grunnfinansiering: k("16500", "6.345", "0.10", 94_201), // 606 360,33 → 606 360
      "Fiks Digiorden": k("6000", "2.04", "0.3", 94_201), // 190 603,22 → 190 603
    });
    // 606 360 + 190 603 = 796 963; i dag 756 963 → +40 000 kr
    expect(kunde("Lillestrøm").endringKr?.toNumber()).toBe(40_000);
  });

  test("fylkeskommunene: Vestland +40 001 kr, Akershus betaler mindre enn Vestland", () => {
    expect(linjer("Vestland")).toEqual({
      Grunnfinansiering: fy("150000", "1.05", "0.60", 651_299), // 467 180,57 → 467 181
      "KS Læring": fy("18000", "0.39", "0.3", 651_299), // 203 908,27 → 203 908
      "Fiks Protokoller": fy("18000", "0.12", "0.3", 651_299), // 75 202,54 → 75 203
    });
    // 467 181 + 203 908 + 75 203 = 746 292; i dag 706 291 → +40 001
    expect(kunde("Vestland").endringKr?.toNumber()).toBe(40_001);
    // Akershus = Pref: 150 000 + 1,05·728 803·(1 − 0,6) = 456 097,26 → 456 097; i dag 500 000 → −43 903
    expect(linjer("Akershus")).toEqual({ Grunnfinansiering: 456_097 });
    expect(kunde("Akershus").endringKr?.toNumber()).toBe(-43_903);
  });

  test("statlige betaler fastpris statlige og ingen grunnfinansiering; IKS har ingen pris", () => {
    expect(linjer("Digitaliseringsdirektoratet")).toEqual({ "KS Læring": 54_000 });
    expect(kunde("Digitaliseringsdirektoratet").endringKr?.toNumber()).toBe(0);
    expect(linjer("Statens vegvesen")).toEqual({ "Fiks Protokoller": 60_000 });
    // (60 000 − 37 500) / 37 500 = 60 % nøyaktig
    expect(kunde("Statens vegvesen").endringProsent?.toNumber()).toBe(60);
    expect(kunde("Vestfold IKT IKS").ny.toNumber()).toBe(0);
    expect(kunde("Vestfold IKT IKS").endringProsent?.toNumber()).toBe(-100);
  });

  test("Nykommune uten pris i dag havner utenfor båndene", () => {
    // 16 500 + 6,345·5 000·(1 − 0,1·5 000/717 710) = 48 202,90 → 48 203; Smittevern 23 987,46 → 23 987
    expect(kunde("Nykommune").ny.toNumber()).toBe(48_203 + 23_987);
    expect(kunde("Nykommune").endringKr).toBeNull();
    expect(kunde("Nykommune").prosentband).toBeNull();
  });

  test("fordeling per kundetype etter prosent og kroner, med kantene 0, 60 %, 100 %, 40 000 og 40 001", () => {
    const tabell = (f: Effektresultat["prosentfordeling"]) =>
      Object.fromEntries(f.map((x) => [x.kundetype, [...x.band.map((b) => b.antall), x.utenGrunnlag]]));
    // Prosent: Kostnadsreduksjon | 0–29 | 29–60 | 60–100 | over 100 | uten grunnlag
    // KOMMUNE: Bergen 7,5 % og Lillestrøm 5,3 % → 0–29; Tromsø 32,1 % → 29–60; Utsira 100 % → 60–100; Nykommune uten.
    // FYLKESKOMMUNE: Akershus −8,8 % → reduksjon; Vestland 5,7 %.
    // STATLIG: Digdir 0 % → 0–29 (0 er ikke en reduksjon); Vegvesen 60 % → 29–60 (60 hører til båndet under).
    // IKS: −100 % → reduksjon.
    expect(tabell(resultat.prosentfordeling)).toEqual({
      KOMMUNE: [0, 2, 1, 1, 0, 1],
      FYLKESKOMMUNE: [1, 1, 0, 0, 0, 0],
      STATLIG_VIRKSOMHET: [0, 1, 1, 0, 0, 0],
      KOMMUNAL_VIRKSOMHET_IKS: [1, 0, 0, 0, 0, 0],
    });
    // Kroner: reduksjon | 0–40 000 | 40 001–100 000 | 100 001–250 000 | over 250 000 | uten
    // KOMMUNE: Utsira 15 091 og Lillestrøm 40 000 → 0–40 000; Tromsø 140 000; Bergen 300 694.
    // FYLKESKOMMUNE: Akershus −43 903; Vestland 40 001 → 40 001–100 000.
    expect(tabell(resultat.kronefordeling)).toEqual({
      KOMMUNE: [0, 2, 0, 1, 1, 1],
      FYLKESKOMMUNE: [1, 0, 1, 0, 0, 0],
      STATLIG_VIRKSOMHET: [0, 2, 0, 0, 0, 0],
      KOMMUNAL_VIRKSOMHET_IKS: [1, 0, 0, 0, 0, 0],
    });
    const kommune = resultat.prosentfordeling[0];
    expect(kommune.band[1].andel?.toNumber()).toBe(0.5); // 2 av de 4 kommunene med pris i dag
    expect(kommune.band.map((b) => b.etikett)).toEqual(["under 0 %", "0–29 %", "over 29–60 %", "over 60–100 %", "over 100 %"]);
    expect(resultat.kronefordeling[0].band.map((b) => b.etikett)).toEqual([
      "under 0 kr", "0–40 000 kr", "over 40 000–100 000 kr", "over 100 000–250 000 kr", "over 250 000 kr",
    ]);
  });

  test("inntekt per tjeneste og totalt, gammelt mot nytt", () => {
    const inntekt = Object.fromEntries(resultat.tjenester.map((t) => [t.tjeneste, [t.antallKunder, t.inntekt.toNumber()]]));
    // Grunnfinansiering: Utsira 17 864 + Bergen 1 793 512 + Tromsø 510 655 + Nykommune 48 203 + Lillestrøm 606 360
    //                    + Vestland 467 181 + Akershus 456 097 = 3 899 872 (7 kunder)
    expect(inntekt.Grunnfinansiering).toEqual([7, 17_864 + 1_793_512 + 510_655 + 48_203 + 606_360 + 467_181 + 456_097]);
    // KS Læring: Bergen 417 851 + Vestland 203 908 + Digdir 54 000
    expect(inntekt["KS Læring"]).toEqual([3, 417_851 + 203_908 + 54_000]);
    // Protokoller: Bergen 141 031 + Vestland 75 203 + Vegvesen 60 000
    expect(inntekt["Fiks Protokoller"]).toEqual([3, 141_031 + 75_203 + 60_000]);
    expect(inntekt.SvarUt).toEqual([1, 14_600]);
    const totalNy = 30_182 + 4_300_694 + 576_688 + 72_190 + 796_963 + 746_292 + 456_097 + 54_000 + 60_000 + 0;
    expect(resultat.total.ny.toNumber()).toBe(totalNy);
    // Gammelt: alle dagens priser (Nykommune har ingen): 15 091 + 4 000 000 + 436 688 + 756 963 + 706 291 + 500 000 + 54 000 + 37 500 + 10 000
    const gammel = 15_091 + 4_000_000 + 436_688 + 756_963 + 706_291 + 500_000 + 54_000 + 37_500 + 10_000;
    expect(resultat.total.gammel.toNumber()).toBe(gammel);
    expect(resultat.total.nyMedGrunnlag.toNumber()).toBe(totalNy - 72_190);
    expect(resultat.total.endringKr.toNumber()).toBe(totalNy - 72_190 - gammel);
    expect(resultat.total.medGrunnlag).toBe(9);
    expect(resultat.grunnlinje).toBe("dagens_pris");
  });
});
