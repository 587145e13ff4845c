/**
 * `fikspris arbeidsbok` slik brukerne kjører den (bunten bygd som `npm run build:cli`, i en egen prosess): hjelp, de
 * to arbeidsbøkene, norske feil med avslutningskode 1 og 2, og de skrevne filene regnet ut i LibreOffice mot
 * `fikspris kalkulator --json` og `fikspris effekt --json` for de samme inndataene (én soffice-oppstart).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
// exceljs' eget zip-bibliotek (en avhengighet av exceljs).
import JSZip from "jszip";
import { byggCli, feilmelding, iProsess, type Kjoring } from "../cli/bygg";
import { finnRad, regnUt, tall } from "./libreoffice";

jest.setTimeout(300_000);

let mappe: string;
let rydd: () => void;
let fikspris: (...argumenter: string[]) => Kjoring;
const sti = (navn: string) => join(mappe, navn);

/** De tre arbeidsbøkene testene under leser (og LibreOffice regner ut), skrevet én gang. */
const skrevet = {} as Record<"bodo" | "budsjett" | "sektor", Kjoring>;
beforeAll(() => {
  const bygg = byggCli();
  ({ mappe, rydd } = bygg);
  fikspris = iProsess(bygg.bin);
  skrevet.bodo = fikspris("arbeidsbok", "--scenario", "docs/eksempel-scenario.json", "--ut", sti("bodo.xlsx"));
  skrevet.budsjett = fikspris("arbeidsbok", "--scenario", "docs/eksempel-budsjett.json", "--ut", sti("budsjett.xlsx"), "--json");
  skrevet.sektor = fikspris("arbeidsbok", "--effekt", "--ut", sti("sektor.xlsx"), "--json");
});
afterAll(() => rydd());

async function les(fil: string): Promise<ExcelJS.Workbook> {
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(readFileSync(fil) as unknown as ArrayBuffer);
  return bok;
}

test("hjelpeteksten og oversikten", () => {
  const hjelp = fikspris("arbeidsbok", "--hjelp");
  expect(hjelp.kode).toBe(0);
  expect(hjelp.ut).toMatch(/^Bruk: fikspris arbeidsbok --scenario FIL\.json --ut FIL\.xlsx/);
  expect(hjelp.ut).toContain("Excel 2016");
  expect(fikspris("--hjelp").ut).toMatch(/\n {2}arbeidsbok +Arbeidsbok \(\.xlsx\)/);
});

test("kalkulatoren for eksempelscenariet: arkene, formlene, formatene, frosne rader og validering", async () => {
  const r = skrevet.bodo;
  expect(r.feil).toBe("");
  expect(r.kode).toBe(0);
  expect(r.ut).toMatch(/^Skrev .*bodo\.xlsx: arkene Kalkulator, Prismatrise, SvarUt, Innbyggere, Les meg \(\d+ formler\)\.\n$/);
  const bok = await les(sti("bodo.xlsx"));
  expect(bok.worksheets.map((a) => a.name)).toEqual(["Kalkulator", "Prismatrise", "SvarUt", "Innbyggere", "Les meg"]);
  // Excel regner om ved åpning (exceljs skriver flagget, men leser det ikke tilbake: se i selve filen).
  const zip = await JSZip.loadAsync(readFileSync(sti("bodo.xlsx")));
  expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  const k = bok.getWorksheet("Kalkulator")!;
  // Organisasjonen velges fra arket Innbyggere, og innbyggertallet (SSB, 1. januar 2024) slås opp; filen bærer resultatet.
  expect(k.getCell("B4").value).toBe("Bodø");
  expect(k.getCell("B6").formula).toMatch(/^IFERROR\(INDEX\(Innbyggere!\$D\$7:\$D\$363,MATCH\(B4,Innbyggere!\$B\$7:\$B\$363,0\)\),53712\)$/);
  expect(k.getCell("B6").result).toBe(53712);
  expect(k.getCell("A13").value).toBe("Grunnfinansiering");
  expect(k.getCell("C13").formula).toMatch(/^IF\(AND\(ISNUMBER\(\$B\$6\).*ROUND\(ROUND\(J13\+K13\*\$B\$6\*M13,6\),0\)/);
  expect(k.getCell("J13").formula).toContain("Prismatrise!$B$4:$B$16");
  expect(k.getCell("C13").numFmt).toBe('#,##0 "kr";-#,##0 "kr"');
  expect(k.getCell("D14").numFmt).toBe("0 %");
  expect(k.views[0]).toMatchObject({ state: "frozen", ySplit: 12, xSplit: 1 });
  expect(k.getColumn(1).width).toBeGreaterThan(30);
  expect(k.getCell("B6").dataValidation).toMatchObject({ type: "whole", formulae: [0, 100_000_000] });
  const innbyggere = bok.getWorksheet("Innbyggere")!;
  expect(innbyggere.getCell("A2").value).toBe("Kilde: Statistisk sentralbyrå (SSB), tabell 07459");
  expect(String(innbyggere.getCell("A3").value)).toContain("NLOD 2.0");
});

test("med «budsjett» i scenariofilen: arket Budsjett etter Kalkulator, og Digifin for planens avgift", async () => {
  const r = skrevet.budsjett;
  expect(r.feil).toBe("");
  expect(r.kode).toBe(0);
  expect(JSON.parse(r.ut).ark).toEqual(["Kalkulator", "Budsjett", "Prismatrise", "SvarUt", "Digifin", "Innbyggere", "Les meg"]);
  const b = (await les(sti("budsjett.xlsx"))).getWorksheet("Budsjett")!;
  expect([b.getCell("B4").value, b.getCell("B5").value, b.getCell("B6").value]).toEqual([2027, 0.01, 0.03]);
  // Prismatrisens prisår står i B9: år Y ganges prisene med (1 + prisjustering)^(Y − 2025).
  expect([b.getCell("A9").value, b.getCell("B9").value]).toEqual(["Prismatrisens prisår", 2025]);
  expect(b.getCell("B5").numFmt).toBe("0.00## %");
  // Bodø med SSB-tall: planens innbyggertall følger kalenderen (arket Innbyggere), ikke kalkulatorens B6.
  expect([b.getCell("A7").value, b.getCell("B7").formula]).toEqual(["Innbyggere første år", "$D$11"]);
  expect(String(b.getCell("C7").value)).toContain("år Y bruker folkemengden 1. januar Y − 1");
  expect(b.views[0]).toMatchObject({ state: "frozen", ySplit: 14, xSplit: 1 });
  expect(b.getCell("B5").dataValidation).toMatchObject({ type: "decimal", formulae: [-0.1, 0.2] });
  expect(fikspris("arbeidsbok", "--hjelp").ut).toContain("seksjon «budsjett»");
});

test("et skrevet innbyggertall merkes som overstyrt, ikke som SSBs (Bodø med 60 000, SSB har 53 712)", async () => {
  writeFileSync(sti("overstyrt.json"), JSON.stringify({ organisasjon: "Bodø", ar: 2024, innbyggere: 60000, tjenester: ["Fiks Digisos"] }));
  writeFileSync(sti("oppgitt.json"), JSON.stringify({ kundetype: "KOMMUNE", innbyggere: 60000, tjenester: ["Fiks Digisos"] }));
  expect(fikspris("arbeidsbok", "--scenario", sti("overstyrt.json"), "--ut", sti("overstyrt.xlsx")).kode).toBe(0);
  expect(fikspris("arbeidsbok", "--scenario", sti("oppgitt.json"), "--ut", sti("oppgitt.xlsx")).kode).toBe(0);
  const overstyrt = (await les(sti("overstyrt.xlsx"))).getWorksheet("Kalkulator")!;
  expect(overstyrt.getCell("B6").value).toBe(60000);
  expect(overstyrt.getCell("C6").value).toBe("Overstyrt av brukeren (SSB 1. januar 2024: 53 712). Se arket Innbyggere.");
  expect((await les(sti("oppgitt.xlsx"))).getWorksheet("Kalkulator")!.getCell("C6").value).toBe("Oppgitt av brukeren. Se arket Innbyggere.");
});

test("SSB-tallet fra 1.1.2026 slås opp i arket Innbyggere (kolonnen 2026), også i LibreOffice: Lillestrøm 96 771", async () => {
  writeFileSync(sti("lillestrom.json"), JSON.stringify({ organisasjon: "3205", ar: 2026, tjenester: ["Fiks Digisos"] }));
  expect(fikspris("arbeidsbok", "--scenario", sti("lillestrom.json"), "--ut", sti("lillestrom.xlsx")).kode).toBe(0);
  const k = (await les(sti("lillestrom.xlsx"))).getWorksheet("Kalkulator")!;
  // Arket Innbyggere: D = 2024, E = 2025, F = 2026; kommunene i radene 7–363.
  expect(k.getCell("B6").formula).toMatch(/^IFERROR\(INDEX\(Innbyggere!\$F\$7:\$F\$363,MATCH\(B4,Innbyggere!\$B\$7:\$B\$363,0\)\),96771\)$/);
  expect(k.getCell("B6").result).toBe(96771);
  expect(k.getCell("C6").value).toBe("SSB tabell 07459, 1. januar 2026. Se arket Innbyggere.");
  const rader = regnUt({ lillestrom: readFileSync(sti("lillestrom.xlsx")) }).resultat.get("lillestrom")!.get("Kalkulator")!;
  expect(tall(rader[5][1])).toBe(96771);
});

test("sektorarbeidsboken med --json", async () => {
  const r = skrevet.sektor;
  expect(r.kode).toBe(0);
  const j = JSON.parse(r.ut);
  expect(j.ark).toEqual(["Kunder", "Fordeling", "Prismatrise", "Innbyggere", "Les meg"]);
  expect(j.formler).toBeGreaterThan(371 * 12);
  const kunder = (await les(sti("sektor.xlsx"))).getWorksheet("Kunder")!;
  expect(kunder.views[0]).toMatchObject({ state: "frozen", ySplit: 14, xSplit: 2 });
});

test("tekst fra brukeren blir verdier, aldri formler: et tjenestenavn som ser ut som en formel", async () => {
  const matrise = readFileSync("data/prismatrise-2025.csv", "utf8").replace("Fiks Digisos;", "=1+1;");
  writeFileSync(sti("formelnavn.csv"), matrise);
  writeFileSync(sti("formelnavn.json"), JSON.stringify({ organisasjon: "Utsira", tjenester: [{ tjeneste: "=1+1", eksisterende: 3000 }] }));
  const r = fikspris("arbeidsbok", "--scenario", sti("formelnavn.json"), "--matrise", sti("formelnavn.csv"), "--ut", sti("formelnavn.xlsx"));
  expect(r.kode).toBe(0);
  const k = (await les(sti("formelnavn.xlsx"))).getWorksheet("Kalkulator")!;
  expect(k.getCell("A14").type).toBe(ExcelJS.ValueType.String);
  expect(k.getCell("A14").value).toBe("=1+1");
});

describe("feil", () => {
  const feiler = (kode: number, ...argumenter: string[]) => feilmelding(fikspris("arbeidsbok", ...argumenter), kode);
  test("bruksfeil gir kode 2", () => {
    expect(feiler(2, "--scenario", "docs/eksempel-scenario.json")).toContain("Valget «--ut» mangler.");
    expect(feiler(2, "--ut", sti("x.xlsx"))).toContain("Oppgi «--scenario FIL.json»");
    expect(feiler(2, "--effekt", "--scenario", "docs/eksempel-scenario.json", "--ut", sti("x.xlsx"))).toContain("ikke begge");
    expect(feiler(2, "--effekt", "--ut", sti("x.csv"))).toContain("«--ut» må være en .xlsx-fil");
    expect(feiler(2, "--scenario", "docs/eksempel-scenario.json", "--ar", "2025", "--ut", sti("x.xlsx"))).toContain("«--ar» gjelder bare «--effekt»");
  });
  test("feil i inndata gir kode 1 og ingen fil", () => {
    expect(feiler(1, "--effekt", "--ut", join(mappe, "finnes-ikke", "x.xlsx"))).toContain("mappen finnes ikke");
    expect(feiler(1, "--scenario", sti("finnes-ikke.json"), "--ut", sti("x.xlsx"))).toContain("finnes ikke");
    writeFileSync(sti("ukjent.json"), JSON.stringify({ organisasjon: "Bodø", tjenester: ["Fiks Digisoss"] }));
    expect(feiler(1, "--scenario", sti("ukjent.json"), "--ut", sti("x.xlsx"))).toContain("Mente du «Fiks Digisos»?");
    expect(feiler(1, "--effekt", "--ar", "2023", "--ut", sti("x.xlsx"))).toContain("«--ar» må være 2024, 2025 eller 2026");
    expect(() => readFileSync(sti("x.xlsx"))).toThrow();
  });
  test("feil i budsjettet nevner scenariofilen og feltet, og ingen fil skrives", () => {
    const eksempel = JSON.parse(readFileSync("docs/eksempel-budsjett.json", "utf8"));
    writeFileSync(sti("vekst.json"), JSON.stringify({ ...eksempel, budsjett: { ...eksempel.budsjett, befolkningsvekst: "1,0" } }));
    expect(feiler(1, "--scenario", sti("vekst.json"), "--ut", sti("y.xlsx")))
      .toContain(`Scenariofilen «${sti("vekst.json")}»: budsjett.befolkningsvekst: forventet prosent per år som JSON-tall`);
    writeFileSync(sti("oppstart.json"), JSON.stringify({ ...eksempel, budsjett: { ...eksempel.budsjett, oppstart: { "Fiks Smittevern": "2027-K1" } } }));
    expect(feiler(1, "--scenario", sti("oppstart.json"), "--ut", sti("y.xlsx")))
      .toContain("budsjett.oppstart[\"Fiks Smittevern\"]: Fiks Smittevern er ikke med i scenariet.");
    expect(() => readFileSync(sti("y.xlsx"))).toThrow();
  });
});

test("filene fra kommandolinjen regnet ut i LibreOffice er lik «fikspris kalkulator», «fikspris budsjett» og «fikspris effekt»", () => {
  const { resultat } = regnUt({ bodo: readFileSync(sti("bodo.xlsx")), budsjett: readFileSync(sti("budsjett.xlsx")), sektor: readFileSync(sti("sektor.xlsx")) });
  const kalkulator = JSON.parse(fikspris("kalkulator", "--scenario", "docs/eksempel-scenario.json", "--json").ut);
  const rader = resultat.get("bodo")!.get("Kalkulator")!;
  const start = finnRad(rader, "Tjeneste") + 1;
  const tilTall = (v: number | null, tom: string) => (v === null ? tom : v);
  [...kalkulator.rader, kalkulator.sum].forEach((r: Record<string, number | null>, i: number) => {
    const celler = rader[start + i];
    const tillegg = r.tillegg !== null && i < kalkulator.rader.length;
    expect([tall(celler[1]) ?? celler[1], tall(celler[2]) ?? celler[2], tall(celler[4]) ?? celler[4], tall(celler[5]) ?? celler[5], tall(celler[6]) ?? celler[6]])
      .toEqual([tilTall(r.eksisterende, ""), tilTall(r.ny, tillegg ? "" : "na."), tilTall(r.endringKr, tillegg ? "" : "na."), tilTall(r.tillegg, ""), tilTall(r.totalNy, "na.")]);
    if (r.endringProsent !== null) expect(tall(celler[3])).toBeCloseTo(r.endringProsent / 100, 12);
  });
  // Budsjettet: hver linje, hvert år og kvartal, og summene, mot JSON-svaret fra «fikspris budsjett».
  const plan = JSON.parse(fikspris("budsjett", "--scenario", "docs/eksempel-budsjett.json", "--json").ut);
  const budsjett = resultat.get("budsjett")!.get("Budsjett")!;
  const t = finnRad(budsjett, "Tjeneste");
  const arsrad = finnRad(budsjett, "År");
  plan.ar.forEach((a: { ar: number; innbyggere: number; sum: number; kvartal: number[]; linjer: { belop: number; kvartal: number[] }[] }, n: number) => {
    const k = 3 + 7 * n;
    // Docs-eksempelet er Bodø med SSB-tall: 2027 bruker 1.1.2026, senere år framskrives fra det (arket og kjernen).
    expect([a.ar, tall(budsjett[arsrad][k]), tall(budsjett[arsrad + 1][k]), budsjett[arsrad + 2][k]])
      .toEqual([a.ar, a.ar, a.innbyggere, n === 0 ? "1.1.2026" : `framskrevet ${n} år fra 1.1.2026`]);
    a.linjer.forEach((l, i) => expect([a.ar, i, ...[2, 3, 4, 5, 6].map((j) => tall(budsjett[t + 1 + i][k + j]))]).toEqual([a.ar, i, l.belop, ...l.kvartal]));
    expect([2, 3, 4, 5, 6].map((j) => tall(budsjett[t + 1 + a.linjer.length][k + j]))).toEqual([a.sum, ...a.kvartal]);
  });
  expect(tall(budsjett[finnRad(budsjett, "Sum for planen")][2])).toBe(plan.sum);
  const effekt = JSON.parse(fikspris("effekt", "--json").ut);
  const kunder = resultat.get("sektor")!.get("Kunder")!;
  const h = finnRad(kunder, "Nummer");
  const sum = kunder[h + 1 + 371];
  expect(sum[0]).toBe("Sum");
  expect(tall(sum[kunder[h].indexOf("Ny pris i alt")])).toBe(effekt.total.ny);
  for (const t of effekt.tjenester) expect([t.tjeneste, tall(sum[kunder[h].indexOf(t.tjeneste)])]).toEqual([t.tjeneste, t.inntekt]);
});
