/** Tester av det bygde tillegget (dist/): funksjonsbunten slik Excel laster den, og produksjonsbygget. */
import { existsSync, readFileSync } from "node:fs";
import {
  digifinAvgift, digifinTabellTilCeller, fiksPris, fiksTotal, finnOrganisasjon, MEDLEMSKAPSSATSER, Decimal, prisendringAndel,
  prismatriseTilCeller, rundHalvOpp, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT, storrelsesjustering, svarUtPris,
  svarUtTabellTilCeller, selvkostpris, tjenesteinntekt, beregnEffekt, kunderFra,
} from "../../src/core";
import { DIST, lastBunt, Opptaksfeil, sikreProduksjonsbygg } from "./bunt";

beforeAll(sikreProduksjonsbygg, 180_000);

const metadata = () => JSON.parse(readFileSync(`${DIST}/functions.json`, "utf8")) as { functions: { id: string; name: string; helpUrl: string; parameters: unknown[] }[] };
const norsk = () => JSON.parse(readFileSync(`${DIST}/functions.nb-NO.json`, "utf8")) as ReturnType<typeof metadata>;

test("funksjonsbunten laster uten CustomFunctions (frittstående side) uten å kaste", () => {
  expect(() => lastBunt(false)).not.toThrow();
});

test("hver id i functions.json (og nb-NO) er knyttet til en funksjon i bunten", () => {
  const registrert = lastBunt(true);
  const ider = metadata().functions.map((f) => f.id);
  expect(ider.length).toBe(20); // 14 pris- og økonomfunksjoner + 6 budsjettfunksjoner (KS.PLANINNBYGGERE er ny)
  for (const id of ider) expect(typeof registrert.get(id)).toBe("function");
  expect([...registrert.keys()].sort()).toEqual([...ider].sort());
  expect(norsk().functions.map((f) => f.id)).toEqual(ider);
  norsk().functions.forEach((f, i) => expect(f.parameters.length).toBe(metadata().functions[i].parameters.length));
  expect(metadata().functions.find((f) => f.id === "STORRELSESJUSTERING")!.name).toBe("STORRELSESJUSTERING");
  expect(norsk().functions.find((f) => f.id === "STORRELSESJUSTERING")!.name).toBe("STØRRELSESJUSTERING");
});

test("kall gjennom tilknytningen gir kjernens resultat", () => {
  const ks = lastBunt(true);
  const m = STANDARD_PRISMATRISE;
  for (const [tjeneste, p, k] of [["Fiks Digisos", 15221, "KOMMUNE"], ["Grunnfinansiering", 651299, "FYLKESKOMMUNE"], ["KS Læring", 0, "STATLIG_VIRKSOMHET"]] as const) {
    expect(ks.get("FIKSPRIS")!(tjeneste, p, k, null, null)).toBe(fiksPris(m, tjeneste, p, k, 0).toNumber());
    expect(ks.get("FIKSPRIS")!(tjeneste, p, k, prismatriseTilCeller(m), 3)).toBe(fiksPris(m, tjeneste, p, k, 3).toNumber());
  }
  expect(ks.get("SVARUTPRIS")!(10, 20, 30, null, null, 2)).toBe(rundHalvOpp(svarUtPris(STANDARD_SVARUT, { altinn: 10, forsendelser: 20, svarinn: 30 }, "KOMMUNE"), 2).toNumber());
  expect(ks.get("SVARUTPRISER")!()).toEqual(svarUtTabellTilCeller(STANDARD_SVARUT));
  expect(ks.get("DIGIFINAVGIFT")!(7000, "Digiorden", null, true, null)).toBe(digifinAvgift(STANDARD_DIGIFIN, MEDLEMSKAPSSATSER, 7000, "Digiorden", "KOMMUNE", true).pris.toNumber());
  expect(ks.get("DIGIFINTABELL")!()).toEqual(digifinTabellTilCeller(STANDARD_DIGIFIN));
  expect(ks.get("STORRELSESJUSTERING")!(15221, 0.3, null)).toBe(storrelsesjustering(15221, new Decimal("0.3"), 717710).toNumber());
  expect(ks.get("INNBYGGERE")!("Bodø", 2025)).toBe(finnOrganisasjon("Bodø").innbyggere[2025]);
  expect(ks.get("PRISENDRING")!(120, 90)).toBe(prisendringAndel(new Decimal(120), new Decimal(90))!.toNumber());
  const liste = [["Fiks Digisos"], ["Grunnfinansiering"]];
  expect(ks.get("FIKSTOTAL")!(liste, 5000, null, null)).toBe(fiksTotal(m, liste.map(([navn], i) => ({ navn, etikett: `A${i + 1}` })), 5000, "KOMMUNE").toNumber());
  expect(ks.get("TJENESTER")!(null)).toEqual(m.tjenester.map((t) => [t.navn]));
  expect(ks.get("PRISMATRISE")!()).toEqual(prismatriseTilCeller(m));
  const betalere = [{ innbyggere: 15221, kundetype: "KOMMUNE" as const }, { innbyggere: 215, kundetype: "KOMMUNE" as const }];
  expect(ks.get("SELVKOSTPRIS")!("Fiks Digisos", 20000, [[15221], [215]], null, null)).toBe(selvkostpris(m, "Fiks Digisos", 20000, betalere).innbyggerpris.toNumber());
  expect(ks.get("INNTEKT")!("Fiks Digisos", [[15221], [215]], "KOMMUNE", null)).toBe(tjenesteinntekt(m, "Fiks Digisos", betalere).avrundet.toNumber());
  const kunder = [["Kunde", "Pris i dag"], ["Bodø", 300000], ["Utsira", 30000]];
  const effekt = beregnEffekt(kunderFra(kunder, { matrise: m }), m).prosentfordeling[0];
  const tabell = ks.get("EFFEKT")!(kunder, null, null, null) as unknown[][];
  expect(tabell.slice(1, 1 + effekt.band.length).map((rad) => rad[2])).toEqual(effekt.band.map((b) => b.antall));
});

test("feil gjennom tilknytningen er runtimeens CustomFunctions.Error med norsk melding", () => {
  const ks = lastBunt(true);
  let feil: unknown;
  try {
    ks.get("FIKSPRIS")!("Fiks Digisos", 1000, "FYLKESKOMMUNE", null, null);
  } catch (e) {
    feil = e;
  }
  expect(feil).toBeInstanceOf(Opptaksfeil);
  expect((feil as Opptaksfeil).code).toBe("#N/A");
  expect((feil as Opptaksfeil).message).toContain("tilbys ikke");
});

test("produksjonsbygget: manifest, oppgaverute, metadata og hjelpeside uten localhost", () => {
  for (const fil of ["manifest.xml", "taskpane.html", "functions.json", "functions.nb-NO.json", "hjelp.html"]) {
    const innhold = readFileSync(`${DIST}/${fil}`, "utf8");
    expect(innhold.length).toBeGreaterThan(100);
    expect(innhold).not.toContain("localhost");
  }
  for (const f of metadata().functions) expect(f.helpUrl).toMatch(/^https:\/\/[^/]+\/.*hjelp\.html#[a-z]+$/);
  const html = readFileSync(`${DIST}/taskpane.html`, "utf8");
  // office.js fra Microsofts CDN (kravet for AppSource); npm-kopien er bare for utvikling og tester.
  expect(html).toMatch(/<script src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"><\/script>/);
  expect(html).toContain("functions.js");
  expect(existsSync(`${DIST}/office-js`)).toBe(false);
  for (const n of [16, 32, 64, 80]) expect(existsSync(`${DIST}/assets/ikon-${n}.png`)).toBe(true);
});
