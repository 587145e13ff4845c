/**
 * Regnemotorene for de frittstående arbeidsbøkene: LibreOffice Calc åpner .xlsx-filene headless, regner hver formel på
 * nytt (profilen ber om omregning ved hver åpning, så de bufrede resultatene i filen ikke brukes) og skriver én CSV per
 * ark med rå verdier. Mange filer går gjennom én soffice-oppstart (CI har to kjerner); hver oppstart får sin egen HOME
 * (sin egen profil). Gnumeric (ssconvert --recalc) er den andre, uavhengige motoren.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { type Prismatrise, tolkPrismatrise } from "../../src/core";

/** Komma, doble anførselstegn, UTF-8, fra linje 1; rå verdier (ikke som vist); alle ark (-1). Se docs/arbeidsbok.md. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export type Arkverdier = Map<string, string[][]>;

/**
 * En LibreOffice-profil som regner ut alle formler i en .xlsx ved åpning (standard er «aldri», og da viser LibreOffice
 * filens bufrede resultater).
 */
function lagProfil(hjem: string): void {
  const mappe = join(hjem, ".config", "libreoffice", "4", "user");
  mkdirSync(mappe, { recursive: true });
  writeFileSync(join(mappe, "registrymodifications.xcu"), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
}

/** Regner ut filene i LibreOffice: filnavn (uten .xlsx) → arknavn → rader med celletekster. */
export function regnUt(filer: Record<string, Uint8Array>): { resultat: Map<string, Arkverdier>; sekunder: number } {
  const mappe = mkdtempSync(join(tmpdir(), "arbeidsbok-lo-"));
  try {
    const [inn, ut, hjem] = ["inn", "ut", "hjem"].map((m) => join(mappe, m));
    for (const m of [inn, ut, hjem]) mkdirSync(m);
    lagProfil(hjem);
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

/** Antall formelceller og hvor mange av dem som har et bufret resultat (lest fra filens XML: se bufredeResultater). */
export async function formelceller(bytes: Uint8Array): Promise<{ formler: number; medResultat: number }> {
  const celler = await bufredeResultater(bytes);
  return { formler: celler.length, medResultat: celler.filter((c) => c.resultat !== undefined).length };
}

/**
 * Endrer en arbeidsbok slik en bruker ville gjort (exceljs) og skriver den igjen. De bufrede resultatene fjernes (de
 * gjelder ikke lenger), og boken ber om full omregning ved åpning, slik regnearket ville regnet etter endringen.
 */
export async function rediger(bytes: Uint8Array, endre: (bok: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  endre(bok);
  fjernResultater(bok);
  return new Uint8Array(await bok.xlsx.writeBuffer());
}

function fjernResultater(bok: ExcelJS.Workbook): void {
  bok.calcProperties.fullCalcOnLoad = true;
  bok.eachSheet((ark) => ark.eachRow((rad) => rad.eachCell((c) => {
    if (c.type === ExcelJS.ValueType.Formula) c.value = { formula: (c.value as ExcelJS.CellFormulaValue).formula } as ExcelJS.CellFormulaValue;
  })));
}

/** Den samme arbeidsboken uten ett eneste bufret resultat: regnemotoren må regne ut hver formel selv. */
export const utenResultater = (bytes: Uint8Array) => rediger(bytes, () => undefined);

/**
 * Hver formelcelle i filen med sitt bufrede resultat (<v> ved <f> i arkenes XML), lest direkte fra filen: exceljs'
 * leser et bufret 0 og en tom tekst som «ingen resultat». Arkene står i boken i samme rekkefølge som sheetN.xml.
 */
export async function bufredeResultater(bytes: Uint8Array): Promise<{ ark: string; rad: number; kolonne: number; formel: string; resultat: unknown }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const bok = await zip.file("xl/workbook.xml")!.async("string");
  const navn = [...bok.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => xmlTekst(m[1]));
  const ut: { ark: string; rad: number; kolonne: number; formel: string; resultat: unknown }[] = [];
  for (let i = 0; i < navn.length; i++) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
    for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
      const f = /<f>(.*?)<\/f>/.exec(m[4] ?? "");
      if (!f) continue;
      const v = /<v>(.*?)<\/v>|<v\/>/.exec(m[4]);
      const type = /t="(\w+)"/.exec(m[3])?.[1];
      const tekst = v ? xmlTekst(v[1] ?? "") : undefined;
      const resultat = tekst === undefined ? undefined
        : type === "str" ? tekst : type === "b" ? tekst === "1" : type === "e" ? { error: tekst } : Number(tekst);
      const kolonne = [...m[1]].reduce((s, c) => s * 26 + c.charCodeAt(0) - 64, 0) - 1;
      ut.push({ ark: navn[i], rad: Number(m[2]) - 1, kolonne, formel: xmlTekst(f[1]), resultat });
    }
  }
  return ut;
}

const xmlTekst = (x: string) => x.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * Et bufret resultat mot motorens CSV-tekst: tall med relativ toleranse 10⁻¹² (CSV-ene har 15–19 gjeldende sifre),
 * tekst likt etter at skilletegn mellom sifre er fjernet (boken bufrer «10 000» og «2,5» som norsk Excel; motorene
 * her kjører med engelske skilletegn), feil som motorens feiltekst.
 */
export function likVerdi(bufret: unknown, motor: string): boolean {
  if (typeof bufret === "number") {
    const t = tall(motor);
    return t !== null && Math.abs(t - bufret) <= 1e-12 * Math.max(1, Math.abs(bufret));
  }
  if (typeof bufret === "string") {
    const norm = (x: string) => x.replace(/\u00a0/g, " ").replace(/(?<=\d)[ ,.](?=\d)/g, "");
    return norm(bufret) === norm(motor);
  }
  if (typeof bufret === "boolean") return motor.toUpperCase() === String(bufret).toUpperCase();
  if (typeof bufret === "object" && bufret !== null && "error" in bufret) return motor === (bufret as { error: string }).error;
  return false;
}

/** Regner ut filene i Gnumeric (`ssconvert --recalc`, én CSV per ark): filnavn → arknavn → rader. */
export function regnUtGnumeric(filer: Record<string, Uint8Array>): Map<string, Arkverdier> {
  const mappe = mkdtempSync(join(tmpdir(), "arbeidsbok-gnumeric-"));
  try {
    const resultat = new Map<string, Arkverdier>();
    for (const [navn, bytes] of Object.entries(filer)) {
      const ut = join(mappe, navn);
      mkdirSync(ut);
      const sti = join(mappe, `${navn}.xlsx`);
      writeFileSync(sti, bytes);
      const kjoring = spawnSync("ssconvert", ["-S", "--recalc", sti, join(ut, "%s.csv")], {
        env: { ...process.env, HOME: mappe }, encoding: "utf8", timeout: 600_000,
      });
      if (kjoring.error) throw new Error(`Gnumeric (ssconvert) kunne ikke startes: ${kjoring.error.message}. Installer Debian-pakken gnumeric.`);
      if (kjoring.status !== 0) throw new Error(`ssconvert avsluttet med kode ${kjoring.status}: ${kjoring.stderr}`);
      const ark: Arkverdier = new Map();
      for (const fil of readdirSync(ut)) {
        ark.set(fil.replace(/\.csv$/, ""), Papa.parse<string[]>(readFileSync(join(ut, fil), "utf8"), { skipEmptyLines: false }).data);
      }
      resultat.set(navn, ark);
    }
    return resultat;
  } finally {
    rmSync(mappe, { recursive: true, force: true });
  }
}

/**
 * Skriver filene ut som PDF i LibreOffice (arkenes eget utskriftsoppsett) og gir for hver fil sidene som tekst
 * (`pdftotext -layout`, sidene skilt med \f) og sidestørrelsene i punkter (`pdfinfo -f 1 -l N`).
 */
export function skrivUt(filer: Record<string, Uint8Array>, behold?: string): Map<string, { sider: string[]; storrelser: string[]; pdf: string }> {
  const mappe = behold ?? mkdtempSync(join(tmpdir(), "arbeidsbok-pdf-"));
  try {
    const [inn, ut, hjem] = ["inn", "ut", "hjem"].map((m) => join(mappe, m));
    for (const m of [inn, ut, hjem]) mkdirSync(m, { recursive: true });
    lagProfil(hjem);
    const stier = Object.entries(filer).map(([navn, bytes]) => {
      const sti = join(inn, `${navn}.xlsx`);
      writeFileSync(sti, bytes);
      return sti;
    });
    const kjoring = spawnSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", ut, ...stier], {
      env: { ...process.env, HOME: hjem }, encoding: "utf8", timeout: 600_000,
    });
    if (kjoring.status !== 0) throw new Error(`soffice avsluttet med kode ${kjoring.status}: ${kjoring.stderr}`);
    const resultat = new Map<string, { sider: string[]; storrelser: string[]; pdf: string }>();
    for (const navn of Object.keys(filer)) {
      const pdf = join(ut, `${navn}.pdf`);
      const tekst = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      if (tekst.error) throw new Error(`pdftotext kunne ikke startes: ${tekst.error.message}. Installer Debian-pakken poppler-utils.`);
      const sider = tekst.stdout.split("\f").slice(0, -1);
      const info = spawnSync("pdfinfo", ["-f", "1", "-l", String(sider.length), pdf], { encoding: "utf8" }).stdout;
      const storrelser = [...info.matchAll(/^Page +\d+ size: +([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1]);
      resultat.set(navn, { sider, storrelser, pdf });
    }
    return resultat;
  } finally {
    if (!behold) rmSync(mappe, { recursive: true, force: true });
  }
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
