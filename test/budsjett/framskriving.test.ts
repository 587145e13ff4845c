/** Befolkningsvekst og prisjustering år for år: eksakt, fra starttallet, mot en BigInt-fasit. */
import fc from "fast-check";
import { Decimal, framskrevetInnbyggertall, prisjusteringsfaktor } from "../../src/core";
import { innbyggereFasit, TITUSENDELER, vekstfaktor } from "./referanse";

const prosent = (titusendeler: number) => new Decimal(titusendeler).div(TITUSENDELER);

describe("framskrevetInnbyggertall", () => {
  test("Bodø med 1 % vekst: regnet fra 53 712 hvert år, ikke fra fjorårets avrundede tall", () => {
    // 53 712 · 1,01 = 54 249,12 → 54 249; · 1,0201 = 54 791,6112 → 54 792; · 1,030301 = 55 339,527312 → 55 340
    expect([0, 1, 2, 3].map((n) => framskrevetInnbyggertall(53712, new Decimal(1), n))).toEqual([53712, 54249, 54792, 55340]);
    // År på år ville gitt 54 249 · 1,01 = 54 791,49 → 54 791 i 2028: en krone-drift som vokser.
  });

  test("et lite tall med lav vekst står ikke fast: 101 med 0,3 % er 102 fra år 2", () => {
    // 101 · 1,003 = 101,303 → 101; 101 · 1,003² = 101,606909 → 102 (år på år ville stått på 101 for alltid)
    expect([1, 2, 3].map((n) => framskrevetInnbyggertall(101, new Decimal("0.3"), n))).toEqual([101, 102, 102]);
  });

  test("halvt opp ved nøyaktig ,5 og negativ vekst", () => {
    // 2 500 · 1,003 = 2 507,5 → 2 508; 1 000 · 0,98 = 980; 1 000 · 0,98² = 960,4 → 960; 25 · 0,98 = 24,5 → 25
    expect(framskrevetInnbyggertall(2500, new Decimal("0.3"), 1)).toBe(2508);
    expect(framskrevetInnbyggertall(1000, new Decimal(-2), 2)).toBe(960);
    expect(framskrevetInnbyggertall(25, new Decimal(-2), 1)).toBe(25);
  });

  test("egenskap: lik round-half-up(P · (1 + v)^n) regnet med brøker, for hvert år uavhengig", () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: -10 * TITUSENDELER, max: 20 * TITUSENDELER }), fc.integer({ min: 0, max: 9 }),
      (p, v, n) => {
        expect(framskrevetInnbyggertall(p, prosent(v), n)).toBe(innbyggereFasit(p, v, n));
      },
    ), { numRuns: 2000 });
  });
});

describe("prisjusteringsfaktor", () => {
  test("(1 + d)^n eksakt: 3 % i tredje år er 1,092727", () => {
    const f = prisjusteringsfaktor(new Decimal(3), 3);
    // 1,03³ = 1,092727 = 1 092 727 / 1 000 000
    expect(Number(f.t) / Number(f.n)).toBe(1.092727);
    expect(f.t * 1_000_000n).toBe(1_092_727n * f.n);
  });

  test("egenskap: samme brøk som fasiten", () => {
    fc.assert(fc.property(fc.integer({ min: -10 * TITUSENDELER, max: 20 * TITUSENDELER }), fc.integer({ min: 0, max: 9 }), (d, n) => {
      const f = prisjusteringsfaktor(prosent(d), n);
      const fasit = vekstfaktor(d, n);
      expect(f.t * fasit.n).toBe(fasit.t * f.n);
    }), { numRuns: 500 });
  });
});
