/**
 * Regnemotorselen for de frittstående arbeidsbøkene: LibreOffice Calc åpner .xlsx-filene headless, regner hver formel
 * (filene har ingen bufrede resultater: sjekket her) og skriver én CSV per ark med rå verdier. Mange filer går gjennom
 * én soffice-oppstart (CI har to kjerner); hver oppstart får sin egen HOME (sin egen profil).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { type Prismatrise, tolkPrismatrise } from "../../src/core";

/** Komma, doble anførselstegn, UTF-8, fra linje 1; rå verdier (ikke som vist); alle ark (-1). Se docs/arbeidsbok.md. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export type Arkverdier = Map<string, string[][]>;

/** Regner ut filene i LibreOffice: filnavn (uten .xlsx) → arknavn → rader med celletekster. */
export function regnUt(filer: Record<string, Uint8Array>): { resultat: Map<string, Arkverdier>; sekunder: number } {
  const mappe = mkdtempSync(join(tmpdir(), "arbeidsbok-lo-"));
  try {
    const [inn, ut, hjem] = ["inn", "ut", "hjem"].map((m) => join(mappe, m));
    for (const m of [inn, ut, hjem]) mkdirSync(m);
    const stier = Object.entries(filer).map(([navn, bytes]) => {
      if (!/^[a-z0-9_]+$/.test(navn)) throw new Error(`Filnavnet «${navn}» må være små bokstaver, tall og _.`);
      const sti = join(inn, `${navn}.xlsx`);
      writeFileSync(sti, bytes);
      return sti;
    });
    const start = process.hrtime.bigint();
    const kjoring = spawnSync("soffice", ["--headless", "--norestore", "--convert-to", CSV_FILTER, "--outdir", ut, ...stier], {
      env: { ...process.env, HOME: hjem }, encoding: "utf8", timeout: 600_000,
    });
    const sekunder = Number(process.hrtime.bigint() - start) / 1e9;
    if (kjoring.error) throw new Error(`LibreOffice (soffice) kunne ikke startes: ${kjoring.error.message}. Installer Debian-pakken libreoffice-calc-nogui.`);
    if (kjoring.status !== 0) throw new Error(`soffice avsluttet med kode ${kjoring.status}: ${kjoring.stderr}`);
    const resultat = new Map<string, Arkverdier>();
    for (const navn of Object.keys(filer)) resultat.set(navn, new Map());
    for (const fil of readdirSync(ut)) {
      const treff = /^([a-z0-9_]+)-(.+)\.csv$/.exec(fil);
      if (!treff || !resultat.has(treff[1])) throw new Error(`Uventet fil fra LibreOffice: ${fil}`);
      const rader = Papa.parse<string[]>(readFileSync(join(ut, fil), "utf8"), { skipEmptyLines: false }).data;
      resultat.get(treff[1])!.set(treff[2], rader);
    }
    for (const [navn, ark] of resultat) if (ark.size === 0) throw new Error(`LibreOffice skrev ingen ark for ${navn}.xlsx: ${kjoring.stdout}${kjoring.stderr}`);
    return { resultat, sekunder };
  } finally {
    rmSync(mappe, { recursive: true, force: true });
  }
}

/** En celle fra LibreOffices CSV som tall: "354752", "-11.2341463414634%" (→ −0,112…), "10%"; null for annen tekst. */
export function tall(tekst: string | undefined): number | null {
  if (tekst === undefined) return null;
  const prosent = tekst.endsWith("%");
  const del = prosent ? tekst.slice(0, -1) : tekst;
  if (!/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(del)) return null;
  return prosent ? Number(del) / 100 : Number(del);
}

/** Antall formelceller og hvor mange av dem som har et bufret resultat (må være 0: LibreOffice regner ut alle). */
export async function formelceller(bytes: Uint8Array): Promise<{ formler: number; medResultat: number }> {
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  let formler = 0;
  let medResultat = 0;
  bok.eachSheet((ark) => ark.eachRow((rad) => rad.eachCell((c) => {
    if (c.type !== ExcelJS.ValueType.Formula) return;
    formler += 1;
    if ((c.value as ExcelJS.CellFormulaValue).result !== undefined) medResultat += 1;
  })));
  return { formler, medResultat };
}

/** Endrer en arbeidsbok slik en bruker ville gjort (exceljs) og skriver den igjen; formlene forblir uten bufrede resultater. */
export async function rediger(bytes: Uint8Array, endre: (bok: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  endre(bok);
  return new Uint8Array(await bok.xlsx.writeBuffer());
}

/** Finner raden der første celle er `tekst` (en tabelloverskrift), eller kaster en feil. */
export function finnRad(rader: string[][], tekst: string, fra = 0): number {
  const i = rader.findIndex((r, j) => j >= fra && r[0] === tekst);
  if (i < 0) throw new Error(`Fant ingen rad som begynner med «${tekst}».`);
  return i;
}

/** Arket Prismatrise slik en bruker forlot det, lest som verdier og tolket av kjernen (som «Bruk prismatrise fra arket»). */
export function matriseFraArk(bok: ExcelJS.Workbook): Prismatrise {
  const ark = bok.getWorksheet("Prismatrise")!;
  const celler: unknown[][] = [];
  ark.eachRow((rad, r) => {
    if (r < 3) return;
    celler.push(Array.from({ length: 8 }, (_, k) => rad.getCell(k + 1).value ?? ""));
  });
  return tolkPrismatrise(celler);
}

/** Setter en matrisecelle etter tjenestenavn og kolonneoverskrift. */
export function settMatrisecelle(bok: ExcelJS.Workbook, tjeneste: string, kolonne: string, verdi: number | string): void {
  const ark = bok.getWorksheet("Prismatrise")!;
  const k = (ark.getRow(3).values as unknown[]).indexOf(kolonne);
  let funnet = false;
  ark.eachRow((rad) => {
    if (rad.getCell(1).value === tjeneste) {
      rad.getCell(k).value = verdi;
      funnet = true;
    }
  });
  if (k < 1 || !funnet) throw new Error(`Fant ikke ${tjeneste} / ${kolonne} i Prismatrise.`);
}
