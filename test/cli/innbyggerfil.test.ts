/** --innbyggerfil på effekt, sammenlign og kalibrer: kundene slås opp med filens år og tall. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { lagSektorbok } from "../../src/arbeidsbok/sektorbok";
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import { ORGANISASJONER, STANDARD_PRISMATRISE, lesFolketallsfil } from "../../src/core";
import { kjor } from "../hjelpere/fikspris";

// Arbeidsboken med alle 371 kundene tar nær 5 s alene; på en delt maskin mer.
jest.setTimeout(60_000);

const mappe = mkdtempSync(join(tmpdir(), "innbyggerfil-"));
afterAll(() => rmSync(mappe, { recursive: true, force: true }));
/** Skriver en testfil i mappen og gir stien. */
function fil(navn: string, innhold: string): string {
  writeFileSync(join(mappe, navn), innhold);
  return join(mappe, navn);
}

// Et tenkt 1.1.2027 (testdata): 1.1.2026-tallene, med Lillestrøm på 100 000; fylkene summeres av kjernen.
const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE");
const folk = fil("folk2027.csv", ["kommunenummer,navn,kundetype,innbyggere_2027",
  ...kommuner.map((k) => `${k.nummer},${k.navn},KOMMUNE,${k.nummer === "3205" ? 100000 : k.innbyggere[2026]}`)].join("\n"));
const MATRISE = "data/prismatrise-2025.csv";

test("effekt: en kunde slått opp for 2027 får filens tall og de samme prisene som med tallet skrevet inn", () => {
  const medFil = kjor("effekt", "--kunder", fil("k1.csv", "Kunde;Pris i dag\nLillestrøm;600000\n"), "--ar", "2027", "--innbyggerfil", folk, "--json");
  expect([medFil.kode, medFil.feil]).toEqual([0, ""]);
  const skrevet = kjor("effekt", "--kunder", fil("k2.csv", "Kunde;Innbyggere;Pris i dag\nLillestrøm;100000;600000\n"), "--json");
  const [a, b] = [JSON.parse(medFil.ut).kunder[0], JSON.parse(skrevet.ut).kunder[0]];
  expect(a.innbyggere).toBe(100000);
  expect(a.ny).toBe(b.ny);
  // Alle kunder: Akershus summeres fra kommunene i filen (1.1.2026-summen med Lillestrøm byttet ut).
  const alle = JSON.parse(kjor("effekt", "--ar", "2027", "--innbyggerfil", folk, "--json").ut);
  const akershus = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE" && o.nummer.startsWith("32"))
    .reduce((s, k) => s + (k.nummer === "3205" ? 100000 : k.innbyggere[2026]), 0);
  expect(alle.kunder.find((k: { navn: string }) => k.navn === "Akershus").innbyggere).toBe(akershus);
  // Uten filen er 2027 ikke et befolkningsår som følger med.
  expect(kjor("effekt", "--ar", "2027").feil).toContain("fikk «2027»");
});

test("sammenlign og kalibrer tar --innbyggerfil: 2027 godtas med filen og gir andre tall enn 2026", () => {
  const sammenlign = (...ekstra: string[]) => kjor("sammenlign", "--matrise", MATRISE, "--matrise", MATRISE, "--json", ...ekstra);
  const s2027 = sammenlign("--ar", "2027", "--innbyggerfil", folk);
  expect([s2027.kode, s2027.feil]).toEqual([0, ""]);
  expect(s2027.ut).not.toBe(sammenlign("--ar", "2026").ut);
  expect(sammenlign("--ar", "2027").feil).toContain("fikk «2027»");

  const kalibrer = (...ekstra: string[]) => kjor("kalibrer", "--tjeneste", "Fiks Digisos", "--kostnad", "20000000", "--json", ...ekstra);
  const k2027 = kalibrer("--ar", "2027", "--innbyggerfil", folk);
  expect([k2027.kode, k2027.feil]).toEqual([0, ""]);
  expect(k2027.ut).not.toBe(kalibrer("--ar", "2026").ut);
  expect(kalibrer("--ar", "2027").feil).toContain("fikk «2027»");
});

test("arbeidsbok --effekt: Kunder-arket får filens 2027-tall, og Les meg sier hvor de kommer fra", async () => {
  const folketall = lesFolketallsfil(readFileSync(folk, "utf8"), "folk2027.csv");
  const plan = lagSektorbok({ matrise: STANDARD_PRISMATRISE, matrisebeskrivelse: "standard", ar: 2027, folketall });
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(Buffer.from(await skrivXlsx(plan)) as unknown as ArrayBuffer);
  const innbyggere = new Map<string, unknown>();
  bok.getWorksheet("Kunder")!.eachRow((rad) => innbyggere.set(String(rad.getCell(1).value), rad.getCell(4).value));
  expect([innbyggere.get("3205"), innbyggere.get("0301")]).toEqual([100000, ORGANISASJONER.find((o) => o.nummer === "0301")!.innbyggere[2026]]);
  expect(JSON.stringify(plan)).toContain("befolkning 1. januar 2027 fra filen folk2027.csv");
});

test("innbyggere --ar 2027 leser Statistikkbankens CSV (Windows-1252, som eldre nedlastinger) og SSBs JSON-stat2 like godt", () => {
  const tall = (k: { nummer: string; innbyggere: Record<number, number> }) => (k.nummer === "3205" ? 100000 : k.innbyggere[2026]);
  const statbank = ['"07459: Befolkning, etter region, statistikkvariabel og år"', "", '"region";"statistikkvariabel";"2027"',
    ...kommuner.map((k) => `"${k.nummer} ${k.navn}";"Personer";${tall(k)}`)].join("\r\n");
  const jsonstat = JSON.stringify({
    class: "dataset", id: ["Region", "ContentsCode", "Tid"], size: [kommuner.length, 1, 1],
    dimension: { Region: { category: { index: Object.fromEntries(kommuner.map((k, i) => [k.nummer, i])) } }, ContentsCode: { category: { index: { Personer1: 0 } } }, Tid: { category: { index: { 2027: 0 } } } },
    value: kommuner.map(tall),
  });
  // «ø» i «Lillestrøm» er én byte (0xF8) i Windows-1252; latin1 gir de samme bytene for disse bokstavene.
  const filer = [fil("07459-1252.csv", ""), fil("07459.json", jsonstat)];
  writeFileSync(filer[0], Buffer.from(statbank, "latin1"));
  for (const sti of filer) {
    const r = kjor("innbyggere", "3205", "--ar", "2027", "--innbyggerfil", sti);
    expect([r.kode, r.feil, r.ut]).toEqual([0, "", `Lillestrøm (3205), kommune: 100 000 innbyggere 1. januar 2027 (fra ${sti})\n`]);
  }
  // En feil i Statistikkbankens fil: linjen teller tittellinjen og den tomme linjen (overskriften er linje 3).
  writeFileSync(filer[0], Buffer.from(statbank.replace('"3205 Lillestrøm";"Personer";100000', '"3205 Lillestrøm";"Personer";-5'), "latin1"));
  const linje = kommuner.findIndex((k) => k.nummer === "3205") + 4;
  expect(kjor("innbyggere", "3205", "--ar", "2027", "--innbyggerfil", filer[0]).feil)
    .toBe(`Feil: Folketallsfilen «${filer[0]}», linje ${linje}, 3205 (2027): innbyggertallet kan ikke være negativt, fikk «-5».\n`);
});
