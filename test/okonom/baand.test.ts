import fc from "fast-check";
import {
  alleKunder, beregnEffekt, Decimal, finnBand, lagBandsett, STANDARD_KRONEBAND, STANDARD_PROSENTBAND, STANDARD_PRISMATRISE,
  tolkBandgrenser, type Kunde,
} from "../../src/core";

const d = (x: string | number) => new Decimal(x);

describe("bånd", () => {
  test("prosentkantene: under 0 er reduksjon, 0 og 29 hører til «Opp til snittet», 29,0001 til neste", () => {
    const navn = (x: string) => STANDARD_PROSENTBAND.band[finnBand(STANDARD_PROSENTBAND, d(x))].navn;
    expect(navn("-0.0001")).toBe("Kostnadsreduksjon");
    expect(navn("0")).toBe("Opp til snittet");
    expect(navn("29")).toBe("Opp til snittet");
    expect(navn("29.0001")).toBe("Noe over snittet");
    expect(navn("60")).toBe("Noe over snittet");
    expect(navn("60.5")).toBe("Over snittet");
    expect(navn("100")).toBe("Over snittet");
    expect(navn("100.01")).toBe("Stor økning");
  });

  test("krone-kantene: 40 000 og 40 001, 100 000 og 100 001, 250 000 og 250 001", () => {
    const i = (x: number | string) => finnBand(STANDARD_KRONEBAND, d(x));
    expect([i(-1), i(0), i(40_000), i(40_000.01), i(40_001), i(100_000), i(100_001), i(250_000), i(250_001)]).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 4]);
  });

  test("konfigurerbare bånd: egne grenser og navn, norsk tekst", () => {
    const b = lagBandsett("prosent", tolkBandgrenser("-10;0;12,5"), ["Stor nedgang", "Nedgang", "Litt opp", "Mye opp"]);
    expect(b.band.map((x) => x.etikett)).toEqual(["under −10 %", "−10–0 %", "over 0–12,5 %", "over 12,5 %"]);
    expect([finnBand(b, d(-10)), finnBand(b, d(0)), finnBand(b, d("12.5")), finnBand(b, d(13))]).toEqual([1, 1, 2, 3]);
    const kr = lagBandsett("kroner", tolkBandgrenser("0, 10000"));
    expect(kr.band.map((x) => x.navn)).toEqual(["under 0 kr", "0–10 000 kr", "over 10 000 kr"]);
    expect(() => lagBandsett("prosent", [0, 0])).toThrow(/Bandgrensene må øke/);
    expect(() => lagBandsett("prosent", [0, 10], ["a"])).toThrow(/3 band/);
    expect(() => lagBandsett("prosent", ["x"])).toThrow(/Bandgrense nr. 1/);
  });

  test("egenskap: båndene deler kundene i disjunkte deler (hver kunde i nøyaktig ett bånd eller uten grunnlag)", () => {
    const alle = alleKunder();
    const grenser = fc.uniqueArray(fc.integer({ min: -100, max: 300 }), { minLength: 1, maxLength: 6 }).map((g) => [...g].sort((a, b) => a - b));
    fc.assert(
      fc.property(
        fc.subarray(alle, { minLength: 1, maxLength: 40 }),
        // Dagens priser i hele kroner (båndveien med heltall) eller med øre (båndveien med Decimal).
        fc.array(fc.option(fc.oneof(
          fc.integer({ min: 0, max: 3_000_000 }).map(String),
          fc.integer({ min: 0, max: 300_000_000 }).map((ore) => (ore / 100).toFixed(2)),
        ), { nil: null }), { minLength: 40, maxLength: 40 }),
        grenser,
        grenser.map((g) => g.map((x) => x * 1000)),
        (utvalg, priser, pg, kg) => {
          const kunder: Kunde[] = utvalg.map((k, i) => ({ ...k, prisIDag: priser[i] === null ? null : d(priser[i]!) }));
          const r = beregnEffekt(kunder, STANDARD_PRISMATRISE, {
            grunnlinje: "dagens_pris",
            prosentband: lagBandsett("prosent", pg),
            kroneband: lagBandsett("kroner", kg),
          });
          for (const fordeling of [r.prosentfordeling, r.kronefordeling]) {
            const totalt = fordeling.reduce((s, f) => s + f.antallKunder, 0);
            if (totalt !== kunder.length) return false;
            for (const f of fordeling) {
              if (f.band.reduce((s, b) => s + b.antall, 0) + f.utenGrunnlag !== f.antallKunder) return false;
            }
          }
          // Hver kundes bånd er det som har endringen i intervallet sitt (kontrollert direkte mot grensene).
          return r.kunder.every((k) => {
            if (k.endringKr === null) return k.kroneband === null;
            const x = k.endringKr.toNumber();
            const b = k.kroneband!;
            const nedre = b === 0 ? -Infinity : kg[b - 1];
            const ovre = b === kg.length ? Infinity : kg[b];
            const inni = (b <= 1 ? x >= nedre : x > nedre) && (b === 0 ? x < ovre : x <= ovre);
            const prosentOk = k.gammel!.isZero() ? k.prosentband === null : k.prosentband === finnBand(lagBandsett("prosent", pg), k.endringProsent!);
            return inni && prosentOk;
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
