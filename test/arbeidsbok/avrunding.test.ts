/**
 * The rounding proof of the portable workbook for the values that occur (docs/arbeidsbok.md, "Avrunding").
 * The workbook computes x = f + r·P·(1 − a·P/Pref) in floating point and rounds with ROUND(ROUND(x;6);0). With v the
 * exact price and ε = |x − v| the floating-point error, that equals the core's half-up rounding of v when
 *   (1) ε < 0,0000005 kr: then an exact tie v = k,5 is snapped to k,5 by the inner ROUND and rounded up, and
 *   (2) every v just below a half krone is further from it than 0,0000005 kr + ε: the inner ROUND cannot reach k,5.
 * Checked here exactly (decimal.js) for every customer in the shipped data, both population years and every service
 * priced by model 1, with ε taken as the measured error plus a margin of 0,0000001 kr for other engines' arithmetic.
 */
import { Decimal, modellpris, ORGANISASJONER, STANDARD_PRISMATRISE, STANDARD_SVARUT } from "../../src/core";

const VINDU = new Decimal("0.0000005");
const MARGIN = new Decimal("0.0000001");

test("alle priser som forekommer: flyttallsfeilen er liten, og ingen pris ligger i vinduet under en halv krone", () => {
  let storstFeil = new Decimal(0);
  let minstAvstand = new Decimal(1);
  let antall = 0;
  for (const org of ORGANISASJONER) {
    for (const ar of [2024, 2025] as const) {
      const p = org.innbyggere[ar];
      for (const t of STANDARD_PRISMATRISE.tjenester) {
        const ledd = org.kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
        if (!ledd) continue;
        const pref = STANDARD_PRISMATRISE.referanse[org.kundetype];
        const v = modellpris(ledd, p, pref);
        // The workbook's order of operations: faktor = 1 − a·P/Pref; then f + r·P·faktor.
        const faktor = 1 - (ledd.justering.toNumber() * p) / pref;
        const x = ledd.fastpris.toNumber() + ledd.innbyggerpris.toNumber() * p * faktor;
        const feil = new Decimal(x).minus(v).abs();
        if (feil.gt(storstFeil)) storstFeil = feil;
        const tilHalv = v.floor().plus(0.5).minus(v);
        if (tilHalv.gt(0) && tilHalv.lt(minstAvstand)) minstAvstand = tilHalv;
        antall += 1;
      }
    }
  }
  expect(antall).toBeGreaterThan(371 * 2 * 6);
  expect(storstFeil.lt("0.00000001")).toBe(true); // measured: 6,6e-10 kr
  expect(minstAvstand.gt(VINDU.plus(storstFeil).plus(MARGIN))).toBe(true); // measured: 6,8e-5 kr
});

test("SvarUt: prisene har to desimaler, så en pris som ikke er ,5 ligger minst 0,01 kr fra halv krone", () => {
  // fastpris + A·altinn + F·forsendelse + S·svarinn: a multiple of 0,01 for whole volumes when every price is.
  for (const priser of Object.values(STANDARD_SVARUT)) {
    for (const d of Object.values(priser)) expect(d.times(100).isInteger()).toBe(true);
  }
  expect(new Decimal("0.01").gt(VINDU.plus(MARGIN))).toBe(true);
});
