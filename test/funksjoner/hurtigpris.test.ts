import fc from "fast-check";
import { fiksPris, KUNDETYPER, lagPrisfunksjon, STANDARD_PRISMATRISE } from "../../src/core";

// The precompiled price function used by KS.FIKSPRIS must equal the core's Decimal path exactly.
test("lagPrisfunksjon gir nøyaktig fiksPris for alle tjenester, kundetyper og desimaler", () => {
  const m = STANDARD_PRISMATRISE;
  const kombinasjoner = m.tjenester.flatMap((t) => KUNDETYPER.flatMap((k) => {
    try {
      fiksPris(m, t.navn, 1000, k, 0);
      return [[t.navn, k] as const];
    } catch {
      return [];
    }
  }));
  expect(kombinasjoner.length).toBeGreaterThanOrEqual(20);
  fc.assert(
    fc.property(fc.constantFrom(...kombinasjoner), fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 10 }), ([navn, k], p, d) => {
      let forventet: number | string;
      try {
        forventet = fiksPris(m, navn, p, k, d).toNumber();
      } catch (e) {
        forventet = (e as Error).message;
      }
      let faktisk: number | string;
      try {
        faktisk = lagPrisfunksjon(m, navn, k, d)(p);
      } catch (e) {
        faktisk = (e as Error).message;
      }
      expect(faktisk).toBe(forventet);
    }),
    { numRuns: 5000 },
  );
});
