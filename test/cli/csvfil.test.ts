/**
 * CSV-filer slik Excel på Windows lagrer dem, lest av den bygde kommandolinjen: «CSV (semikolon-separert)» er
 * Windows-1252 med CRLF, semikolon, desimalkomma og hardt mellomrom (U+00A0) som tusenskille; «Unicode-tekst» er
 * UTF-16 LE med BOM og tabulator. Byte-ene skrives av testens egne kodere (test/hjelpere/tegnkoding.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { modell, rund } from "../okonom/brok";
import { matriseSomExcel } from "../fiendtlig/ordbok";
import { utf16, utf8, windows1252 } from "../hjelpere/tegnkoding";
import { byggCli, type Kjoring, lastCli } from "./bygg";

let mappe: string;
let rydd: () => void;
let fikspris: (...a: string[]) => Kjoring;
beforeAll(() => {
  const bygg = byggCli();
  ({ mappe, rydd } = bygg);
  fikspris = lastCli(bygg.bin);
});
afterAll(() => rydd());

function fil(navn: string, bytes: Uint8Array): string {
  const sti = join(mappe, navn);
  writeFileSync(sti, bytes);
  return sti;
}

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
  const standard = () => ok("matrise", "--json");
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

  test.each(KODINGER)("%s: matrise --matrise FIL er lik standardmatrisen", (_navn, filnavn, bytes) => {
    expect(ok("matrise", "--matrise", fil(filnavn, bytes()), "--json")).toEqual(standard());
  });

  test.each(KODINGER)("%s: pris --matrise FIL for tjenester med æ og ø", (_navn, filnavn, bytes) => {
    const sti = fil(filnavn, bytes());
    const pris = (tjeneste: string) => ok("pris", "--matrise", sti, "--tjeneste", tjeneste, "--innbyggere", "15221", "--json").pris;
    expect(pris("Skatte- og inntektsopplysninger")).toBe(forventetPris("9000", "0,54", "30 %", 15221));
    expect(pris("KS Læring")).toBe(forventetPris("18000", "1,56", "30 %", 15221));
    expect(pris("Fiks Kjøretøyregister")).toBe(forventetPris("9000", "0,24", "30 %", 15221));
    // 17 167,05 → 17 167; 41 593,69 → 41 594; 12 629,80 → 12 630 (håndregnet i brøk).
    expect([pris("Skatte- og inntekt"), pris("KS Laering"), pris("Kjoretoyregister")]).toEqual([17167, 41594, 12630]);
  });
});

describe("ødelagte filer avvises med filnavn, valg og linjenummer (kode 1)", () => {
  const data = readFileSync("data/prismatrise-2025.csv", "utf8");
  const linjer = data.trim().split("\n");

  function avvist(navn: string, tekst: string | Uint8Array, ...meldinger: string[]): void {
    const sti = fil(navn, typeof tekst === "string" ? utf8(tekst) : tekst);
    const r = fikspris("matrise", "--matrise", sti);
    expect({ kode: r.kode, ut: r.ut }).toEqual({ kode: 1, ut: "" });
    expect(r.feil.startsWith(`Feil: Ugyldig CSV-fil «${sti}» (--matrise):\n`)).toBe(true);
    for (const m of meldinger) expect(r.feil).toContain(m);
  }

  test("anførselstegn som aldri lukkes: før mistet filen stille alle tjenestene etter det", () => {
    const kopi = [...linjer];
    kopi[3] = kopi[3].replace("Fiks Bekymringsmelding", "\"Fiks Bekymringsmelding");
    avvist("sitat.csv", kopi.join("\n"), "Linje 4: et felt åpnes med anførselstegn");
  });

  test("avkortet rad: før fikk den stille 0 % størrelsesjustering", () => {
    const kopi = [...linjer];
    kopi[6] = kopi[6].split(";").slice(0, 3).join(";");
    avvist("kort.csv", kopi.join("\n"), "Linje 7 har 3 felt, men overskriftsraden (linje 1) har 8");
  });

  test("NUL-utfylling: før ble den en ekstra tjeneste", () => {
    avvist("nul.csv", Uint8Array.from([...utf8(data), 0, 0, 0, 0]), "Linje 15: kontrolltegnet U+0000 (NUL)");
  });

  test("UTF-16 uten BOM (NUL i annenhver byte) avvises, ikke en «mangler kolonnen»-melding", () => {
    const utenBom = utf16(data, "le").subarray(2);
    avvist("utf16-uten-bom.csv", utenBom, "Linje 1: kontrolltegnet U+0000 (NUL)");
  });
});
