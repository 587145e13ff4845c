/**
 * Hver formelcelle bærer sitt resultat i filen (forhåndsvisninger, pandas og openpyxl viser tallene uten å regne), og
 * resultatet er det regnemotorene selv kommer til: filene skrives, de bufrede resultatene leses tilbake med exceljs og
 * fjernes, og LibreOffice Calc og Gnumeric regner hver formel på nytt. Begge motorene må komme til nøyaktig det filen
 * bar, i hver formelcelle i kalkulator-, budsjett- og sektorbøkene. Prisene selv er kjernens: de sammenlignes her med
 * kjernens beregnKalkulator.
 */
import { beregnKalkulator, STANDARD_PRISMATRISE, STANDARD_SVARUT } from "../../src/core";
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import { celleadresse } from "../../src/ark/adresser";
import { BOKER, LILLESTROM_INPUT } from "./boker";
import { type Arkverdier, bufredeResultater, likVerdi, regnUt, regnUtGnumeric, utenResultater } from "./libreoffice";

jest.setTimeout(900_000);

type Bufret = Awaited<ReturnType<typeof bufredeResultater>>;
const bufret: Record<string, Bufret> = {};
let lo: Map<string, Arkverdier>;
let gnumeric: Map<string, Arkverdier>;

beforeAll(async () => {
  const strippet: Record<string, Uint8Array> = {};
  for (const [navn, lag] of Object.entries(BOKER)) {
    const bytes = await skrivXlsx(lag());
    bufret[navn] = await bufredeResultater(bytes);
    strippet[navn] = await utenResultater(bytes);
  }
  lo = regnUt(strippet).resultat;
  gnumeric = regnUtGnumeric(strippet);
});

/** Formelcellene der motoren kom til noe annet enn filen bar. */
function avvik(navn: string, motor: Map<string, Arkverdier>): string[] {
  return bufret[navn].flatMap(({ ark, rad, kolonne, formel, resultat }) => {
    const faktisk = motor.get(navn)?.get(ark)?.[rad]?.[kolonne] ?? "";
    return likVerdi(resultat, faktisk) ? [] : [`${navn} ${ark}!${celleadresse(rad, kolonne)}: filen ${JSON.stringify(resultat)}, motoren «${faktisk}» (${formel})`];
  });
}

test.each(Object.keys(BOKER))("%s: hver formelcelle har et bufret resultat, og LibreOffice regner ut det samme", (navn) => {
  const formler = bufret[navn];
  expect(formler.length).toBeGreaterThan(20);
  expect(formler.filter((f) => f.resultat === undefined)).toEqual([]);
  expect(avvik(navn, lo)).toEqual([]);
});

test.each(Object.keys(BOKER))("%s: Gnumeric regner ut det samme som filen bar i hver formelcelle", (navn) => {
  expect(avvik(navn, gnumeric)).toEqual([]);
});

test("sektorboken har tusenvis av formelceller, alle med resultat", () => {
  expect(bufret.sektor.length).toBeGreaterThan(371 * 13);
});

test("Lillestrøm: de bufrede prisene i Kalkulator er kjernens (Ny pris, Total ny, Sum)", () => {
  const r = beregnKalkulator(LILLESTROM_INPUT, STANDARD_PRISMATRISE, STANDARD_SVARUT);
  const celle = (rad: number, kolonne: number) => bufret.lillestrom.find((f) => f.ark === "Kalkulator" && f.rad === rad && f.kolonne === kolonne)?.resultat;
  // Kalkulatortabellen begynner på rad 13 (fra 0: 12), kolonne C (2) er ny pris og G (6) total ny pris.
  r.rader.forEach((x, i) => {
    expect([x.tjeneste, celle(12 + i, 2)]).toEqual([x.tjeneste, x.ny!.toNumber()]);
    expect([x.tjeneste, celle(12 + i, 6)]).toEqual([x.tjeneste, x.totalNy!.toNumber()]);
  });
  expect(celle(12 + r.rader.length, 6)).toBe(r.sum.totalNy!.toNumber());
});
