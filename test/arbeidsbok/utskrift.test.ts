/**
 * Utskriften: LibreOffice skriver hver arbeidsbok ut som PDF med arkenes eget utskriftsoppsett, og pdftotext leser
 * sidene. Ingen side viser «###» (en for smal kolonne), hver sum i fet skrift står helt (ingen avkuttede sifre), hver
 * side er A4, hvert ark har arknavn og sidetall i bunnteksten, og Kalkulator er én side bred. Sidetallene skrives ut
 * (rapporten i docs/arbeidsbok.md).
 */
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import type { Arbeidsbokplan } from "../../src/ark/modell";
import { BOKER } from "./boker";
import { skrivUt } from "./libreoffice";

jest.setTimeout(900_000);

const planer: Record<string, Arbeidsbokplan> = {};
let pdf: ReturnType<typeof skrivUt>;

beforeAll(async () => {
  const filer: Record<string, Uint8Array> = {};
  for (const [navn, lag] of Object.entries(BOKER)) {
    planer[navn] = lag();
    filer[navn] = await skrivXlsx(planer[navn]);
  }
  pdf = skrivUt(filer);
  for (const [navn, { sider }] of pdf) console.log(`${navn}: ${sider.length} sider`);
});

/** En kronesum slik LibreOffice skriver den ut her (engelske skilletegn i testmaskinens språk): «1,605,099 kr». */
const kroner = (n: number) => `${n < 0 ? "-" : ""}${Math.abs(n).toLocaleString("en-US")} kr`;

test.each(Object.keys(BOKER))("%s: ingen «###» og hver fete kronesum står helt på utskriften", (navn) => {
  const tekst = pdf.get(navn)!.sider.join("\n");
  expect(tekst).not.toContain("###");
  const summer = planer[navn].ark.flatMap((a) => a.rader.flat()).filter((c) => c?.stil === "sum" && typeof c.resultat === "number" && c.format?.includes("kr"));
  expect(summer.length).toBeGreaterThan(0);
  const mangler = summer.map((c) => kroner(c!.resultat as number)).filter((t) => !new RegExp(`(^|\\s)${t.replace(/[.]/g, "\\.")}`).test(tekst));
  expect(mangler).toEqual([]);
});

test.each(Object.keys(BOKER))("%s: hver side er A4, med arknavn og «Side n av N» i bunnteksten", (navn) => {
  const { sider, storrelser } = pdf.get(navn)!;
  expect(storrelser).toHaveLength(sider.length);
  for (const s of storrelser) expect(s).toMatch(/^(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+)$/);
  const arknavn = planer[navn].ark.map((a) => a.navn);
  sider.forEach((side, i) => {
    const bunn = side.trimEnd().split("\n").at(-1)!;
    expect(bunn).toMatch(new RegExp(`^(${arknavn.join("|")}) +Side ${i + 1} av ${sider.length}$`));
  });
  // Hvert ark er skrevet ut.
  expect(new Set(sider.map((s) => s.trimEnd().split("\n").at(-1)!.split(/ {2,}/)[0]))).toEqual(new Set(arknavn));
});

test("Kalkulator er én side bred og står på første side; de store bøkene har langt færre sider enn før (32 og 75)", () => {
  for (const navn of ["lillestrom", "bodo", "vestland", "statlig"]) {
    const sider = pdf.get(navn)!.sider.filter((s) => /\nKalkulator +Side/.test(s));
    expect([navn, sider.length]).toEqual([navn, 1]);
  }
  expect(pdf.get("lillestrom")!.sider.length).toBeLessThanOrEqual(16);
  expect(pdf.get("sektor")!.sider.length).toBeLessThanOrEqual(16);
});
