/**
 * Budsjettet og økonomiplanen: eksempelet for Bodø regnet for hånd, beslutningene der budsjettreglene ellers er tause,
 * og egenskaper mot en uavhengig BigInt-fasit og mot kalkulatoren.
 */
import fc from "fast-check";
import {
  beregnBudsjett, beregnKalkulator, type Budsjett, type Budsjettlinje, finnOrganisasjon, type Kalkulatorinput, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN,
  STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett, type Tjenestevalg,
} from "../../src/core";
import {
  arsbelopFasit, arsprisFasit, digifinFasit, type Fasitkundetype, innbyggereFasit, matriseprisFasit, svarutFasit, TITUSENDELER,
  tilbudt,
} from "./referanse";
import { BODO_BEFOLKNING, BODO_BUDSJETT as BODO, BODO_BUDSJETTFIL as eksempel } from "../hjelpere/bodo";
import { rund } from "../okonom/brok";

const TABELLER = { matrise: STANDARD_PRISMATRISE, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER };
const plan = (input: Kalkulatorinput, budsjett: unknown) => beregnBudsjett(input, tolkBudsjett(budsjett), TABELLER);

// Eksempelet i docs/budsjett.md: Bodø med budsjettseksjonen i docs/eksempel-budsjett.json, planen 2027–2030 på
// folkemengden 1. januar 2026 (53 638) og 2025-prisene justert fram til hvert år.
const PLAN = eksempel.budsjett;

test("eksempelfilen har budsjettseksjonen som docs/budsjett.md beskriver, og befolkningsåret passer planen", () => {
  expect(PLAN).toEqual({
    fra: 2027, ar: 4, befolkningsvekst: 1.0, prisjustering: 3.0,
    oppstart: { "Fiks Digiorden": "2027-K3" },
    digifin: [{ losning: "Digihelse", kvartal: "2027-K2", medlemskap: false }],
  });
  expect(eksempel.ar).toBe(2026);
  expect(eksempel.vurder).toEqual(["Digitalt ledsagerbevis", "Fiks Digiorden"]);
  expect([BODO.kundetype, BODO.innbyggere]).toEqual(["KOMMUNE", 53638]);
});

const linje = (b: Budsjett, ar: number, tjeneste: string): Budsjettlinje => {
  const l = b.ar.find((a) => a.ar === ar)?.linjer.find((x) => x.tjeneste === tjeneste);
  if (!l) throw new Error(`fant ikke ${tjeneste} i ${ar}`);
  return l;
};

describe("Bodø-eksempelet: 2027–2030, 1 % vekst, 3 % prisjustering, Digiorden fra K3, Digihelse i K2", () => {
  const b = beregnBudsjett(BODO, tolkBudsjett(PLAN), TABELLER, BODO_BEFOLKNING);

  test("innbyggertallet: 1.1.2026 for 2027, så framskrevet fra det: 53 638 · 1,01^n avrundet halvt opp", () => {
    // 54 174,38 → 54 174; 54 716,1238 → 54 716; 55 263,285038 → 55 263
    expect(b.ar.map((a) => [a.ar, a.innbyggere])).toEqual([[2027, 53638], [2028, 54174], [2029, 54716], [2030, 55263]]);
    expect(b.ar.map((a) => a.innbyggerkilde)).toEqual([
      { type: "kjent", befolkningsar: 2026 }, { type: "framskrevet", fra: 2026, ar: 1 },
      { type: "framskrevet", fra: 2026, ar: 2 }, { type: "framskrevet", fra: 2026, ar: 3 },
    ]);
    expect(b.ar.map((a) => a.prisjusteringsar)).toEqual([2, 3, 4, 5]);
    expect([b.prisar, b.advarsler]).toEqual([2025, []]);
    // Et oppgitt innbyggertall på 53 638 er planens første år og gir nøyaktig de samme tallene.
    const oppgitt = plan(BODO, PLAN);
    expect(oppgitt.ar.map((a) => [a.innbyggere, a.linjer])).toEqual(b.ar.map((a) => [a.innbyggere, a.linjer]));
    expect(oppgitt.ar[1].innbyggerkilde).toEqual({ type: "oppgitt", ar: 1 });
  });

  test("2027: 2025-prisene · 1,03² = 1,0609, Digiorden et halvt år, Digihelse-avgiften i K2", () => {
    const a = b.ar[0];
    expect(a.linjer).toEqual([
      // (16 500 + 6,345 · 53 638 · (1 − 0,1 · 53 638 / 717 710)) · 1,0609 = 354 289,63 · 1,0609 = 375 865,87 → 375 866 = 4 · 93 966 + 2
      { tjeneste: "Grunnfinansiering", type: "grunnfinansiering", arspris: 375866, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 375866, kvartal: [93966, 93966, 93967, 93967] },
      // (3 000 + 0,636 · 53 638 · (1 − 0,3 · 53 638 / 717 710)) · 1,0609 = 36 348,92 · 1,0609 = 38 562,57 → 38 563 = 4 · 9 640 + 3
      { tjeneste: "Fiks Digisos", type: "tjeneste", arspris: 38563, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 38563, kvartal: [9640, 9641, 9641, 9641] },
      // (3 000 + 1 000 · 1,05 + 50 000 · 0,50 + 200 · 1,10) · 1,0609 = 29 270 · 1,0609 = 31 052,543 → 31 053 = 4 · 7 763 + 1
      { tjeneste: "SvarUt", type: "tjeneste", arspris: 31053, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 31053, kvartal: [7763, 7763, 7763, 7764] },
      // (3 000 + 1,2 · 53 638 · (1 − 0,3 · 53 638 / 717 710)) · 1,0609 = 65 922,49 · 1,0609 = 69 937,17 → 69 937 = 4 · 17 484 + 1
      { tjeneste: "Digitalt ledsagerbevis", type: "tillegg", arspris: 69937, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 69937, kvartal: [17484, 17484, 17484, 17485] },
      // (6 000 + 2,04 · 53 638 · (1 − 0,3 · 53 638 / 717 710)) · 1,0609 = 112 968,24 · 1,0609 = 119 848,00 → 119 848; · 2/4 = 59 924 = 2 · 29 962
      { tjeneste: "Fiks Digiorden", type: "tillegg", arspris: 119848, aktiveKvartaler: 2, forsteKvartal: 3, oppstart: { ar: 2027, kvartal: 3 }, digifin: null, belop: 59924, kvartal: [0, 0, 29962, 29962] },
      // 40 000 + 4 · 53 638 = 254 552 (5 000 innbyggere eller flere), uten prisjustering
      { tjeneste: "Digifin-avgift Digihelse", type: "digifin", arspris: null, aktiveKvartaler: 1, forsteKvartal: 2, oppstart: { ar: 2027, kvartal: 2 }, digifin: { losning: "Digihelse", medlemskap: false }, belop: 254552, kvartal: [0, 254552, 0, 0] },
    ]);
    // 375 866 + 38 563 + 31 053 + 69 937 + 59 924 + 254 552 = 829 895
    expect(a.sum).toBe(829895);
    // K1 = 93 966 + 9 640 + 7 763 + 17 484 = 128 853; K2 = 128 854 + 254 552 = 383 406;
    // K3 = 93 967 + 9 641 + 7 763 + 17 484 + 29 962 = 158 817; K4 = 93 967 + 9 641 + 7 764 + 17 485 + 29 962 = 158 819
    expect(a.kvartal).toEqual([128853, 383406, 158817, 158819]);
  });

  test("2028: 54 174 innbyggere og 2025-prisene · 1,03³; Digiorden hele året; ingen Digifin-avgift", () => {
    // SvarUt: 29 270 · 1,092727 = 31 984,12 → 31 984 (volumene står)
    expect(linje(b, 2028, "SvarUt").arspris).toBe(31984);
    // Grunnfinansiering: (16 500 + 6,345 · 54 174 · (1 − 0,1 · 54 174 / 717 710)) · 1,092727 = 357 637,54 · 1,092727 = 390 800,5… → fasiten under
    expect(linje(b, 2028, "Grunnfinansiering").arspris).toBe(arsprisFasit(matriseprisFasit("Grunnfinansiering", "KOMMUNE", 54174), 3 * TITUSENDELER, 3));
    expect(linje(b, 2028, "Fiks Digiorden")).toMatchObject({ aktiveKvartaler: 4, belop: linje(b, 2028, "Fiks Digiorden").arspris });
    expect(linje(b, 2028, "Digifin-avgift Digihelse")).toMatchObject({ aktiveKvartaler: 0, belop: 0, kvartal: [0, 0, 0, 0] });
  });

  test("planens sum er summen av årene; Min kommune er ikke med, men nevnes", () => {
    expect(b.ar.map((a) => a.sum)).toEqual([829895, 660151, 686026, 712913]);
    expect(b.sum).toBe(829895 + 660151 + 686026 + 712913);
    expect([b.ar[0].tjenestesum, b.ar[0].digifinsum, b.ar[1].digifinsum]).toEqual([829895 - 254552, 254552, 0]);
    expect(b.linjesummer[b.ar[0].linjer.findIndex((l) => l.type === "digifin")]).toBe(254552);
    expect(b.utenNyPris).toEqual(["Min kommune"]);
    expect(b.ar.every((a) => a.linjer.every((l) => l.tjeneste !== "Min kommune"))).toBe(true);
  });
});

describe("kalenderen: år Y bruker folkemengden 1. januar Y − 1 og 2025-prisene justert Y − 2025 år", () => {
  const lillestrom = finnOrganisasjon("Lillestrøm");
  const digisos: Kalkulatorinput = { kundetype: "KOMMUNE", innbyggere: lillestrom.innbyggere[2026], tjenester: [{ tjeneste: "Fiks Digisos" }], vurder: [] };
  const kjent = (scenarioar: number | null) => ({ grunnlag: { type: "kjent" as const, tall: lillestrom.innbyggere }, scenarioar });

  test("Lillestrøm fra 2027: 96 771 innbyggere (1.1.2026) og 2025-prisene justert to år, eksakt mot BigInt", () => {
    const b = beregnBudsjett(digisos, tolkBudsjett({ fra: 2027, ar: 2, prisjustering: 3.0, befolkningsvekst: 1.0 }), TABELLER, kjent(null));
    expect(b.ar[0]).toMatchObject({ ar: 2027, innbyggere: 96771, innbyggerkilde: { type: "kjent", befolkningsar: 2026 }, prisjusteringsar: 2 });
    // (3 000 + 0,636 · 96 771 · (1 − 0,3 · 96 771 / 717 710)) · 1,03² = 62 056,75… · 1,0609 = 65 836,0… → 65 836
    const fasit = arsprisFasit(matriseprisFasit("Fiks Digisos", "KOMMUNE", 96771), 3 * TITUSENDELER, 2);
    expect(fasit).toBe(65836);
    expect(linje(b, 2027, "Fiks Digisos").arspris).toBe(fasit);
    expect(linje(b, 2027, "Grunnfinansiering").arspris).toBe(arsprisFasit(matriseprisFasit("Grunnfinansiering", "KOMMUNE", 96771), 3 * TITUSENDELER, 2));
    // 2028: 1.1.2027 er ikke kjent: 96 771 · 1,01 = 97 738,71 → 97 739, og prisene justert tre år.
    expect(b.ar[1]).toMatchObject({ ar: 2028, innbyggere: 97739, innbyggerkilde: { type: "framskrevet", fra: 2026, ar: 1 }, prisjusteringsar: 3 });
  });

  test("Lillestrøm med 2026-befolkningen i kalkulatoren: prisen er eksakt som BigInt-fasiten", () => {
    const kalkulator = beregnKalkulator(digisos, STANDARD_PRISMATRISE, STANDARD_SVARUT);
    const rad = kalkulator.rader.find((r) => r.tjeneste === "Fiks Digisos")!;
    expect(rad.ny?.toNumber()).toBe(Number(rund(matriseprisFasit("Fiks Digisos", "KOMMUNE", 96771))));
  });

  test("KS' publiserte 2025-tabell: en plan for 2025 bruker 1.1.2024 og prisene uten justering", () => {
    const b = beregnBudsjett(digisos, tolkBudsjett({ fra: 2025, ar: 3, prisjustering: 3.0 }), TABELLER, kjent(2024));
    expect(b.ar.map((a) => [a.ar, a.innbyggere, a.prisjusteringsar])).toEqual([[2025, 94201, 0], [2026, 95762, 1], [2027, 96771, 2]]);
    expect(linje(b, 2025, "Fiks Digisos").arspris).toBe(Number(rund(matriseprisFasit("Fiks Digisos", "KOMMUNE", 94201))));
    expect(b.advarsler).toEqual([]);
  });

  test("et befolkningsår som ikke passer planen gir en tydelig advarsel, aldri stillhet", () => {
    const b = beregnBudsjett(digisos, tolkBudsjett({ fra: 2026 }), TABELLER, kjent(2024));
    expect(b.ar[0].innbyggere).toBe(95762);
    expect(b.advarsler).toEqual([
      "Scenariet oppgir befolkningsåret 2024, men prisene for 2026 bygger på folkemengden 1. januar 2025: planen bruker " +
        "innbyggertallet 1. januar 2025 (95 762) i 2026 og følger kalenderen videre. Sett befolkningsåret til 2025, eller planens første år til 2025.",
    ]);
  });

  test("et oppgitt innbyggertall er første års og vokser derfra; en matrise for 2027 kan ikke prise 2026", () => {
    const b = plan({ ...digisos, innbyggere: 100_000 }, { fra: 2027, ar: 2, befolkningsvekst: 1.0 });
    expect(b.ar.map((a) => [a.innbyggere, a.innbyggerkilde])).toEqual([[100000, { type: "oppgitt", ar: 0 }], [101000, { type: "oppgitt", ar: 1 }]]);
    const m2027 = { ...STANDARD_PRISMATRISE, prisar: 2027 };
    expect(() => beregnBudsjett(digisos, tolkBudsjett({ fra: 2026 }), { ...TABELLER, matrise: m2027 }))
      .toThrow("Prisene gjelder 2027, men året er 2026: velg første år 2027 eller senere, eller en prismatrise for 2026.");
    // Med en matrise for 2027 er 2027 prisåret: ingen justering første år.
    expect(beregnBudsjett(digisos, tolkBudsjett({ fra: 2027, prisjustering: 3.0 }), { ...TABELLER, matrise: m2027 }).ar[0].prisjusteringsar).toBe(0);
  });
});

describe("beslutninger der budsjettreglene ellers er tause", () => {
  const enkel: Kalkulatorinput = { kundetype: "KOMMUNE", innbyggere: 53712, tjenester: [{ tjeneste: "Fiks Digisos" }], vurder: [] };

  test("Digifin-avgiften bruker innbyggertallet i sitt år og får ingen prisjustering", () => {
    const b = plan(enkel, { fra: 2026, befolkningsvekst: 1.0, prisjustering: 3.0, digifin: [{ losning: "Digihelse", kvartal: "2028-K4", medlemskap: true }] });
    // 2028: 54 792 innbyggere; 40 000 + 4 · 54 792 + 20 · 54 792 (medlemskap) = 1 355 008, uten · 1,03²
    const l = linje(b, 2028, "Digifin-avgift Digihelse med medlemskap");
    expect(l).toMatchObject({ belop: 1355008, kvartal: [0, 0, 0, 1355008], arspris: null });
    expect(b.ar.map((a) => a.linjer.find((x) => x.type === "digifin")?.belop)).toEqual([0, 0, 1355008, 0]);
  });

  test("Digiorden-avgiften etter trinnene (ingen variabelledd)", () => {
    const b = plan({ ...enkel, innbyggere: 10000 }, { fra: 2026, ar: 1, digifin: [{ losning: "Fiks Digiorden" }] });
    // 5 000–10 000 innbyggere: 40 000 kr, betalt i første kvartal når kvartalet er utelatt
    expect(linje(b, 2026, "Digifin-avgift Digiorden")).toMatchObject({ belop: 40000, kvartal: [40000, 0, 0, 0] });
  });

  test("oppstart for grunnfinansiering, Min kommune eller en tjeneste utenfor scenariet er en feil", () => {
    const medMinKommune = { ...enkel, tjenester: [...enkel.tjenester, { tjeneste: "Min kommune" }] };
    expect(() => plan(enkel, { fra: 2026, oppstart: { Grunnfinansiering: "2026-K2" } }))
      .toThrow('budsjett.oppstart["Grunnfinansiering"]: grunnfinansieringen betales hele året av alle kommuner og fylkeskommuner fra 2025 og kan ikke ha egen oppstart.');
    expect(() => plan(medMinKommune, { fra: 2026, oppstart: { Minside: "2026-K2" } }))
      .toThrow('budsjett.oppstart["Minside"]: Min kommune har ingen ny pris (den inngår i grunnfinansieringen fra 2025), så den har ingen oppstart i planen.');
    expect(() => plan(enkel, { fra: 2026, oppstart: { "Fiks Smittevern": "2026-K2" } }))
      .toThrow('budsjett.oppstart["Fiks Smittevern"]: Fiks Smittevern er ikke med i scenariet. Før den opp i «tjenester» eller «vurder», eller fjern oppstarten.');
  });

  test("tjenestenavn i oppstart gjenkjennes som ellers i kjernen", () => {
    const b = plan(enkel, { fra: 2026, oppstart: { digisos: "2026-K4" } });
    expect(linje(b, 2026, "Fiks Digisos")).toMatchObject({ aktiveKvartaler: 1, belop: 9099, kvartal: [0, 0, 0, 9099] }); // 36 394 / 4 = 9 098,5 → 9 099
    expect(() => plan(enkel, { fra: 2026, oppstart: { "Fiks Digisoss": "2026-K2" } }))
      .toThrow('budsjett.oppstart["Fiks Digisoss"]: Ukjent tjeneste «Fiks Digisoss». Mente du «Fiks Digisos»?');
    expect(() => plan(enkel, { fra: 2026, oppstart: { Digisos: "2026-K2", "Fiks Digisos": "2026-K3" } }))
      .toThrow('budsjett.oppstart["Fiks Digisos"]: Fiks Digisos har allerede oppstart i budsjett.oppstart["Digisos"].');
  });

  test("Digifin: samme løsning to ganger, ukjent løsning og kundetyper utenfor Digifin er feil med feltet", () => {
    expect(() => plan(enkel, { fra: 2026, digifin: [{ losning: "Digihelse" }, { losning: "digihelse", kvartal: "2027-K1" }] }))
      .toThrow("budsjett.digifin[1]: Digifin-avgiften for Digihelse betales én gang; den står allerede i budsjett.digifin[0].");
    expect(() => plan(enkel, { fra: 2026, digifin: [{ losning: "Digiskole" }] }))
      .toThrow("budsjett.digifin[0]: Ukjent Digifin-løsning «Digiskole». Gyldige: Digihelse, Digiorden.");
    const statlig: Kalkulatorinput = { kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, tjenester: [{ tjeneste: "KS Læring" }], vurder: [] };
    expect(() => plan(statlig, { fra: 2026, digifin: [{ losning: "Digihelse" }] }))
      .toThrow("budsjett.digifin[0]: Digifin gjelder kommuner og fylkeskommuner, ikke STATLIG_VIRKSOMHET.");
  });

  test("statlig virksomhet: fastpris · (1 + d)^(år − 2025), ingen grunnfinansiering", () => {
    const statlig: Kalkulatorinput = { kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, tjenester: [{ tjeneste: "KS Læring" }], vurder: [] };
    const b = plan(statlig, { fra: 2025, ar: 3, prisjustering: 3.0 });
    // 54 000; 54 000 · 1,03 = 55 620; 54 000 · 1,0609 = 57 288,6 → 57 289
    expect(b.ar.map((a) => a.linjer.map((l) => [l.tjeneste, l.arspris]))).toEqual([[["KS Læring", 54000]], [["KS Læring", 55620]], [["KS Læring", 57289]]]);
  });

  test("en pris som bare feiler med framskrevet innbyggertall nevner året", () => {
    const oslo: Kalkulatorinput = { kundetype: "KOMMUNE", innbyggere: 717710, tjenester: [{ tjeneste: "Fiks Digisos" }], vurder: [] };
    // 717 710 · 1,2^n: faktoren 1 − 0,3 · P / 717 710 når 0 ved P ≥ 2 392 367, første gang for n = 7 (2033):
    // 717 710 · 1,2^6 = 717 710 · 2,985984 = 2 143 070,58 (under), 717 710 · 1,2^7 = 717 710 · 3,5831808 = 2 571 684,69 → 2 571 685 (over)
    expect(() => plan(oslo, { fra: 2026, ar: 10, befolkningsvekst: 20 }))
      .toThrow(/^2033 \(2 571 685 innbyggere, oppgitt, framskrevet 7 år\): Størrelsesjusteringen 30 % med 2571685 innbyggere/);
  });

  test("feil i scenariet selv er kalkulatorens", () => {
    expect(() => plan({ ...enkel, vurder: ["digisos"] }, { fra: 2026 })).toThrow("Tjenesten «Fiks Digisos» er valgt mer enn én gang.");
  });
});

// ---------- Egenskaper ----------

type Rolle = "ingen" | "bruk" | "vurder";
const rolle = fc.constantFrom<Rolle>("ingen", "bruk", "vurder");
const sats = fc.integer({ min: -10 * TITUSENDELER, max: 20 * TITUSENDELER });
const kvartalIPlan = fc.record({ nr: fc.nat(9), kvartal: fc.integer({ min: 1, max: 4 }) });

/** Et tilfeldig scenario med budsjett; innbyggertallet holdes så lavt at ingen framskrevet pris feiler. */
const scenario = fc.constantFrom<Fasitkundetype>("KOMMUNE", "FYLKESKOMMUNE", "STATLIG_VIRKSOMHET").chain((kundetype) => {
  const tjenester = [...tilbudt(kundetype), "SvarUt"];
  return fc.record({
    kundetype: fc.constant(kundetype),
    innbyggere: fc.integer({ min: 0, max: 200_000 }),
    roller: fc.array(rolle, { minLength: tjenester.length, maxLength: tjenester.length }),
    oppstart: fc.array(fc.option(kvartalIPlan), { minLength: tjenester.length, maxLength: tjenester.length }),
    volum: fc.tuple(fc.nat(100_000), fc.nat(1_000_000), fc.nat(10_000)),
    minKommune: fc.boolean(),
    fra: fc.integer({ min: 2025, max: 2040 }),
    ar: fc.integer({ min: 1, max: 10 }),
    vekst: sats,
    justering: sats,
    digifin: kundetype === "STATLIG_VIRKSOMHET"
      ? fc.constant(null)
      : fc.option(fc.record({ losning: fc.constantFrom<"Digihelse" | "Digiorden">("Digihelse", "Digiorden"), nar: kvartalIPlan, medlemskap: fc.boolean() })),
  }).map((s) => {
    const input: Kalkulatorinput = { kundetype, innbyggere: s.innbyggere, tjenester: [], vurder: [] };
    const oppstart: Record<string, string> = {};
    const kvartal = (k: { nr: number; kvartal: number }) => `${s.fra + (k.nr % s.ar)}-K${k.kvartal}`;
    tjenester.forEach((navn, i) => {
      if (s.roller[i] === "ingen") return;
      const [altinn, forsendelser, svarinn] = s.volum;
      const valg: Tjenestevalg = navn === "SvarUt" ? { tjeneste: navn, altinn, forsendelser, svarinn } : { tjeneste: navn };
      (s.roller[i] === "bruk" ? input.tjenester : input.vurder).push(valg);
      const o = s.oppstart[i];
      if (o) oppstart[navn] = kvartal(o);
    });
    if (s.minKommune) input.tjenester.push({ tjeneste: "Min kommune", eksisterende: 80000 });
    const budsjett = {
      fra: s.fra, ar: s.ar, befolkningsvekst: s.vekst / TITUSENDELER, prisjustering: s.justering / TITUSENDELER, oppstart,
      digifin: s.digifin ? [{ losning: s.digifin.losning, kvartal: kvartal(s.digifin.nar), medlemskap: s.digifin.medlemskap }] : [],
    };
    return { s, input, budsjett };
  });
});

describe("egenskaper mot BigInt-fasiten", () => {
  test("hver linje: årspris = round(eksakt pris · (1 + d)^n), beløp = round(årspris · q / 4), kvartalene summerer", () => {
    fc.assert(fc.property(scenario, ({ s, input, budsjett }) => {
      const b = plan(input, budsjett);
      expect(b.ar.map((a) => a.ar)).toEqual(Array.from({ length: s.ar }, (_, n) => s.fra + n));
      b.ar.forEach((a, n) => {
        const p = innbyggereFasit(s.innbyggere, s.vekst, n);
        expect(a.innbyggere).toBe(p);
        for (const l of a.linjer) {
          const sum = l.kvartal.reduce((x, y) => x + y, 0);
          expect(sum).toBe(l.belop);
          if (l.type === "digifin") continue;
          const [altinn, forsendelser, svarinn] = s.volum;
          const eksakt = l.tjeneste === "SvarUt"
            ? svarutFasit(s.kundetype, altinn, forsendelser, svarinn)
            : matriseprisFasit(l.tjeneste, s.kundetype, p);
          // Prisene er 2025-priser: år fra + n justeres fra + n − 2025 år.
          expect(l.arspris).toBe(arsprisFasit(eksakt, s.justering, s.fra + n - 2025));
          const start = (budsjett.oppstart as Record<string, string>)[l.tjeneste] ?? `${s.fra}-K1`;
          const [startar, startkvartal] = start.split("-K").map(Number);
          const q = a.ar < startar ? 0 : a.ar === startar ? 5 - startkvartal : 4;
          expect(l.aktiveKvartaler).toBe(q);
          expect(l.belop).toBe(arsbelopFasit(l.arspris as number, q));
          const aktive = l.kvartal.slice(4 - q);
          if (q > 0) expect(Math.max(...aktive) - Math.min(...aktive)).toBeLessThanOrEqual(1);
          expect(l.kvartal.slice(0, 4 - q).every((x) => x === 0)).toBe(true);
        }
        for (let k = 0; k < 4; k++) expect(a.kvartal[k]).toBe(a.linjer.reduce((x, l) => x + l.kvartal[k], 0));
        expect(a.sum).toBe(a.linjer.reduce((x, l) => x + l.belop, 0));
        expect(a.sum).toBe(a.kvartal.reduce((x, y) => x + y, 0));
      });
      expect(b.sum).toBe(b.ar.reduce((x, a) => x + a.sum, 0));
    }), { numRuns: 150 });
  });

  test("kjente innbyggertall: hvert år er tallet 1. januar året før når det er kjent, ellers framskrivingen fra det siste kjente", () => {
    // Kjente år rundt planen: alltid ett av de to årene før første år (så en framskriving er høyst ti år og prisene kan
    // regnes, som i scenarioet over), og ellers tilfeldige år fra tre år før planen til dens siste år.
    const innbyggere = fc.integer({ min: 0, max: 200_000 });
    const kjente = fc.record({
      forste: fc.tuple(fc.integer({ min: -1, max: 0 }), innbyggere),
      andre: fc.array(fc.tuple(fc.integer({ min: -3, max: 10 }), innbyggere), { maxLength: 8 }),
    });
    fc.assert(fc.property(scenario, kjente, ({ s, input, budsjett }, k) => {
      const tall: Record<number, number> = {};
      for (const [forskyvning, p] of [k.forste, ...k.andre]) tall[s.fra - 1 + forskyvning] = p;
      const ar = Object.keys(tall).map(Number).sort((x, y) => x - y);
      const b = beregnBudsjett(input, tolkBudsjett(budsjett), TABELLER, { grunnlag: { type: "kjent", tall }, scenarioar: null });
      b.ar.forEach((a) => {
        const trengs = a.ar - 1;
        const siste = Math.max(...ar.filter((x) => x <= trengs));
        const forventet = siste === trengs ? tall[trengs] : innbyggereFasit(tall[siste], s.vekst, trengs - siste);
        expect(a.innbyggere).toBe(forventet);
        for (const l of a.linjer) expect(l.kvartal.reduce((x, y) => x + y, 0)).toBe(l.belop);
        for (let k = 0; k < 4; k++) expect(a.kvartal[k]).toBe(a.linjer.reduce((x, l) => x + l.kvartal[k], 0));
        expect(a.sum).toBe(a.kvartal.reduce((x, y) => x + y, 0));
      });
    }), { numRuns: 150 });
    expect(() => beregnBudsjett({ kundetype: "KOMMUNE", innbyggere: 1, tjenester: [], vurder: [] }, tolkBudsjett({ fra: 2027 }), TABELLER, {
      grunnlag: { type: "kjent", tall: { 2027: 1000 } }, scenarioar: null,
    })).toThrow("Prisene for 2027 bygger på folkemengden 1. januar 2026, men den er ikke kjent, og det finnes ikke noe tidligere år å framskrive fra (kjente år: 2027).");
  });

  test("Digifin-avgiften står én gang i hele planen, i sitt kvartal, med det årets innbyggertall", () => {
    fc.assert(fc.property(scenario, ({ s, input, budsjett }) => {
      fc.pre(s.digifin !== null);
      const b = plan(input, budsjett);
      const [ar, kvartal] = budsjett.digifin[0].kvartal.split("-K").map(Number);
      const celler = b.ar.flatMap((a) => a.linjer.filter((l) => l.type === "digifin").flatMap((l) => l.kvartal.map((q, k) => ({ ar: a.ar, k, q }))));
      const p = innbyggereFasit(s.innbyggere, s.vekst, ar - s.fra);
      const d = s.digifin as NonNullable<typeof s.digifin>;
      expect(celler.filter((c) => c.q !== 0)).toEqual([{ ar, k: kvartal - 1, q: digifinFasit(d.losning, s.kundetype, p, d.medlemskap) }]);
    }), { numRuns: 150 });
  });

  test("uten vekst, prisjustering, oppstart og Digifin er hvert års sum kalkulatorens «Total ny tjenestepris»", () => {
    fc.assert(fc.property(scenario, ({ input, budsjett }) => {
      const b = plan(input, { fra: budsjett.fra, ar: budsjett.ar });
      const kalkulator = beregnKalkulator(input, STANDARD_PRISMATRISE, STANDARD_SVARUT);
      for (const a of b.ar) {
        expect(a.sum).toBe(kalkulator.sum.totalNy?.toNumber());
        // Linje for linje: samme pris, i samme rekkefølge, uten Min kommune.
        expect(a.linjer.map((l) => [l.tjeneste, l.belop])).toEqual(
          kalkulator.rader.filter((r) => r.totalNy !== null).map((r) => [r.tjeneste, r.totalNy?.toNumber()]),
        );
      }
    }), { numRuns: 200 });
  });
});
