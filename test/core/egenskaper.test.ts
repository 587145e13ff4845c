/** fast-check-egenskaper ved modell 1 og avrundingsregelen, mot en uavhengig BigInt-fasit. */
import fc from "fast-check";
import { Decimal, modellpris, type Prisledd, rundHalvOpp } from "../../src/core";
import { brok, modell1Brok, rundHalvOppTekst } from "./rasjonal";

/** Et desimaltall med opptil `desimaler` desimaler, som tekst og som Decimal. */
const desimal = (maksHeltall: number, desimaler: number) =>
  fc.tuple(fc.integer({ min: 0, max: maksHeltall }), fc.integer({ min: 0, max: 10 ** desimaler - 1 }))
    .map(([h, b]) => new Decimal(h).plus(new Decimal(b).div(10 ** desimaler)));

const ledd = (maksJustering = 9999): fc.Arbitrary<Prisledd> => fc.record({
  fastpris: desimal(500_000, 2),
  innbyggerpris: desimal(50, 4),
  justering: fc.integer({ min: 0, max: maksJustering }).map((n) => new Decimal(n).div(10000)),
});
const pref = fc.integer({ min: 1, max: 5_000_000 });

/** Kjernens pris, eller "feil" når den (med rette) nekter: a·P/Pref ≥ 1. */
function kjerne(l: Prisledd, p: number, r: number): Decimal | "feil" {
  try {
    return modellpris(l, p, r);
  } catch {
    return "feil";
  }
}

describe("egenskaper ved modell 1", () => {
  test("pris ≥ fastpris når faktoren er positiv, og en feil nøyaktig når a·P/Pref ≥ 1", () => {
    fc.assert(fc.property(ledd(), pref, fc.integer({ min: 0, max: 20_000_000 }), (l, r, p) => {
      const pris = kjerne(l, p, r);
      // a·P/Pref ≥ 1 ⇔ a·P ≥ Pref
      const stopper = l.justering.times(p).gte(r);
      if (stopper) {
        expect(pris).toBe("feil");
      } else {
        expect(pris).not.toBe("feil");
        expect((pris as Decimal).gte(l.fastpris)).toBe(true);
        expect(rundHalvOpp(pris as Decimal).gte(rundHalvOpp(l.fastpris))).toBe(true);
      }
    }), { numRuns: 1000 });
  });

  test("ikke-avtagende i P for a < 0,5 og P ≤ Pref (eksakt og avrundet)", () => {
    fc.assert(fc.property(ledd(4999), pref, fc.nat(), fc.nat(), (l, r, x, y) => {
      const [p1, p2] = [x % (r + 1), y % (r + 1)].sort((u, v) => u - v);
      const a = modellpris(l, p1, r);
      const b = modellpris(l, p2, r);
      expect(a.lte(b)).toBe(true);
      expect(rundHalvOpp(a).lte(rundHalvOpp(b))).toBe(true);
    }), { numRuns: 1000 });
  });

  test("kjernens pris er lik det eksakte brøktallet (BigInt) avrundet halvt opp, for 0–10 desimaler", () => {
    fc.assert(fc.property(ledd(), pref, fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 10 }), (l, r, p, d) => {
      const pris = kjerne(l, p, r);
      fc.pre(pris !== "feil");
      const [teller, nevner] = modell1Brok(l.fastpris.toFixed(), l.innbyggerpris.toFixed(), l.justering.toFixed(), p, r);
      expect(rundHalvOpp(pris as Decimal, d).toFixed(d)).toBe(rundHalvOppTekst(teller, nevner, d));
    }), { numRuns: 2000 });
  });

  test("små tall (der midtpunkter med uendelig desimalutvikling i a·P/Pref er vanlige) er lik BigInt-fasiten", () => {
    const smal = fc.record({
      fastpris: fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n).div(100)),
      innbyggerpris: fc.integer({ min: 0, max: 300 }).map((n) => new Decimal(n).div(100)),
      justering: fc.integer({ min: 0, max: 9 }).map((n) => new Decimal(n).div(10)),
    });
    fc.assert(fc.property(smal, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 3 }), (l, r, p, d) => {
      const pris = kjerne(l, p, r);
      fc.pre(pris !== "feil");
      const [teller, nevner] = modell1Brok(l.fastpris.toFixed(), l.innbyggerpris.toFixed(), l.justering.toFixed(), p, r);
      expect(rundHalvOpp(pris as Decimal, d).toFixed(d)).toBe(rundHalvOppTekst(teller, nevner, d));
    }), { numRuns: 5000 });
  });

  test("eksakte midtpunkter: resultater som er nøyaktig …,5 rundes opp (eksempler laget for å treffe midtpunktet)", () => {
    // f = 0, r = 0,5, a = 0, P oddetall: 0,5 · P = k + 0,5 nøyaktig → k + 1
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (k) => {
      const l = { fastpris: new Decimal(0), innbyggerpris: new Decimal("0.5"), justering: new Decimal(0) };
      expect(rundHalvOpp(modellpris(l, 2 * k + 1, 1)).toString()).toBe(String(k + 1));
    }));
    // Midtpunkter der a·P/Pref har uendelig desimalutvikling (regresjon: kjernen delte først og mistet dem).
    // r = 0,3, a = 0,4, P = 55, Pref = 33: 0,3 · 55 · (1 − 22/33) = 16,5 · 1/3 = 5,5 nøyaktig → 6
    const tre = (r: string, a: string) => ({ fastpris: new Decimal(0), innbyggerpris: new Decimal(r), justering: new Decimal(a) });
    expect(rundHalvOpp(modellpris(tre("0.3", "0.4"), 55, 33)).toString()).toBe("6");
    // r = 0,03, samme a, P, Pref: 0,55 nøyaktig → 0,6 (1 desimal)
    expect(rundHalvOpp(modellpris(tre("0.03", "0.4"), 55, 33), 1).toString()).toBe("0.6");
    // r = 0,02, a = 0,5, P = 33, Pref = 18: 0,66 · (1 − 16,5/18) = 0,66 · 1/12 = 0,055 → 0,06 (2 desimaler)
    expect(rundHalvOpp(modellpris(tre("0.02", "0.5"), 33, 18), 2).toString()).toBe("0.06");
    // r = 0,03, a = 0,5, P = 52, Pref = 48: 1,56 · (1 − 26/48) = 1,56 · 11/24 = 0,715 → 0,72
    expect(rundHalvOpp(modellpris(tre("0.03", "0.5"), 52, 48), 2).toString()).toBe("0.72");
    // Pref = 3, a = 0,3, r = 1, f = 0, P = 5: 5 · (1 − 1,5/3) = 2,5 → 3
    const l = { fastpris: new Decimal(0), innbyggerpris: new Decimal(1), justering: new Decimal("0.3") };
    expect(rundHalvOpp(modellpris(l, 5, 3)).toString()).toBe("3");
  });
});

describe("avrunding halvt opp (rundHalvOpp)", () => {
  test("lik BigInt-fasiten for tilfeldige desimaltall med begge fortegn", () => {
    const tall = fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 12 }))
      .map(([n, k]) => {
        const s = (n < 0n ? -n : n).toString().padStart(k + 1, "0");
        return (n < 0n ? "-" : "") + (k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`);
      });
    fc.assert(fc.property(tall, fc.integer({ min: 0, max: 10 }), (tekst, d) => {
      const [t, n] = brok(tekst);
      expect(rundHalvOpp(new Decimal(tekst), d).toFixed(d)).toBe(rundHalvOppTekst(t, n, d));
    }), { numRuns: 2000 });
  });

  test("kjente verdier: 0,5 → 1, 1,5 → 2, 2,5 → 3, −0,5 → −1 (bort fra null), 2,4999 → 2", () => {
    const r = (x: string, d = 0) => rundHalvOpp(new Decimal(x), d).toString();
    expect([r("0.5"), r("1.5"), r("2.5"), r("-0.5"), r("2.4999"), r("4114982.955", 2)]).toEqual(["1", "2", "3", "-1", "2", "4114982.96"]);
  });
});
