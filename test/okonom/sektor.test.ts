import fc from "fast-check";
import eksempelCsv from "../../data/eksempel-kunder.csv";
import {
  alleKunder, beregnEffekt, csvTilCeller, type Endring, type Kunde, lagSektor, PrisFeil, STANDARD_PRISMATRISE, TabellFeil, tjenesteplan,
  tolkKundeliste,
} from "../../src/core";
import { brok, fra, modell, pluss, rund, somDesimal } from "./brok";

const PK = 717_710;
const eksempel = () => tolkKundeliste(csvTilCeller(eksempelCsv));
const tall = (x: { toFixed(): string } | null) => (x === null ? null : x.toFixed());
/** Alt en oppsummering viser, som rene strenger, til eksakt sammenligning. */
function flat(s: ReturnType<ReturnType<typeof lagSektor>["sammendrag"]>) {
  return JSON.parse(JSON.stringify(s, (_k, v) => (v && typeof v === "object" && "toFixed" in v ? v.toFixed() : v)));
}

describe("sektor for hva-om", () => {
  test("oppdater endrer bare én tjeneste og gir riktige linjer (uavhengig regnet)", () => {
    const sektor = lagSektor(eksempel(), STANDARD_PRISMATRISE);
    sektor.oppdater({ tjeneste: "Digisos", innbyggerpris: "1,00", justering: "20 %" });
    const bergen = sektor.kunderesultater().find((k) => k.kunde.navn === "Bergen")!;
    const digisos = bergen.linjer.find((l) => l.tjeneste === "Fiks Digisos")!;
    // 3 000 + 1,00·291 940·(1 − 0,2·291 940/717 710) = 270 189,…
    expect(digisos.pris.toFixed()).toBe(rund(modell("3000", "1.00", "0.2", 291_940, PK)).toString());
    const digisosGammel = rund(modell("3000", "0.636", "0.3", 291_940, PK));
    expect(bergen.ny.toNumber()).toBe(4_300_694 - Number(digisosGammel) + digisos.pris.toNumber());
    // Fylkeskommuner har ikke Digisos: uendret.
    expect(sektor.kunderesultater().find((k) => k.kunde.navn === "Vestland")!.ny.toNumber()).toBe(746_292);
    expect(sektor.matrise.tjenester[1].kommune?.justering.toNumber()).toBe(0.2);
  });

  test("egenskap: en rekke hva-om-endringer gir nøyaktig det samme som en ny full analyse med den endrede matrisen", () => {
    const kunder: Kunde[] = [...eksempel(), ...alleKunder().filter((_, i) => i % 9 === 0)]
      .filter((k, i, alle) => alle.findIndex((x) => x.nummer !== null && x.nummer === k.nummer) === i);
    const tjenester = STANDARD_PRISMATRISE.tjenester.map((t) => t.navn);
    const endring: fc.Arbitrary<Endring> = fc.record({
      tjeneste: fc.constantFrom(...tjenester),
      kundetype: fc.constantFrom("KOMMUNE", "FYLKESKOMMUNE") as fc.Arbitrary<"KOMMUNE" | "FYLKESKOMMUNE">,
      fastpris: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
      innbyggerpris: fc.option(fc.integer({ min: 0, max: 10_000 }).map((x) => (x / 1000).toFixed(3)), { nil: undefined }),
      justering: fc.option(fc.integer({ min: 0, max: 95 }).map((x) => `${x} %`), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(endring, { minLength: 1, maxLength: 6 }), (endringer) => {
        const sektor = lagSektor(kunder, STANDARD_PRISMATRISE);
        let siste = sektor.sammendrag();
        for (const e of endringer) {
          try {
            siste = sektor.oppdater(e);
          } catch (feil) {
            if (!(feil instanceof PrisFeil)) throw feil; // NA for kundetypen: tillatt avvisning, ingen endring
          }
        }
        const full = beregnEffekt(kunder, sektor.matrise, { grunnlinje: "dagens_pris" });
        const { kunder: fulleKunder, prosentband: _p, kroneband: _k, ...sammendrag } = full;
        const kunderOk = sektor.kunderesultater().every((k, i) =>
          tall(k.ny) === tall(fulleKunder[i].ny) && k.prosentband === fulleKunder[i].prosentband && k.kroneband === fulleKunder[i].kroneband);
        return kunderOk && JSON.stringify(flat(siste)) === JSON.stringify(flat(sammendrag));
      }),
      { numRuns: 25 },
    );
  });

  test("feil i en endring endrer ingenting; tilbakestill gir startmatrisen", () => {
    const stor: Kunde = { ...alleKunder()[0], navn: "Storby", nummer: null, innbyggere: 800_000 };
    const sektor = lagSektor([...alleKunder().slice(1, 20), stor], STANDARD_PRISMATRISE);
    const for_ = flat(sektor.sammendrag());
    // 0,95·800 000/717 710 = 1,059 > 1: størrelsesfaktoren ville blitt ≤ 0 for Storby.
    expect(() => sektor.oppdater({ tjeneste: "Grunnfinansiering", justering: 0.95 })).toThrow(/faktor ≤ 0/);
    expect(flat(sektor.sammendrag())).toEqual(for_);
    expect(() => sektor.oppdater({ tjeneste: "Digisos", kundetype: "FYLKESKOMMUNE", fastpris: 1 })).toThrow(/ingen pris for fylkeskommune/);
    expect(() => sektor.oppdater({ tjeneste: "SvarUt", fastpris: 1 })).toThrow(/SvarUt prises etter antall/);
    expect(() => sektor.oppdater({ tjeneste: "Digisos", justering: "100 %" })).toThrow(/fra 0 % til under 100 %/);
    expect(() => sektor.oppdater({ tjeneste: "Digisos", fastpris: -1 })).toThrow(/«fastpris» kan ikke være negativt, fikk −1/);
    sektor.oppdater({ tjeneste: "Digisos", fastpris: 5_000 });
    expect(flat(sektor.sammendrag())).not.toEqual(for_);
    expect(flat(sektor.tilbakestill())).toEqual(for_);
    expect(sektor.matrise).toBe(STANDARD_PRISMATRISE);
  });

  test("uten pris i dag måles endringen mot startmatrisen", () => {
    const sektor = lagSektor(alleKunder(), STANDARD_PRISMATRISE);
    const start = sektor.sammendrag();
    expect(start.grunnlinje).toBe("startmatrise");
    expect(start.total.endringKr.isZero()).toBe(true);
    expect(start.prosentfordeling.map((f) => f.band[1].antall)).toEqual([357, 14]);
    // Fastprisen for Fiks Melding for kommuner 9 000 → 4 000: hver kommune −5 000 kr.
    const etter = sektor.oppdater({ tjeneste: "Fiks Melding", fastpris: 4_000 });
    expect(etter.total.endringKr.toNumber()).toBe(-5_000 * 357);
    expect(etter.kronefordeling[0].band[0].antall).toBe(357);
    expect(etter.kronefordeling[1].band[1].antall).toBe(14);
  });

  test("en tjeneste i listen som ikke tilbys kundetypen er en feil med celleadresse", () => {
    const kunder = tolkKundeliste([["Kunde", "Tjenester"], ["Bodø", "alle"], ["Vestland", "Digisos"]]);
    try {
      lagSektor(kunder, STANDARD_PRISMATRISE);
      throw new Error("forventet feil");
    } catch (feil) {
      expect(feil).toBeInstanceOf(TabellFeil);
      expect((feil as TabellFeil).problemer).toEqual([
        { celle: "B3", melding: "Vestland: Fiks Digisos tilbys ikke til kundetypen fylkeskommune (FYLKESKOMMUNE) i prismatrisen." },
      ]);
    }
  });
});

describe("eksakt inntekt i sektoren", () => {
  test("lik summen av de eksakte prisene (uavhengige brøker), også etter en endring", () => {
    const kunder = [...alleKunder(), ...eksempel().filter((k) => k.nummer === null)];
    const sektor = lagSektor(kunder, STANDARD_PRISMATRISE);
    const eksakt = (tjeneste: string, sammendrag = sektor.sammendrag()) =>
      sammendrag.tjenester.find((t) => t.tjeneste === tjeneste)!.inntektEksakt.toFixed(20);
    // Grunnfinansiering: 357 + 1 (Nykommune) kommuner og 14 fylkeskommuner, modell 1 for hver.
    let sum = brok(0n);
    for (const k of kunder) {
      if (k.kundetype === "KOMMUNE") sum = pluss(sum, modell("16500", "6.345", "0.1", k.innbyggere, PK));
      if (k.kundetype === "FYLKESKOMMUNE") sum = pluss(sum, modell("150000", "1.05", "0.6", k.innbyggere, 728_803));
    }
    expect(eksakt("Grunnfinansiering")).toBe(somDesimal(sum, 20));
    // KS Læring: hver kommune og fylkeskommune («alle») + Digitaliseringsdirektoratet med 54 000.
    const laering = (r: string) => {
      let s = fra(54_000);
      for (const k of kunder) {
        if (k.kundetype === "KOMMUNE" && k.tjenester.type === "alle") s = pluss(s, modell("18000", r, "0.3", k.innbyggere, PK));
        if (k.kundetype === "FYLKESKOMMUNE") s = pluss(s, modell("18000", "0.39", "0.3", k.innbyggere, 728_803));
      }
      return somDesimal(s, 20);
    };
    expect(eksakt("KS Læring")).toBe(laering("1.56"));
    const etter = sektor.oppdater({ tjeneste: "KS Læring", innbyggerpris: "1,7" });
    expect(eksakt("KS Læring", etter)).toBe(laering("1.7"));
  });
});

describe("tjenesteplan", () => {
  test("grunnfinansiering uten pris: underforstått hopper over, oppført i listen er en feil", () => {
    // En matrise der grunnfinansiering ikke tilbys fylkeskommuner (NA).
    const uten = { ...STANDARD_PRISMATRISE, tjenester: STANDARD_PRISMATRISE.tjenester.map((t) => (t.navn === "Grunnfinansiering" ? { ...t, fylkeskommune: null } : t)) };
    const [vestland, akershus] = tolkKundeliste([["Kunde", "Tjenester"], ["Vestland", "KS Læring"], ["Akershus", "Grunnfinansiering"]]);
    expect(tjenesteplan(vestland, uten).ikkePriset.map((m) => [m.tjeneste, m.underforstatt])).toEqual([["Grunnfinansiering", true]]);
    expect(tjenesteplan(akershus, uten).ikkePriset.map((m) => [m.tjeneste, m.underforstatt])).toEqual([["Grunnfinansiering", false]]);
    expect(lagSektor([vestland], uten).kunderesultater()[0].linjer.map((l) => l.tjeneste)).toEqual(["KS Læring"]);
    expect(() => lagSektor([akershus], uten)).toThrow(/Celle B3: Akershus: Grunnfinansiering tilbys ikke til kundetypen fylkeskommune/);
  });
});
