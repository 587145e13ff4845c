/**
 * Avrundingsbeviset for den frittstående arbeidsboken, for verdiene som forekommer (docs/arbeidsbok.md, «Avrunding»).
 * Arbeidsboken regner x = f + r·P·(1 − a·P/Pref) med flyttall og runder med ROUND(ROUND(x;6);0). Med v den eksakte
 * prisen og ε = |x − v| flyttallsfeilen er det lik kjernens halvt-opp-avrunding av v når
 *   (1) ε < 0,0000005 kr: da blir en eksakt halv krone v = k,5 til k,5 i den indre ROUND og rundes opp, og
 *   (2) hver v like under en halv krone ligger lenger fra den enn 0,0000005 kr + ε: den indre ROUND når ikke k,5.
 * Sjekket her eksakt (decimal.js) for hver kunde i dataene, begge befolkningsårene og hver tjeneste priset etter
 * modell 1, med ε som den målte feilen pluss en margin på 0,0000001 kr for andre regneark.
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
        // Arbeidsbokens rekkefølge: faktor = 1 − a·P/Pref; så f + r·P·faktor.
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
  expect(storstFeil.lt("0.00000001")).toBe(true); // målt: 6,6e-10 kr
  expect(minstAvstand.gt(VINDU.plus(storstFeil).plus(MARGIN))).toBe(true); // målt: 6,8e-5 kr
});

test("SvarUt: prisene har to desimaler, så en pris som ikke er ,5 ligger minst 0,01 kr fra halv krone", () => {
  // fastpris + A·altinn + F·forsendelse + S·svarinn: et multiplum av 0,01 for hele volumer når hver pris er det.
  for (const priser of Object.values(STANDARD_SVARUT)) {
    for (const d of Object.values(priser)) expect(d.times(100).isInteger()).toBe(true);
  }
  expect(new Decimal("0.01").gt(VINDU.plus(MARGIN))).toBe(true);
});
