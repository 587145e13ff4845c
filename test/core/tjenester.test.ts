/** Tjenestenavn gjenkjennes slik folk skriver dem — og aldri som en annen tjeneste. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { finnMatrisetjeneste, gjenkjennTjeneste, PrisFeil, STANDARD_PRISMATRISE, TJENESTEALIASER, tjenestenavn } from "../../src/core";
import { ORDBOK } from "../fiendtlig/ordbok";

const m = STANDARD_PRISMATRISE;
/** Det kanoniske navnet kjernen gjenkjenner `navn` som. */
const navnFor = (navn: string): string => {
  const g = gjenkjennTjeneste(m, navn);
  return g.type === "matrise" ? g.tjeneste.navn : g.type === "svarut" ? "SvarUt" : g.navn;
};

describe("gjenkjennTjeneste", () => {
  test("hvert matrisenavn, SvarUt og Min kommune slik de er skrevet", () => {
    for (const navn of tjenestenavn(m)) expect(navnFor(navn)).toBe(navn);
    expect(navnFor("Min kommune")).toBe("Min kommune");
  });

  test("store/små bokstaver likegyldig, med eller uten «Fiks », bindestreker og ekstra mellomrom", () => {
    expect(navnFor("fiks digisos")).toBe("Fiks Digisos");
    expect(navnFor("DIGISOS")).toBe("Fiks Digisos");
    expect(navnFor("  Fiks   Digisos ")).toBe("Fiks Digisos");
    expect(navnFor("Fiks-Digisos")).toBe("Fiks Digisos");
    expect(navnFor("Fiks Digitalt ledsagerbevis")).toBe("Digitalt ledsagerbevis");
    expect(navnFor("digitalt-ledsagerbevis")).toBe("Digitalt ledsagerbevis");
    expect(navnFor("ks læring")).toBe("KS Læring");
    expect(navnFor("grunnfinansiering")).toBe("Grunnfinansiering");
  });

  test("de kjente andre skrivemåtene: SvarUT, Fiks Protokoll, Skatte og inntektsopplysninger, Minside", () => {
    expect(navnFor("SvarUT")).toBe("SvarUt");
    expect(navnFor("SvarUt")).toBe("SvarUt");
    expect(navnFor("Fiks SvarUt")).toBe("SvarUt");
    expect(navnFor("Fiks Protokoll")).toBe("Fiks Protokoller");
    expect(navnFor("Fiks Protokoller")).toBe("Fiks Protokoller");
    expect(navnFor("Skatte og inntektsopplysninger")).toBe("Skatte- og inntektsopplysninger");
    expect(navnFor("Fiks Skatte og inntektsopplysninger")).toBe("Skatte- og inntektsopplysninger");
    expect(navnFor("Skatte- og inntektsopplysninger")).toBe("Skatte- og inntektsopplysninger");
    expect(navnFor("Min Kommune")).toBe("Min kommune");
    expect(navnFor("Minside")).toBe("Min kommune");
    expect(gjenkjennTjeneste(m, "Minside").type).toBe("utgatt");
  });

  test("ordbokens tjenestenavn (KS' egne skrivemåter, ASCII, skrivefeil): tjenesten ordboken sier, eller ukjent med forslaget", () => {
    const tilfeller = ORDBOK.filter((t) => t.felt === "tjeneste");
    expect(tilfeller.filter((t) => t.utfall.type === "navn").length).toBeGreaterThan(10);
    for (const { inndata, utfall } of tilfeller) {
      const navn = String(inndata);
      if (utfall.type === "navn") expect([navn, navnFor(navn)]).toEqual([navn, utfall.verdi]);
      if (utfall.type === "ukjent") {
        expect(() => gjenkjennTjeneste(m, navn)).toThrow(`Ukjent tjeneste «${navn}».${utfall.forslag ? ` Mente du «${utfall.forslag}»?` : " Gyldige tjenester: Grunnfinansiering, Fiks Digisos,"}`);
      }
    }
  });

  test("flere av KS' skrivemåter og ASCII-stavemåter enn ordboken har", () => {
    const ks: [string, string][] = [
      ["Fiks Skatte- og inntekt", "Skatte- og inntektsopplysninger"],
      ["Bekyringsmelding", "Fiks Bekymringsmelding"],
      ["Fiks folkeregister", "Fiks Folkeregister"],
      ["ks laering", "KS Læring"],
      ["kjøretoeyregister", "Fiks Kjøretøyregister"],
    ];
    for (const [navn, tjeneste] of ks) expect([navn, navnFor(navn)]).toEqual([navn, tjeneste]);
  });

  test("aliastabellen: hvert alias gir tjenesten det står ved, og hver tjeneste finnes", () => {
    expect(TJENESTEALIASER.map((a) => [a.alias, a.tjeneste])).toEqual(ALIASTABELL.map((a) => [a.alias, a.tjeneste]));
    for (const { alias, tjeneste } of ALIASTABELL) {
      expect(alleNavn).toContain(tjeneste);
      expect([alias, navnFor(alias)]).toEqual([alias, tjeneste]);
    }
  });

  test("navn fra Object.prototype er ukjente navn som alle andre (ordbokens, og ett til)", () => {
    expect(() => gjenkjennTjeneste(m, "__defineGetter__")).toThrow("Ukjent tjeneste «__defineGetter__». Gyldige tjenester: Grunnfinansiering, Fiks Digisos,");
  });

  test("forslaget regnes også mot aliasene, men foreslår tjenestens eget navn", () => {
    // «Skatte og inntek» står i ordboken.
    expect(() => gjenkjennTjeneste(m, "Ledsagerbevi")).toThrow("Mente du «Digitalt ledsagerbevis»?");
    expect(() => gjenkjennTjeneste(m, "Grunnfinn")).toThrow("Mente du «Grunnfinansiering»?");
  });

  test("et ukjent navn er en feil med det nærmeste forslaget", () => {
    expect(() => gjenkjennTjeneste(m, "Fiks Digisoss")).toThrow("Ukjent tjeneste «Fiks Digisoss». Mente du «Fiks Digisos»?");
    expect(() => gjenkjennTjeneste(m, "Protokolel")).toThrow(/Mente du «Fiks Protokoller»\?/);
    expect(() => gjenkjennTjeneste(m, "Svarut2")).toThrow(/Mente du «SvarUt»\?/);
    // ingenting i nærheten: listen over gyldige navn
    expect(() => gjenkjennTjeneste(m, "Kaffeautomat for rådhuset")).toThrow(/Gyldige tjenester: Grunnfinansiering, Fiks Digisos/);
    expect(() => gjenkjennTjeneste(m, "")).toThrow("Argumentet «tjeneste» må være navnet på en tjeneste, f.eks. «Fiks Digisos».");
    expect(() => gjenkjennTjeneste(m, 42)).toThrow(PrisFeil);
  });
});

// ---- egenskaper -------------------------------------------------------------------------------

/**
 * En uavhengig, bevisst løsere normalform (testens egen): små bokstaver, æ/ø/å omgjort, aksenter fjernet,
 * hver rekke av tegn som ikke er bokstaver/sifre blir ett mellomrom, prefikset "fiks " fjernet,
 * ASCII-stavemåtene oe → o og aa → a, og aliasene i data/tjenestealiaser.csv (lest her med testens egen
 * oppdeling, ikke kjernens tolker).
 */
function grunnform(navn: string): string {
  return navn
    .toLowerCase()
    .replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^fiks /, "")
    .replace(/oe/g, "o").replace(/aa/g, "a");
}
const ALIASTABELL = readFileSync("data/tjenestealiaser.csv", "utf8").trim().split("\n").slice(1).map((linje) => {
  const [alias, tjeneste] = linje.split(";");
  return { alias, tjeneste };
});
const TESTALIASER = new Map(ALIASTABELL.map((a) => [grunnform(a.alias), grunnform(a.tjeneste)]));
function testnokkel(navn: string): string {
  const nokkel = grunnform(navn);
  return TESTALIASER.get(nokkel) ?? nokkel;
}

const alleNavn = [...tjenestenavn(m), "Min kommune"];
/** Hvert navn som må gjenkjennes, med tjenesten det betyr: navnene selv og hvert alias. */
const navnOgTjeneste: [string, string][] = [...alleNavn.map((n): [string, string] => [n, n]), ...ALIASTABELL.map((a): [string, string] => [a.alias, a.tjeneste])];
const tegn = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ -".split(""));

/** Enten en feil, eller en tjeneste med samme normalform (testens) som inndataene. */
function sjekkAldriFeilTjeneste(innskrevet: string, forventet?: string): void {
  let funnet: string;
  try {
    funnet = navnFor(innskrevet);
  } catch (e) {
    expect(e).toBeInstanceOf(PrisFeil);
    return;
  }
  expect(testnokkel(innskrevet)).toBe(testnokkel(funnet));
  if (forventet !== undefined && testnokkel(innskrevet) === testnokkel(forventet)) expect(funnet).toBe(forventet);
}

describe("egenskaper ved navnegjenkjenningen", () => {
  test("tilfeldige strenger gir en tjeneste bare når de er en skrivemåte av den", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: tegn, maxLength: 30 })), (s) => sjekkAldriFeilTjeneste(s)), { numRuns: 500 });
  });

  test("endrede navn (tegn satt inn, slettet eller byttet) gir riktig tjeneste eller en feil", () => {
    const mutasjon = fc.record({ pos: fc.nat(), type: fc.constantFrom("inn", "ut", "bytt"), tegn });
    fc.assert(
      fc.property(fc.constantFrom(...navnOgTjeneste), fc.array(mutasjon, { minLength: 1, maxLength: 3 }), ([navn, tjeneste], mutasjoner) => {
        let s = navn;
        for (const { pos, type, tegn: t } of mutasjoner) {
          const i = pos % (s.length + 1);
          s = type === "inn" ? s.slice(0, i) + t + s.slice(i) : type === "ut" ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + t + s.slice(i + 1);
        }
        sjekkAldriFeilTjeneste(s, tjeneste);
      }),
      { numRuns: 1000 },
    );
  });

  test("ASCII-varianter av hvert navn og alias (æ → ae, ø → o/oe, å → a/aa) finner alltid tjenesten", () => {
    const valg = fc.array(fc.boolean(), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom(...navnOgTjeneste), valg, ([navn, tjeneste], lang) => {
        let i = 0;
        const ascii = navn.replace(/[æøåÆØÅ]/g, (t) => {
          const lav = t.toLowerCase();
          const langform = lang[i++ % 40];
          return lav === "æ" ? "ae" : lav === "ø" ? (langform ? "oe" : "o") : langform ? "aa" : "a";
        });
        expect(navnFor(ascii)).toBe(tjeneste);
      }),
      { numRuns: 300 },
    );
  });

  test("harmløse varianter (store/små bokstaver, mellomrom, bindestreker mellom ord, prefikset «Fiks ») finner alltid tjenesten", () => {
    const variant = fc.record({
      store: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      skille: fc.constantFrom(" ", "  ", "-", " - "),
      fiks: fc.boolean(),
      kant: fc.constantFrom("", " ", "  "),
    });
    fc.assert(
      fc.property(fc.constantFrom(...navnOgTjeneste), variant, ([navn, tjeneste], v) => {
        const utenFiks = navn.replace(/^Fiks /, "");
        const ord = utenFiks.split(/[\s-]+/).join(v.skille);
        const blandet = [...ord].map((c, i) => (v.store[i % 40] ? c.toUpperCase() : c.toLowerCase())).join("");
        expect(navnFor(v.kant + (v.fiks ? "Fiks " : "") + blandet + v.kant)).toBe(tjeneste);
      }),
      { numRuns: 500 },
    );
  });
});

describe("kjernen nevner ingen front", () => {
  test("SvarUt uten volumer: kjernen sier hva som er galt og gir en henvisning; Excel og kommandolinjen sier hvor", () => {
    let feil: unknown;
    try {
      finnMatrisetjeneste(STANDARD_PRISMATRISE, "SvarUt");
    } catch (e) {
      feil = e;
    }
    expect(feil).toBeInstanceOf(PrisFeil);
    expect((feil as PrisFeil).message).toBe("SvarUt prises etter antall transaksjoner, ikke innbyggertall.");
    expect((feil as PrisFeil).henvisning).toBe("svarutpris");
  });

  test("ingen tekst i src/core nevner en Excel-funksjon (KS.…) eller kommandolinjen (fikspris)", () => {
    const mappe = join(__dirname, "../../src/core");
    const treff = readdirSync(mappe).filter((f) => f.endsWith(".ts"))
      .flatMap((f) => readFileSync(join(mappe, f), "utf8").split("\n").map((linje, i) => ({ sted: `${f}:${i + 1}`, linje })))
      .filter(({ linje }) => !/^\s*(\/\/|\*|\/\*)/.test(linje) && /["`].*(\bKS\.[A-ZÆØÅ]|fikspris)/.test(linje))
      .map(({ sted }) => sted);
    expect(treff).toEqual([]);
  });
});
