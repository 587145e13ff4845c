/**
 * CSV-filer slik Excel på Windows lagrer dem, lest av den bygde kommandolinjen: «CSV (semikolon-separert)» er
 * Windows-1252 med CRLF, semikolon, desimalkomma og hardt mellomrom (U+00A0) som tusenskille; «Unicode-tekst» er
 * UTF-16 LE med BOM og tabulator. Byte-ene skrives av testens egne kodere (test/hjelpere/tegnkoding.ts).
 * At hver slik fil gir den publiserte matrisen, og at ødelagte filer avvises med linjen og grunnen, kjører ordboken
 * (test/fiendtlig/ordbok.ts, felt «csv-matrise») gjennom kommandolinjen; her står bare det ordboken ikke dekker.
 */
import { modell, rund } from "../okonom/brok";
import { matriseSomExcel, ORDBOK } from "../fiendtlig/ordbok";
import { utf16, utf8, windows1252 } from "../hjelpere/tegnkoding";
import { byggCli, type Kjoring, lastCli, skrivFil } from "./bygg";

let mappe: string;
let rydd: () => void;
let fikspris: (...a: string[]) => Kjoring;
beforeAll(() => {
  const bygg = byggCli();
  ({ mappe, rydd } = bygg);
  fikspris = lastCli(bygg.bin);
});
afterAll(() => rydd());

/** fastpris + innbyggerpris · P · (1 − a · P / 717 710), avrundet halvt opp: testens egen brøkregning. */
const forventetPris = (fastpris: string, innbyggerpris: string, justering: string, p: number) =>
  Number(rund(modell(fastpris, innbyggerpris, justering, p, 717710)));

function ok(...argumenter: string[]): any {
  const r = fikspris(...argumenter);
  // En egen matrise får matrisens advarsler på stderr (den publiserte har én: 60 % for fylkeskommuner).
  expect(r.kode).toBe(0);
  expect(r.feil).toMatch(/^(Advarsel: [^\n]*\n)*$/);
  return JSON.parse(r.ut);
}

describe("en matrise lagret av Excel på Windows gir de samme prisene", () => {
  const KODINGER: [string, string, () => Uint8Array][] = [
    ["Windows-1252 (CSV semikolon-separert)", "cp1252.csv", () => windows1252(matriseSomExcel())],
    ["UTF-16 LE med BOM og tabulator (Unicode-tekst)", "utf16le.txt", () => utf16(matriseSomExcel("\t"), "le")],
    ["UTF-16 BE med BOM", "utf16be.csv", () => utf16(matriseSomExcel(), "be")],
    ["UTF-8 med BOM (CSV UTF-8)", "utf8bom.csv", () => utf8(matriseSomExcel(), true)],
    ["UTF-8 uten BOM", "utf8.csv", () => utf8(matriseSomExcel())],
  ];

  test("testfilen er slik Excel skriver den: ø som 0xF8, hardt mellomrom som 0xA0, CRLF", () => {
    const bytes = Buffer.from(windows1252(matriseSomExcel()));
    const tekst = bytes.toString("latin1");
    expect(tekst).toContain("Skatte- og inntektsopplysninger;9\u00a0000;0,54;30\u00a0%");
    expect(tekst).toContain("KS L\u00e6ring;18\u00a0000");
    expect(bytes.includes(0xf8) && bytes.includes(0xe6) && bytes.includes(0xa0)).toBe(true);
    expect(tekst.split("\r\n")).toHaveLength(15);
  });

  test.each(KODINGER)("%s: pris --matrise FIL for tjenester med æ og ø", (_navn, filnavn, bytes) => {
    const sti = skrivFil(mappe, filnavn, bytes());
    const pris = (tjeneste: string) => ok("pris", "--matrise", sti, "--tjeneste", tjeneste, "--innbyggere", "15221", "--json").pris;
    expect(pris("Skatte- og inntektsopplysninger")).toBe(forventetPris("9000", "0,54", "30 %", 15221));
    expect(pris("KS Læring")).toBe(forventetPris("18000", "1,56", "30 %", 15221));
    expect(pris("Fiks Kjøretøyregister")).toBe(forventetPris("9000", "0,24", "30 %", 15221));
    // 17 167,05 → 17 167; 41 593,69 → 41 594; 12 629,80 → 12 630 (håndregnet i brøk).
    expect([pris("Skatte- og inntekt"), pris("KS Laering"), pris("Kjoretoyregister")]).toEqual([17167, 41594, 12630]);
  });
});

/** Ordbokens ødelagte matrisefiler; meldingens innhold (linje, celle, grunn) kontrollerer ordboktesten. */
const AVVISTE = ORDBOK.flatMap((t) => (t.felt === "csv-matrise" && t.utfall.type === "avvist" ? [[t.hvorfor, t.inndata as Uint8Array, t.utfall.nevner[0]] as const] : []));

describe("ødelagte filer avvises med kode 1, og en feil i selve CSV-en nevner filen og valget", () => {
  test.each(AVVISTE)("%s", (_hvorfor, bytes, sted) => {
    const sti = skrivFil(mappe, "avvist.csv", bytes);
    const r = fikspris("matrise", "--matrise", sti);
    expect({ kode: r.kode, ut: r.ut }).toEqual({ kode: 1, ut: "" });
    // Ordboken sier hvor feilen er: en linje (anførselstegn, antall felt, kontrolltegn, skilletegn) er en feil i filen,
    // en celle er en feil i matrisen.
    const start = sted.startsWith("Linje ") ? `Feil: Ugyldig CSV-fil «${sti}» (--matrise):\n  ${sted}` : `Feil: Ugyldig prismatrise:\n  ${sted}`;
    expect(r.feil.startsWith(start)).toBe(true);
  });
});
