/**
 * Budsjettet og økonomiplanen: eksempelet for Bodø regnet for hånd, beslutningene der budsjettreglene ellers er tause,
 * og egenskaper mot en uavhengig BigInt-fasit og mot kalkulatoren.
 */
import fc from "fast-check";
import {
  beregnBudsjett, beregnKalkulator, type Budsjett, type Budsjettlinje, type Kalkulatorinput, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN,
  STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett, type Tjenestevalg,
} from "../../src/core";
import {
  arsbelopFasit, arsprisFasit, digifinFasit, type Fasitkundetype, innbyggereFasit, matriseprisFasit, svarutFasit, TITUSENDELER,
  tilbudt,
} from "./referanse";
import { BODO_BUDSJETT as BODO, BODO_BUDSJETTFIL as eksempel, BODO_PRISER } from "../hjelpere/bodo";

const TABELLER = { matrise: STANDARD_PRISMATRISE, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER };
const plan = (input: Kalkulatorinput, budsjett: unknown) => beregnBudsjett(input, tolkBudsjett(budsjett), TABELLER);

// Eksempelet i docs/budsjett.md: Bodø (53 712 innbyggere 1. januar 2024) med budsjettseksjonen i docs/eksempel-budsjett.json.
const PLAN = eksempel.budsjett;

test("eksempelfilen har budsjettseksjonen som docs/budsjett.md beskriver", () => {
  expect(PLAN).toEqual({
    fra: 2026, ar: 4, befolkningsvekst: 1.0, prisjustering: 3.0,
    oppstart: { "Fiks Digiorden": "2026-K3" },
    digifin: [{ losning: "Digihelse", kvartal: "2026-K2", medlemskap: false }],
  });
  expect(eksempel.vurder).toEqual(["Digitalt ledsagerbevis", "Fiks Digiorden"]);
  expect([BODO.kundetype, BODO.innbyggere]).toEqual(["KOMMUNE", BODO_PRISER.innbyggere]);
});

const linje = (b: Budsjett, ar: number, tjeneste: string): Budsjettlinje => {
  const l = b.ar.find((a) => a.ar === ar)?.linjer.find((x) => x.tjeneste === tjeneste);
  if (!l) throw new Error(`fant ikke ${tjeneste} i ${ar}`);
  return l;
};

describe("Bodø-eksempelet: 2026–2029, 1 % vekst, 3 % prisjustering, Digiorden fra K3, Digihelse i K2", () => {
  const b = plan(BODO, PLAN);

  test("innbyggertallet: 53 712 · 1,01^n avrundet halvt opp", () => {
    // 54 249,12 → 54 249; 54 791,6112 → 54 792; 55 339,527312 → 55 340
    expect(b.ar.map((a) => [a.ar, a.innbyggere])).toEqual([[2026, 53712], [2027, 54249], [2028, 54792], [2029, 55340]]);
  });

  test("2026: kalkulatorens priser, Digiorden et halvt år, Digihelse-avgiften i K2", () => {
    const a = b.ar[0];
    expect(a.linjer).toEqual([
      // 16 500 + 6,345 · 53 712 · (1 − 0,1 · 53 712 / 717 710) = 354 752,14 → 354 752 = 4 · 88 688
      { tjeneste: "Grunnfinansiering", type: "grunnfinansiering", arspris: 354752, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 354752, kvartal: [88688, 88688, 88688, 88688] },
      // 3 000 + 0,636 · 53 712 · (1 − 0,3 · 53 712 / 717 710) = 36 393,87 → 36 394 = 4 · 9 098 + 2
      { tjeneste: "Fiks Digisos", type: "tjeneste", arspris: 36394, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 36394, kvartal: [9098, 9098, 9099, 9099] },
      // 3 000 + 1 000 · 1,05 + 50 000 · 0,50 + 200 · 1,10 = 29 270 = 4 · 7 317 + 2
      { tjeneste: "SvarUt", type: "tjeneste", arspris: 29270, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 29270, kvartal: [7317, 7317, 7318, 7318] },
      // 3 000 + 1,2 · 53 712 · (1 − 0,3 · 53 712 / 717 710) = 66 007,31 → 66 007 = 4 · 16 501 + 3
      { tjeneste: "Digitalt ledsagerbevis", type: "tillegg", arspris: 66007, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 66007, kvartal: [16501, 16502, 16502, 16502] },
      // 6 000 + 2,04 · 53 712 · (1 − 0,3 · 53 712 / 717 710) = 113 112,42 → 113 112; · 2/4 = 56 556 = 2 · 28 278
      { tjeneste: "Fiks Digiorden", type: "tillegg", arspris: 113112, aktiveKvartaler: 2, forsteKvartal: 3, oppstart: { ar: 2026, kvartal: 3 }, digifin: null, belop: 56556, kvartal: [0, 0, 28278, 28278] },
      // 40 000 + 4 · 53 712 = 254 848 (5 000 innbyggere eller flere)
      { tjeneste: "Digifin-avgift Digihelse", type: "digifin", arspris: null, aktiveKvartaler: 1, forsteKvartal: 2, oppstart: { ar: 2026, kvartal: 2 }, digifin: { losning: "Digihelse", medlemskap: false }, belop: 254848, kvartal: [0, 254848, 0, 0] },
    ]);
    // 354 752 + 36 394 + 29 270 + 66 007 + 56 556 + 254 848 = 797 827
    expect(a.sum).toBe(797827);
    // K1 = 88 688 + 9 098 + 7 317 + 16 501 = 121 604; K2 = 121 605 + 254 848 = 376 453; K3 = K4 = 88 688 + 9 099 + 7 318 + 16 502 + 28 278 = 149 885
    expect(a.kvartal).toEqual([121604, 376453, 149885, 149885]);
  });

  test("2027: 54 249 innbyggere og prisene · 1,03; Digiorden hele året; ingen Digifin-avgift", () => {
    // Grunnfinansiering: (16 500 + 6,345 · 54 249 · (1 − 0,1 · 54 249 / 717 710)) · 1,03 = 358 108,15 · 1,03 = 368 851,40 → 368 851
    expect(linje(b, 2027, "Grunnfinansiering")).toEqual({
      tjeneste: "Grunnfinansiering", type: "grunnfinansiering", arspris: 368851, aktiveKvartaler: 4, forsteKvartal: 1, oppstart: null, digifin: null, belop: 368851,
      kvartal: [92212, 92213, 92213, 92213], // 368 851 = 4 · 92 212 + 3
    });
    // Digisos: 36 719,99 · 1,03 = 37 821,59 → 37 822; SvarUt: 29 270 · 1,03 = 30 148,1 → 30 148 (volumene står)
    expect(linje(b, 2027, "Fiks Digisos").arspris).toBe(37822);
    expect(linje(b, 2027, "SvarUt").arspris).toBe(30148);
    // Digiorden: 114 158,47 · 1,03 = 117 583,22 → 117 583, nå alle fire kvartaler
    expect(linje(b, 2027, "Fiks Digiorden")).toMatchObject({ arspris: 117583, aktiveKvartaler: 4, belop: 117583 });
    expect(linje(b, 2027, "Digifin-avgift Digihelse")).toMatchObject({ aktiveKvartaler: 0, belop: 0, kvartal: [0, 0, 0, 0] });
    // 368 851 + 37 822 + 30 148 + 68 621 + 117 583 = 623 025
    expect(b.ar[1].sum).toBe(623025);
  });

  test("2029: prisene · 1,03³ = 1,092727 med 55 340 innbyggere", () => {
    // SvarUt: 29 270 · 1,092727 = 31 984,119… → 31 984
    expect(linje(b, 2029, "SvarUt").arspris).toBe(31984);
    // Grunnfinansiering: 364 925,14… · 1,092727 = 398 763,23 → 398 763
    expect(linje(b, 2029, "Grunnfinansiering").arspris).toBe(398763);
  });

  test("planens sum er summen av årene; Min kommune er ikke med, men nevnes", () => {
    // 2028 (54 792 innbyggere): 383 517 + 39 306 + 31 053 + 71 340 + 122 232 = 647 448;
    // 2029 (55 340 innbyggere): 398 763 + 40 848 + 31 984 + 74 165 + 127 065 = 672 825 (brøkregning for hånd).
    expect(b.ar.map((a) => a.sum)).toEqual([797827, 623025, 647448, 672825]);
    expect(b.sum).toBe(797827 + 623025 + 647448 + 672825);
    // Digihelse-avgiften (254 848 kr i 2026-K2) er med bare én gang, og skilles fra tjenestene.
    expect([b.ar[0].tjenestesum, b.ar[0].digifinsum, b.ar[1].digifinsum]).toEqual([797827 - 254848, 254848, 0]);
    expect(b.linjesummer[b.ar[0].linjer.findIndex((l) => l.type === "digifin")]).toBe(254848);
    expect(b.utenNyPris).toEqual(["Min kommune"]);
    expect(b.ar.every((a) => a.linjer.every((l) => l.tjeneste !== "Min kommune"))).toBe(true);
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

  test("statlig virksomhet: fastpris · (1 + d)^n, ingen grunnfinansiering", () => {
    const statlig: Kalkulatorinput = { kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, tjenester: [{ tjeneste: "KS Læring" }], vurder: [] };
    const b = plan(statlig, { fra: 2026, ar: 3, prisjustering: 3.0 });
    // 54 000; 54 000 · 1,03 = 55 620; 54 000 · 1,0609 = 57 288,6 → 57 289
    expect(b.ar.map((a) => a.linjer.map((l) => [l.tjeneste, l.arspris]))).toEqual([[["KS Læring", 54000]], [["KS Læring", 55620]], [["KS Læring", 57289]]]);
  });

  test("en pris som bare feiler med framskrevet innbyggertall nevner året", () => {
    const oslo: Kalkulatorinput = { kundetype: "KOMMUNE", innbyggere: 717710, tjenester: [{ tjeneste: "Fiks Digisos" }], vurder: [] };
    // 717 710 · 1,2^n: faktoren 1 − 0,3 · P / 717 710 når 0 ved P ≥ 2 392 367, første gang for n = 7 (2033):
    // 717 710 · 1,2^6 = 717 710 · 2,985984 = 2 143 070,58 (under), 717 710 · 1,2^7 = 717 710 · 3,5831808 = 2 571 684,69 → 2 571 685 (over)
    expect(() => plan(oslo, { fra: 2026, ar: 10, befolkningsvekst: 20 }))
      .toThrow(/^2033 \(2 571 685 innbyggere etter befolkningsveksten\): Størrelsesjusteringen 30 % med 2571685 innbyggere/);
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
          expect(l.arspris).toBe(arsprisFasit(eksakt, s.justering, n));
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
