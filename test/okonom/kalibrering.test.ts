import fc from "fast-check";
import {
  alleKunder, type Betaler, lagSektor, PrisFeil, rundHalvOpp, selvkostpris, STANDARD_PRISMATRISE, tjenesteinntekt,
} from "../../src/core";
import { dele, fra, gange, minus, modell, pluss, rund, somDesimal, brok } from "./brok";

const PK = 717_710;
const PF = 728_803;

describe("kalibrering (selvkostpris)", () => {
  test("to kommuner, håndregnet: r = (C − 2·3 000) / Σ P·(1 − 0,3·P/Pref)", () => {
    // Digisos for Utsira (215) og Bergen (291 940), kostnad 200 000.
    // Σ P(1 − aP/Pref) = 215·(1 − 0,3·215/717 710) + 291 940·(1 − 0,3·291 940/717 710)
    const betalere: Betaler[] = [{ kundetype: "KOMMUNE", innbyggere: 215 }, { kundetype: "KOMMUNE", innbyggere: 291_940 }];
    const ledd = (p: number) => minus(brok(BigInt(p)), dele(gange(fra("0.3"), brok(BigInt(p * p))), brok(BigInt(PK))));
    const grunnlag = pluss(ledd(215), ledd(291_940));
    const r = dele(minus(fra(200_000), fra(6_000)), grunnlag);
    const k = selvkostpris(STANDARD_PRISMATRISE, "Digisos", 200_000, betalere);
    expect(k.innbyggerpris.toFixed(30)).toBe(somDesimal(r, 30));
    // 215·(1 − 0,3·215/717 710) = 214,98068; 291 940·(1 − 0,3·291 940/717 710) = 256 314,62334
    // r = 194 000 / 256 529,60402 = 0,756248
    expect(k.innbyggerpris.toFixed(6)).toBe("0.756248");
    expect(k.fastprisdel.toNumber()).toBe(6_000);
    expect(k.grunnlag.toFixed(20)).toBe(somDesimal(grunnlag, 20));
    expect(rundHalvOpp(k.inntekt.eksakt, 2).toNumber()).toBe(200_000);
    // Fakturert: hver linje avrundet med den kalibrerte r.
    const linje = (p: number) => rund(pluss(fra(3000), gange(r, ledd(p))));
    expect(k.inntekt.avrundet.toNumber()).toBe(Number(linje(215) + linje(291_940)));
  });

  test("andre kundetyper betaler matrisepris og trekkes fra: fylkeskommuner for KS Læring", () => {
    // Kommunen Bodø (53 712) betaler matriseprisen sin; fylkeskommunen Vestland (651 299) kalibreres.
    const bodo = modell("18000", "1.56", "0.3", 53_712, PK);
    const betalere: Betaler[] = [{ kundetype: "KOMMUNE", innbyggere: 53_712 }, { kundetype: "FYLKESKOMMUNE", innbyggere: 651_299 }];
    const k = selvkostpris(STANDARD_PRISMATRISE, "KS Læring", "500 000", betalere, "FYLKESKOMMUNE");
    const g = minus(brok(651_299n), dele(gange(fra("0.3"), brok(651_299n * 651_299n)), brok(BigInt(PF))));
    const r = dele(minus(minus(fra(500_000), bodo), fra(18_000)), g);
    expect(k.innbyggerpris.toFixed(25)).toBe(somDesimal(r, 25));
    expect(k.andreKunder.toFixed(20)).toBe(somDesimal(bodo, 20));
    expect(k.antall).toBe(1);
  });

  test("egenskap: kalibrert pris gir inntekt lik kostnad på øret", () => {
    const alle = alleKunder();
    const tjenester = STANDARD_PRISMATRISE.tjenester.filter((t) => t.kommune && !t.kommune.innbyggerpris.isZero()).map((t) => t.navn);
    fc.assert(
      fc.property(
        fc.constantFrom(...tjenester),
        fc.subarray(alle, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 50_000_000_00 }),
        fc.constantFrom("KOMMUNE", "FYLKESKOMMUNE") as fc.Arbitrary<"KOMMUNE" | "FYLKESKOMMUNE">,
        (tjeneste, kunder, ore, kundetype) => {
          const t = STANDARD_PRISMATRISE.tjenester.find((x) => x.navn === tjeneste)!;
          const betalere = kunder
            .filter((k) => (k.kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune))
            .map((k) => ({ kundetype: k.kundetype, innbyggere: k.innbyggere }));
          const kostnad = (ore / 100).toFixed(2);
          try {
            const k = selvkostpris(STANDARD_PRISMATRISE, tjeneste, kostnad, betalere, kundetype);
            // Inntekten regnet på nytt fra bunnen med den kalibrerte matrisen, eksakt sum:
            const inntekt = tjenesteinntekt(k.matrise, tjeneste, betalere).eksakt;
            return rundHalvOpp(inntekt, 2).toFixed(2) === kostnad && k.inntekt.eksakt.minus(kostnad).abs().lt("1e-30");
          } catch (feil) {
            // Tillatte avvisninger: ingen kunde av kundetypen, eller kostnaden under fastleddene.
            return feil instanceof PrisFeil && /Ingen av kundene|negativ|ingen innbyggerpris/.test(feil.message);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test("feil: NA for kundetypen, ingen kunder av typen, kostnad under fastprisene, ugyldig kostnad", () => {
    const bodo: Betaler[] = [{ kundetype: "KOMMUNE", innbyggere: 53_712 }];
    expect(() => selvkostpris(STANDARD_PRISMATRISE, "Digisos", 1e6, bodo, "FYLKESKOMMUNE")).toThrow(/ingen innbyggerpris for kundetypen fylkeskommune/);
    expect(() => selvkostpris(STANDARD_PRISMATRISE, "KS Læring", 1e6, bodo, "FYLKESKOMMUNE")).toThrow(/Ingen av kundene/);
    expect(() => selvkostpris(STANDARD_PRISMATRISE, "Digisos", 2_999, bodo)).toThrow(/lavere enn det fastprisene alene gir \(3 000 kr\)/);
    expect(() => selvkostpris(STANDARD_PRISMATRISE, "Digisos", "mye", bodo)).toThrow(/«kostnad» må være et beløp/);
    expect(() => selvkostpris(STANDARD_PRISMATRISE, "Digisos", 5_000, [{ kundetype: "KOMMUNE", innbyggere: 0 }])).toThrow(/0 innbyggere/);
  });

  test("inntekt («hva gir matrisen»): eksakt og fakturert for alle kommuner, Digisos", () => {
    const kommuner = alleKunder().filter((k) => k.kundetype === "KOMMUNE");
    const i = tjenesteinntekt(STANDARD_PRISMATRISE, "Fiks Digisos", kommuner);
    let eksakt = brok(0n);
    let avrundet = 0n;
    for (const k of kommuner) {
      const p = modell("3000", "0.636", "0.3", k.innbyggere, PK);
      eksakt = pluss(eksakt, p);
      avrundet += rund(p);
    }
    expect(i.antall).toBe(357);
    expect(i.eksakt.toFixed(20)).toBe(somDesimal(eksakt, 20));
    expect(i.avrundet.toFixed()).toBe(avrundet.toString());
    expect(() => tjenesteinntekt(STANDARD_PRISMATRISE, "Digisos", [{ kundetype: "FYLKESKOMMUNE", innbyggere: 1, etikett: "Celle A7" }]))
      .toThrow(/^Celle A7: Fiks Digisos tilbys ikke/);
  });

  test("sektoren kalibrerer over sine egne brukere og endres ikke før oppdater", () => {
    const sektor = lagSektor(alleKunder(), STANDARD_PRISMATRISE);
    const for_ = sektor.sammendrag().total.ny;
    const k = sektor.kalibrer("Fiks Folkeregister", "8 000 000", "KOMMUNE");
    expect(k.antall).toBe(357);
    expect(sektor.sammendrag().total.ny.eq(for_)).toBe(true);
    const etter = sektor.oppdater({ tjeneste: "Fiks Folkeregister", innbyggerpris: k.innbyggerpris });
    const folkeregister = etter.tjenester.find((t) => t.tjeneste === "Fiks Folkeregister")!;
    expect(rundHalvOpp(folkeregister.inntektEksakt, 2).toNumber()).toBe(8_000_000);
    // Fakturert inntekt avviker fra kostnaden med høyst 0,50 kr per kunde (371 brukere).
    expect(folkeregister.inntekt.minus(8_000_000).abs().lte(371 / 2)).toBe(true);
  });
});
