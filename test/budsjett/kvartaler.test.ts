/** Årets beløp og fordelingen på kvartaler: håndregnede eksempler og egenskaper mot en BigInt-referanse. */
import fc from "fast-check";
import { aktiveKvartaler, arsbelop, fordelPaKvartaler } from "../../src/core";
import { brok, rund } from "../okonom/brok";

describe("arsbelop: årspris × aktive kvartaler / 4, halvt opp", () => {
  test("håndregnede eksempler", () => {
    // 113 112 × 2/4 = 56 556 (Fiks Digiorden fra K3 for Bodø)
    expect(arsbelop(113112, 2)).toBe(56556);
    // 10 × 3/4 = 7,5 → 8 (halvt opp); 10 × 1/4 = 2,5 → 3; 9 × 3/4 = 6,75 → 7; 9 × 1/4 = 2,25 → 2
    expect(arsbelop(10, 3)).toBe(8);
    expect(arsbelop(10, 1)).toBe(3);
    expect(arsbelop(9, 3)).toBe(7);
    expect(arsbelop(9, 1)).toBe(2);
    expect(arsbelop(354752, 4)).toBe(354752);
    expect(arsbelop(354752, 0)).toBe(0);
  });

  test("store beløp regnes uten å gå over de sikre heltallene", () => {
    const stor = Number.MAX_SAFE_INTEGER; // 9 007 199 254 740 991 = 4 · 2 251 799 813 685 247 + 3
    // × 3/4 = 6 755 399 441 055 741 + 9/4 → 6 755 399 441 055 743,25 → 6 755 399 441 055 743
    expect(arsbelop(stor, 3)).toBe(6755399441055743);
  });

  test("avviser ugyldige argumenter med norsk melding", () => {
    expect(() => arsbelop(100.5, 4)).toThrow("Årsprisen må være et helt kronebeløp ≥ 0, fikk 100.5.");
    expect(() => arsbelop(-1, 4)).toThrow(/helt kronebeløp ≥ 0/);
    expect(() => arsbelop(100, 5)).toThrow("Antall aktive kvartaler må være et heltall fra 0 til 4, fikk 5.");
  });

  test("egenskap: lik round-half-up(A · q / 4) regnet med brøker", () => {
    fc.assert(fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 4 }), (a, q) => {
      expect(BigInt(arsbelop(a, q))).toBe(rund(brok(BigInt(a) * BigInt(q), 4n)));
    }), { numRuns: 2000 });
  });
});

describe("fordelPaKvartaler: hele kroner, så like som mulig, resten på de siste aktive kvartalene", () => {
  test("håndregnede eksempler", () => {
    // 11 = 4 · 2 + 3: de tre siste kvartalene får 1 kr ekstra
    expect(fordelPaKvartaler(11, 4)).toEqual([2, 3, 3, 3]);
    // 36 394 = 4 · 9 098 + 2
    expect(fordelPaKvartaler(36394, 4)).toEqual([9098, 9098, 9099, 9099]);
    // 56 556 på K3–K4: 28 278 hver
    expect(fordelPaKvartaler(56556, 2)).toEqual([0, 0, 28278, 28278]);
    // 100 på K2–K4 = 3 · 33 + 1
    expect(fordelPaKvartaler(100, 3)).toEqual([0, 33, 33, 34]);
    expect(fordelPaKvartaler(7, 1)).toEqual([0, 0, 0, 7]);
    expect(fordelPaKvartaler(0, 0)).toEqual([0, 0, 0, 0]);
  });

  test("et beløp uten aktive kvartaler er en feil, ikke et tapt beløp", () => {
    expect(() => fordelPaKvartaler(5, 0)).toThrow("Et beløp på 5 kr kan ikke fordeles på null aktive kvartaler.");
  });

  test("egenskap: summerer nøyaktig, høyst 1 kr forskjell, null utenfor de aktive, resten mot slutten", () => {
    fc.assert(fc.property(fc.maxSafeNat(), fc.integer({ min: 1, max: 4 }), (belop, aktive) => {
      const k = fordelPaKvartaler(belop, aktive);
      expect(k.reduce((s, x) => s + BigInt(x), 0n)).toBe(BigInt(belop));
      const aktiv = k.slice(4 - aktive);
      expect(k.slice(0, 4 - aktive).every((x) => x === 0)).toBe(true);
      expect(Math.max(...aktiv) - Math.min(...aktiv)).toBeLessThanOrEqual(1);
      // Ikke-synkende innenfor de aktive: resten ligger på de siste.
      for (let i = 1; i < aktiv.length; i++) expect(aktiv[i]).toBeGreaterThanOrEqual(aktiv[i - 1]);
      expect(BigInt(aktiv[0])).toBe(BigInt(belop) / BigInt(aktive));
    }), { numRuns: 2000 });
  });
});

describe("aktiveKvartaler", () => {
  test("før oppstartsåret 0, i oppstartsåret fra kvartalet ut året, deretter 4", () => {
    const oppstart = { ar: 2026, kvartal: 3 as const };
    expect([2025, 2026, 2027].map((ar) => aktiveKvartaler(ar, oppstart))).toEqual([0, 2, 4]);
    expect(aktiveKvartaler(2026, { ar: 2026, kvartal: 1 })).toBe(4);
    expect(aktiveKvartaler(2026, { ar: 2026, kvartal: 4 })).toBe(1);
  });
});
