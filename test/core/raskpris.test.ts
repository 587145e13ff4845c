/** Hurtigstien med sikre heltall er lik Decimal-veien og det eksakte BigInt-brøktallet, feilene medregnet. */
import fc from "fast-check";
import {
  Decimal, fiksPris, fiksPrisTall, type Kundetype, type Prisledd, type Prismatrise, raskModellpris, raskPrisfunksjon,
  STANDARD_PRISMATRISE, tolkPrismatrise,
} from "../../src/core";
import { modell1Brok, rundHalvOppTekst } from "./rasjonal";

/** Blandede størrelser: små tall (mange eksakte midtpunkter) og realistiske (store mellomresultater, reserveveien). */
const heltallDesimal = (maks: number, desimaler: number) =>
  fc.tuple(fc.integer({ min: 0, max: maks }), fc.integer({ min: 0, max: desimaler }))
    .map(([n, d]) => new Decimal(n).div(10 ** d));
const ledd: fc.Arbitrary<Prisledd> = fc.record({
  fastpris: fc.oneof(heltallDesimal(100, 2), heltallDesimal(1_000_000_00, 2)),
  innbyggerpris: fc.oneof(heltallDesimal(300, 2), heltallDesimal(10_000_000, 6)),
  justering: fc.oneof(fc.integer({ min: 0, max: 9 }).map((n) => new Decimal(n).div(10)), fc.integer({ min: 0, max: 999_999 }).map((n) => new Decimal(n).div(1_000_000))),
});
const tilfelle = fc.record({
  ledd,
  pref: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 50_000_000 })),
  p: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100_000_000 })),
  d: fc.integer({ min: 0, max: 10 }),
});

function matriseMed(l: Prisledd, pref: number): Prismatrise {
  return {
    tjenester: [{ navn: "Test", kommune: l, fylkeskommune: null, statligFastpris: new Decimal("54000.5") }],
    referanse: { KOMMUNE: pref, FYLKESKOMMUNE: 1 },
    prisar: 2025,
    justeringsceller: new Map(),
  };
}

/** Resultatet av en funksjon eller feilmeldingen dens. */
function svar(f: () => number | string): string {
  try {
    return String(f());
  } catch (e) {
    return `FEIL: ${(e as Error).message}`;
  }
}

describe("fiksPrisTall (hurtigstien med sikre heltall)", () => {
  test("lik Decimal-veien og BigInt-brøktallet for tilfeldige matriser, innbyggertall og desimaler", () => {
    fc.assert(fc.property(tilfelle, ({ ledd: l, pref, p, d }) => {
      const m = matriseMed(l, pref);
      const desimal = svar(() => fiksPris(m, "Test", p, "KOMMUNE", d).toNumber());
      expect(svar(() => fiksPrisTall(m, "Test", p, "KOMMUNE", d))).toBe(desimal);
      expect(svar(() => raskPrisfunksjon(m, "Test", "KOMMUNE", d)(p))).toBe(desimal);
      if (!desimal.startsWith("FEIL")) {
        const [t, n] = modell1Brok(l.fastpris.toFixed(), l.innbyggerpris.toFixed(), l.justering.toFixed(), p, pref);
        expect(fiksPrisTall(m, m.tjenester[0], p, "KOMMUNE", d)).toBe(Number(rundHalvOppTekst(t, n, d)));
      }
    }), { numRuns: 5000 });
  });

  test("hurtigstien selv (ikke reserveveien) klarer standardmatrisen for hvert innbyggertall opp til 10 millioner", () => {
    fc.assert(fc.property(fc.constantFrom(...STANDARD_PRISMATRISE.tjenester), fc.integer({ min: 0, max: 10_000_000 }), (t, p) => {
      const l = t.kommune as Prisledd;
      const fast = raskModellpris(l, 717710, p, 0);
      if (l.justering.times(p).gte(717710)) {
        expect(fast).toBeNull(); // faktor ≤ 0: overlatt til Decimal-veien, som melder feilen
      } else {
        expect(fast).not.toBeNull();
        expect(fast).toBe(fiksPris(STANDARD_PRISMATRISE, t.navn, p, "KOMMUNE").toNumber());
      }
    }), { numRuns: 2000 });
  });

  test("kjente verdier: Digisos for Bodø 36 394 og midtpunktet i grunnfinansieringen for Oslo 4 114 982,955 → ,96", () => {
    expect(fiksPrisTall(STANDARD_PRISMATRISE, "Fiks Digisos", 53712, "KOMMUNE")).toBe(36394);
    expect(fiksPrisTall(STANDARD_PRISMATRISE, "grunnfinansiering", 717710, "KOMMUNE", 2)).toBe(4114982.96);
    expect(raskModellpris(STANDARD_PRISMATRISE.tjenester[0].kommune as Prisledd, 717710, 717710, 2)).toBe(4114982.96);
    // midtpunktet 5,5 med uendelig desimalutvikling i a·P/Pref (0,3 · 55 · (1 − 22/33) = 5,5) → 6
    const l = { fastpris: new Decimal(0), innbyggerpris: new Decimal("0.3"), justering: new Decimal("0.4") };
    expect(raskModellpris(l, 33, 55, 0)).toBe(6);
  });

  test("en kopi av en matriserad med endret sats ({ ...ledd, innbyggerpris }) får sine egne konstanter", () => {
    const l = STANDARD_PRISMATRISE.tjenester[1].kommune as Prisledd; // Fiks Digisos
    expect(raskModellpris(l, 717710, 53712, 0)).toBe(36394); // forbereder og lagrer konstantene på l
    const kopi = { ...l, innbyggerpris: new Decimal("1.272") }; // dobbel sats
    // 3000 + 1,272 · 53712 · (1 − 16113,6/717710) = 3000 + 2 · 33393,87 = 69 787,75 → 69 788
    expect(raskModellpris(kopi, 717710, 53712, 0)).toBe(69788);
    expect(raskModellpris(l, 717710, 53712, 0)).toBe(36394);
    expect(Object.keys(l)).toEqual(["fastpris", "innbyggerpris", "justering"]);
  });

  test("fastpriser, andre kundetyper og feil er kjernens egne", () => {
    const m = STANDARD_PRISMATRISE;
    const kundetyper: Kundetype[] = ["KOMMUNE", "FYLKESKOMMUNE", "STATLIG_VIRKSOMHET", "PRIVAT_VIRKSOMHET"];
    for (const t of [...m.tjenester.map((x) => x.navn), "SvarUt", "Min kommune", "Fiks Digisoss"]) {
      for (const k of kundetyper) {
        for (const p of [0, 4999, 651299, 3_000_000]) {
          expect(svar(() => fiksPrisTall(m, t, p, k))).toBe(svar(() => fiksPris(m, t, p, k).toNumber()));
        }
      }
    }
    const egen = tolkPrismatrise([
      ["Tjeneste", "Fastpris kommune", "Innbyggerpris kommune", "Størrelsesjustering kommune", "Fastpris fylkeskommune",
        "Innbyggerpris fylkeskommune", "Størrelsesjustering fylkeskommune", "Fastpris statlige"],
      ["X", "1", "0,5", "0 %", "NA", "NA", "NA", "54 000,5"],
    ]);
    expect(fiksPrisTall(egen, "X", 1, "STATLIG_VIRKSOMHET")).toBe(54001); // 54 000,5 → 54 001
    expect(fiksPrisTall(egen, "X", 3, "KOMMUNE")).toBe(3); // 1 + 0,5 · 3 = 2,5 → 3
  });
});
