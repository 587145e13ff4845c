/** Prismatrisen som data: tall som norsk tekst, kontroll som nevner celle og kolonne, advarsler, rundturer. */
import fc from "fast-check";
import {
  cellerTilCsv, csvTilCeller, Decimal, fiksPris, matriseadvarsler, type Prisledd, type Prismatrise, prismatriseTilCeller,
  prismatriseTilTekstceller, STANDARD_PRISMATRISE, TabellFeil, tolkNorskTall, sokenokkel, tolkPrismatrise, tjenestenokkel,
} from "../../src/core";

const HODE = [
  "Tjeneste", "Fastpris kommune", "Innbyggerpris kommune", "Størrelsesjustering kommune",
  "Fastpris fylkeskommune", "Innbyggerpris fylkeskommune", "Størrelsesjustering fylkeskommune", "Fastpris statlige",
];
const DIGISOS = ["Fiks Digisos", "3 000 kr", "0,636", "30 %", "NA", "NA", "NA", ""];
const LAERING = ["KS Læring", 18000, 1.56, 0.3, "18 000", "0,39", "30 %", "54 000"];

/** Problemene i et område som må avvises, som strenger "celle: melding". */
function problemer(celler: unknown): string[] {
  try {
    tolkPrismatrise(celler);
  } catch (e) {
    expect(e).toBeInstanceOf(TabellFeil);
    return (e as TabellFeil).problemer.map((p) => `${p.celle}: ${p.melding}`);
  }
  throw new Error("forventet TabellFeil");
}

describe("tolkNorskTall: tall slik Excel gir dem", () => {
  const verdi = (x: unknown) => {
    const t = tolkNorskTall(x);
    return t.type === "tall" ? t.verdi.toString() : t.type;
  };
  test("norsk tekst", () => {
    expect(verdi("0,636")).toBe("0.636");
    expect(verdi("3 000 kr")).toBe("3000");
    expect(verdi("3\u00a0000")).toBe("3000"); // hardt mellomrom slik Excel formaterer det
    expect(verdi("kr 3 000")).toBe("3000");
    expect(verdi("30 %")).toBe("0.3");
    expect(verdi("12,5%")).toBe("0.125");
    expect(verdi("1 234,50")).toBe("1234.5");
    expect(verdi("\u22125")).toBe("-5"); // Unicode-minus
    expect(verdi("1.5")).toBe("1.5"); // "." som desimaltegn der det ikke kan være tusenskille
    expect(verdi("1.234,5")).toBe("1234.5"); // punktum som tusenskille foran et desimalkomma
    expect(verdi(0.636)).toBe("0.636");
  });
  test("tomt og NA betyr tilbys ikke", () => {
    for (const tom of ["", "  ", "NA", "na", "na.", "N/A", "-", null, undefined]) expect(verdi(tom)).toBe("tom");
  });
  test("det som avvises i stedet for å gjettes", () => {
    for (const feil of ["1.000", "1,234.5", "tre", "3 000 kroner", "1,2,3", NaN, Infinity, true, {}]) expect(verdi(feil)).toBe("ugyldig");
  });
});

describe("tolkPrismatrise", () => {
  test("tekst og tall gir den samme matrisen og de samme prisene", () => {
    const m = tolkPrismatrise([HODE, DIGISOS, LAERING]);
    expect(m.tjenester.map((t) => t.navn)).toEqual(["Fiks Digisos", "KS Læring"]);
    expect(m.tjenester[0].fylkeskommune).toBeNull();
    expect(m.tjenester[0].statligFastpris).toBeNull();
    expect(m.tjenester[1].kommune?.justering.toString()).toBe("0.3");
    // Samme tall som standardmatrisen → samme pris for Bodø: 36 394 (se modell1.test.ts)
    expect(fiksPris(m, "Fiks Digisos", 53712, "KOMMUNE").toString()).toBe("36394");
    expect(fiksPris(m, "KS Læring", 1, "STATLIG_VIRKSOMHET").toString()).toBe("54000");
  });

  test("kolonner i vilkårlig rekkefølge, overskrifter slik de skrives, tomme rader hoppes over", () => {
    const rekkefolge = [7, 6, 5, 4, 3, 2, 1, 0];
    const snu = (rad: unknown[]) => rekkefolge.map((k) => rad[k]);
    const hode = snu(HODE).map((h) => String(h).toUpperCase());
    const m = tolkPrismatrise([hode, snu(DIGISOS), ["", "", "", "", "", "", "", ""], snu(LAERING)]);
    expect(m.tjenester.map((t) => t.navn)).toEqual(["Fiks Digisos", "KS Læring"]);
  });

  test("referanseinnbyggertall: fra området, eller den største kunden i befolkningsåret", () => {
    expect(tolkPrismatrise([HODE, DIGISOS]).referanse).toEqual({ KOMMUNE: 717710, FYLKESKOMMUNE: 728803 });
    expect(tolkPrismatrise([HODE, DIGISOS], { ar: 2025 }).referanse).toEqual({ KOMMUNE: 724290, FYLKESKOMMUNE: 740680 });
    const egen = tolkPrismatrise([HODE, DIGISOS, ["Referanseinnbyggertall", "", "1 000 000", "", "", "", "", ""]]);
    expect(egen.referanse).toEqual({ KOMMUNE: 1000000, FYLKESKOMMUNE: 728803 });
    // 3000 + 0,636 · 500000 · (1 − 0,3 · 500000/1000000) = 3000 + 318000 · 0,85 = 3000 + 270300 = 273 300
    expect(fiksPris(egen, "Fiks Digisos", 500000, "KOMMUNE").toString()).toBe("273300");
  });

  test("prisåret: standard 2025, eller raden «Prisår»; uten referanserad er Pref den største kunden 1. januar året før", () => {
    expect(STANDARD_PRISMATRISE.prisar).toBe(2025);
    expect(tolkPrismatrise([HODE, DIGISOS]).prisar).toBe(2025);
    const m2027 = tolkPrismatrise([HODE, DIGISOS, ["Prisår", "2 027", "", "", "", "", "", ""]]);
    expect(m2027.prisar).toBe(2027);
    // 2027-priser bygger på 1.1.2026: Oslo 728 714 (data/ssb-folkemengde.csv) er største kommune.
    expect(m2027.referanse.KOMMUNE).toBe(728714);
    // Referanseraden er matrisens parameter og vinner over befolkningsåret.
    expect(tolkPrismatrise([HODE, DIGISOS, ["Prisår", 2027], ["Referanseinnbyggertall", "", 717710]]).referanse.KOMMUNE).toBe(717710);
    expect(prismatriseTilCeller(m2027).at(-1)).toEqual(["Prisår", 2027, "", "", "", "", "", ""]);
    expect(prismatriseTilCeller(STANDARD_PRISMATRISE).some((r) => r[0] === "Prisår")).toBe(false);
    expect(() => tolkPrismatrise([HODE, DIGISOS, ["Prisår", "2024"]])).toThrow("B3: Prisår: forventet året prisene gjelder, et heltall fra 2025 til 2099, fikk «2024».");
    expect(() => tolkPrismatrise([HODE, DIGISOS, ["Prisår"]])).toThrow("B3: Prisår: forventet året prisene gjelder, et heltall fra 2025 til 2099, fikk «».");
  });

  test("en tom størrelsesjustering ved siden av priser betyr 0 %", () => {
    const m = tolkPrismatrise([HODE, ["X", "100", "2", "", "NA", "NA", "NA", ""]]);
    expect(fiksPris(m, "X", 1000, "KOMMUNE").toString()).toBe("2100"); // 100 + 2 · 1000
  });

  describe("hver kontrollfeil nevner cellen (regnet fra området) og kolonnen", () => {
    const rad = (endring: Record<number, unknown>, grunn: unknown[] = DIGISOS) => grunn.map((c, k) => (k in endring ? endring[k] : c));

    test("overskriftsraden", () => {
      expect(problemer([HODE.slice(0, 6), DIGISOS.slice(0, 6)])).toEqual([
        "A1: Overskriftsraden mangler kolonnen «Størrelsesjustering fylkeskommune».",
        "A1: Overskriftsraden mangler kolonnen «Fastpris statlige».",
      ]);
    });

    test("tjenestenavn: manglende og doble", () => {
      expect(problemer([HODE, DIGISOS, rad({ 0: "" })])).toEqual(["A3: Tjeneste: tjenestenavnet mangler."]);
      expect(problemer([HODE, DIGISOS, rad({ 0: "digisos" })])).toEqual(["A3: Tjenesten «digisos» står to ganger (også i A2)."]);
    });

    test("beløp: ikke et tall, negativt, en prosent", () => {
      expect(problemer([HODE, rad({ 1: "tre tusen" })])).toEqual([
        "B2: Fastpris kommune må være et beløp i kroner (fra 0 til 100 000 000 kr, f.eks. 41 000), fikk «tre tusen».",
      ]);
      expect(problemer([HODE, rad({ 5: "-1" }, LAERING)])).toEqual([
        "F2: Innbyggerpris fylkeskommune kan ikke være negativt, fikk «-1».",
      ]);
      expect(problemer([HODE, rad({ 2: "30 %" })])).toEqual([
        "C2: Innbyggerpris kommune må være en pris i kroner (fra 0 til 10 000 kr, f.eks. 0,636), ikke en prosent, fikk «30 %».",
      ]);
      expect(problemer([HODE, rad({ 7: "gratis" })])).toEqual([
        "H2: Fastpris statlige må være et beløp i kroner (fra 0 til 100 000 000 kr, f.eks. 41 000), fikk «gratis».",
      ]);
      expect(problemer([HODE, rad({ 4: "18 000,5,5" }, LAERING)])[0]).toMatch(/^E2: Fastpris fylkeskommune må være et beløp i kroner .*fikk «18 000,5,5»\. Et tall kan ha høyst ett desimalkomma\.$/);
      expect(problemer([HODE, rad({ 1: "3.000" })])).toEqual([
        "B2: Fastpris kommune er tvetydig, fikk «3.000»: det kan bety 3 000 (punktum som tusenskille) eller 3 (punktum som desimaltegn). Skriv 3 000 eller 3.",
      ]);
    });

    test("en pris uten sin partner", () => {
      expect(problemer([HODE, rad({ 2: "NA" })])).toEqual([
        "C2: Innbyggerpris kommune mangler (Fiks Digisos, kommuner). Skriv 0 for ingen, eller la fastpris, innbyggerpris og størrelsesjustering alle stå tomme (eller NA) når tjenesten ikke tilbys.",
      ]);
      expect(problemer([HODE, rad({ 4: "" }, LAERING)])[0]).toMatch(/^E2: Fastpris fylkeskommune mangler \(KS Læring, fylkeskommuner\)/);
    });

    test("størrelsesjustering utenfor [0, 1)", () => {
      expect(problemer([HODE, rad({ 3: "mye" })])).toEqual([
        "D2: Størrelsesjustering kommune (Fiks Digisos, kommuner) må være en størrelsesjustering (fra 0 % til under 100 %, f.eks. 30 % eller 0,3), fikk «mye».",
      ]);
      for (const ugyldig of ["100 %", "1", "-5 %", "1,5"]) {
        expect(problemer([HODE, rad({ 3: ugyldig })])).toEqual([
          `D2: Størrelsesjustering kommune (Fiks Digisos, kommuner) må være fra 0 % til under 100 % (f.eks. 30 % eller 0,3), fikk «${ugyldig}».`,
        ]);
      }
      expect(problemer([HODE, rad({ 6: 1 }, LAERING)])[0]).toMatch(/^G2: Størrelsesjustering fylkeskommune \(KS Læring, fylkeskommuner\)/);
      expect(tolkPrismatrise([HODE, rad({ 3: "99,99 %" })]).tjenester[0].kommune?.justering.toString()).toBe("0.9999");
    });

    test("referanseraden", () => {
      expect(problemer([HODE, DIGISOS, ["Referanseinnbyggertall", "", "stor", "", "", "0", "", ""]])).toEqual([
        "C3: Referanseinnbyggertall for kommuner (kolonnen «Innbyggerpris kommune») må være et referanseinnbyggertall (heltall fra 1 til 100 000 000, f.eks. 717 710), fikk «stor».",
        "F3: Referanseinnbyggertall for fylkeskommuner (kolonnen «Innbyggerpris fylkeskommune») må være et referanseinnbyggertall (heltall fra 1 til 100 000 000, f.eks. 717 710), fikk «0».",
      ]);
    });

    test("formen på området", () => {
      expect(problemer([HODE])).toEqual([": Området har bare én rad; forventet overskriftsrad og minst én rad under."]);
      expect(problemer("A1:H13")).toEqual([": Forventet et område med en overskriftsrad og minst én rad under."]);
      expect(problemer([HODE, ["", "", "", "", "", "", "", ""]])).toEqual([": Prismatrisen har ingen tjenester under overskriftsraden."]);
    });

    test("adressene er regnet fra området, og alle problemene kommer på én gang", () => {
      const celler = [HODE, DIGISOS, LAERING, DIGISOS.map(() => ""), rad({ 0: "Y", 6: "2" }, LAERING), rad({ 0: "Z", 1: "x", 7: "y" })];
      const p = problemer(celler);
      expect(p).toEqual([
        "G5: Størrelsesjustering fylkeskommune (Y, fylkeskommuner) må være fra 0 % til under 100 % (f.eks. 30 % eller 0,3), fikk «2».",
        "B6: Fastpris kommune må være et beløp i kroner (fra 0 til 100 000 000 kr, f.eks. 41 000), fikk «x».",
        "H6: Fastpris statlige må være et beløp i kroner (fra 0 til 100 000 000 kr, f.eks. 41 000), fikk «y».",
      ]);
      expect(() => tolkPrismatrise(celler)).toThrow(/^Ugyldig prismatrise: Celle G5: .* Celle B6: .* Celle H6: /);
    });
  });

  describe("advarsler om matrisen: én kilde (matriseadvarsler), med cellen der det gjelder", () => {
    test("standardmatrisen: grunnfinansiering for fylkeskommuner (60 %) faller for de største", () => {
      const advarsler = matriseadvarsler(STANDARD_PRISMATRISE);
      expect(advarsler.map((a) => [a.type, a.tjeneste, a.kundetype, a.celle])).toEqual([["fallende_pris", "Grunnfinansiering", "FYLKESKOMMUNE", "G2"]]);
      // Toppunktet r·P·(1 − aP/Pref) er P = Pref/(2a) = 728 803 / 1,2 = 607 335,83 → 607 335.
      expect(advarsler[0].melding).toMatch(/prisen faller når innbyggertallet vokser\. Med størrelsesjustering 60 % og referanse 728 803 er prisen høyest ved 607 335 innbyggere/);
    });
    test("en egen matrise: cellen med størrelsesjusteringen som gir fallende pris for faktiske kunder", () => {
      const rad = (a: string) => ["X", "100", "1", a, "NA", "NA", "NA", ""];
      const fallende = (a: string) => matriseadvarsler(tolkPrismatrise([HODE, rad(a)])).filter((x) => x.type === "fallende_pris");
      expect(fallende("30 %")).toEqual([]);
      // 90 %: Oslo (717 710) betaler 100 + 717 710 · 0,1 = 71 871 kr, Bergen (291 940) over 185 000 kr.
      const advarsler = fallende("90 %");
      expect(advarsler.map((a) => [a.type, a.celle])).toEqual([["fallende_pris", "D2"]]);
      expect(advarsler[0].kunder).toContain("Oslo - Oslove");
    });
  });
});

// ---- rundturer ---------------------------------------------------------------------------------

/** Et desimaltall med høyst 12 gjeldende sifre (eksakt gjennom et JS-tall og gjennom tekst). */
const desimal = (maksHeltall: number, desimaler: number) =>
  fc.tuple(fc.integer({ min: 0, max: maksHeltall }), fc.integer({ min: 0, max: 10 ** desimaler - 1 }))
    .map(([h, b]) => new Decimal(h).plus(new Decimal(b).div(10 ** desimaler)));
const ledd: fc.Arbitrary<Prisledd | null> = fc.option(
  fc.record({
    fastpris: desimal(1_000_000, 2),
    innbyggerpris: desimal(100, 4),
    justering: fc.integer({ min: 0, max: 9999 }).map((n) => new Decimal(n).div(10000)),
  }),
  { nil: null },
);
const navn = fc.string({ unit: fc.constantFrom(..."abcæøå ABC;\"'-,.%0123".split("")), minLength: 1, maxLength: 20 })
  .map((s) => s.trim())
  .filter((s) => s !== "" && tjenestenokkel(s) !== "referanseinnbyggertall" && sokenokkel(s) !== "prisar");
const matrise: fc.Arbitrary<Prismatrise> = fc.record({
  justeringsceller: fc.constant(new Map()),
  tjenester: fc.uniqueArray(
    fc.record({ navn, kommune: ledd, fylkeskommune: ledd, statligFastpris: fc.option(desimal(1_000_000, 2), { nil: null }) }),
    { minLength: 1, maxLength: 8, selector: (t) => tjenestenokkel(t.navn) },
  ),
  referanse: fc.record({ KOMMUNE: fc.integer({ min: 1, max: 10_000_000 }), FYLKESKOMMUNE: fc.integer({ min: 1, max: 10_000_000 }) }),
  prisar: fc.integer({ min: 2025, max: 2099 }),
});

/** Alt som bestemmer prisene, som ren tekst (Decimal → string), til sammenligning. */
function innhold(m: Prismatrise) {
  const l = (x: Prisledd | null) => x && [x.fastpris.toString(), x.innbyggerpris.toString(), x.justering.toString()];
  return {
    tjenester: m.tjenester.map((t) => [t.navn, l(t.kommune), l(t.fylkeskommune), t.statligFastpris?.toString() ?? null]),
    referanse: m.referanse,
    prisar: m.prisar,
  };
}

describe("rundturer format → tolking (fast-check)", () => {
  test("prismatriseTilCeller (tall, slik PRISMATRISE() sprer dem)", () => {
    fc.assert(fc.property(matrise, (m) => {
      expect(innhold(tolkPrismatrise(prismatriseTilCeller(m)))).toEqual(innhold(m));
    }), { numRuns: 300 });
  });

  test("prismatriseTilTekstceller (norsk tekst) og gjennom CSV", () => {
    fc.assert(fc.property(matrise, (m) => {
      const tekst = prismatriseTilTekstceller(m);
      expect(innhold(tolkPrismatrise(tekst))).toEqual(innhold(m));
      const csv = cellerTilCsv(tekst);
      expect(csvTilCeller(csv)).toEqual(tekst);
      expect(innhold(tolkPrismatrise(csvTilCeller(csv)))).toEqual(innhold(m));
    }), { numRuns: 300 });
  });

  test("standardmatrisen overlever begge rundturene", () => {
    expect(innhold(tolkPrismatrise(prismatriseTilCeller(STANDARD_PRISMATRISE)))).toEqual(innhold(STANDARD_PRISMATRISE));
    expect(innhold(tolkPrismatrise(csvTilCeller(cellerTilCsv(prismatriseTilTekstceller(STANDARD_PRISMATRISE))))))
      .toEqual(innhold(STANDARD_PRISMATRISE));
  });
});
