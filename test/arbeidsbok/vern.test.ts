/**
 * Vernet av inndataene, lest tilbake fra filen med exceljs og sjekket i LibreOffice: hver gul celle har en validering
 * med norsk inndatamelding og er ulåst, alt annet er låst, og arkene er beskyttet uten passord; én validering per område
 * (exceljs' egen sammenslåing ga overlappende områder). I LibreOffice: organisasjonen velges fra arket Innbyggere og
 * innbyggertallet følger; tekst i en bandgrense, første år 2024 og referanseinnbyggertall 0 gir en merknad med
 * kommandolinjens ordlyd i stedet for et stille galt tall.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import { BOKER } from "./boker";
import { type Arkverdier, finnRad, rediger, regnUt, settMatrisecelle, tall } from "./libreoffice";

jest.setTimeout(900_000);

const filer: Record<string, Uint8Array> = {};
let lo: Map<string, Arkverdier>;

async function les(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return bok;
}

beforeAll(async () => {
  for (const navn of ["lillestrom", "bodo", "sektor"]) filer[navn] = await skrivXlsx(BOKER[navn]());
  const endre = (navn: string, ark: string, celle: string, verdi: ExcelJS.CellValue) =>
    rediger(filer[navn], (bok) => { bok.getWorksheet(ark)!.getCell(celle).value = verdi; });
  const redigert = {
    bodo_lillestrom: await endre("bodo", "Kalkulator", "B4", "Lillestrøm"),
    bodo_2024: await endre("bodo", "Budsjett", "B4", 2024),
    bodo_referanse: await rediger(filer.bodo, (bok) => settMatrisecelle(bok, "Referanseinnbyggertall", "Innbyggerpris kommune", 0)),
    sektor_tekstgrense: await endre("sektor", "Fordeling", "C4", "abc"),
  };
  lo = regnUt({ ...filer, ...redigert }).resultat;
});

test.each(["lillestrom", "bodo", "sektor"])("%s: hver gul celle er ulåst og har en validering med norsk inndatamelding; alt annet er låst", async (navn) => {
  const bok = await les(filer[navn]);
  let gule = 0;
  bok.eachSheet((ark) => {
    const vern = (ark as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    expect([ark.name, vern?.sheet]).toEqual([ark.name, true]);
    ark.eachRow((rad) => rad.eachCell((c) => {
      const gul = (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === "FFFFF2CC";
      expect([ark.name, c.address, c.protection?.locked === false]).toEqual([ark.name, c.address, gul]);
      if (!gul) return;
      gule += 1;
      // Matrisecellene tar tall eller «NA» og har ingen validering; alle andre gule celler har en.
      if (ark.name === "Prismatrise" && Number(c.row) < ark.rowCount) return;
      const v = c.dataValidation;
      expect([ark.name, c.address, v?.showInputMessage, v?.showErrorMessage]).toEqual([ark.name, c.address, true, true]);
      expect(v.prompt).toMatch(/^[A-ZÆØÅ][^]{10,254}$/);
      expect(v.error).toMatch(/må|Velg/);
    }));
  });
  expect(gule).toBeGreaterThan(10);
});

test("én validering per område i filen, uten overlapp (sektorboken: Kunder D15:D385 og R15:R385)", async () => {
  const zip = await JSZip.loadAsync(filer.sektor);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect([...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(["D15:D385", "R15:R385"]);
});

test("arkbeskyttelsen har ikke passord, og kolonnebredder og radhøyder kan endres", async () => {
  const zip = await JSZip.loadAsync(filer.lillestrom);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const vern = /<sheetProtection [^>]*\/>/.exec(xml)![0];
  expect(vern).toContain('sheet="1"');
  expect(vern).not.toMatch(/password|hashValue/);
  expect(vern).toContain('formatColumns="0"');
  expect(vern).toContain('formatRows="0"');
});

test("LibreOffice leser valideringene: organisasjonslisten fra Innbyggere, årstall og bandgrenser overlever en rundtur", () => {
  const mappe = mkdtempSync(join(tmpdir(), "arbeidsbok-rundtur-"));
  try {
    const [inn, ut, hjem] = ["inn", "ut", "hjem"].map((m) => join(mappe, m));
    for (const m of [inn, ut, hjem]) mkdirSync(m);
    writeFileSync(join(inn, "bodo.xlsx"), filer.bodo);
    const k = spawnSync("soffice", ["--headless", "--norestore", "--convert-to", "xlsx", "--outdir", ut, join(inn, "bodo.xlsx")], { env: { ...process.env, HOME: hjem }, encoding: "utf8" });
    expect(k.status).toBe(0);
    const xml = spawnSync("unzip", ["-p", join(ut, "bodo.xlsx"), "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"], { encoding: "utf8" }).stdout
      || readFileSync(join(ut, "bodo.xlsx")).toString("latin1");
    expect(xml).toMatch(/type="list"[^>]*sqref="B4"|sqref="B4"[^>]*type="list"/);
    expect(xml).toContain("Innbyggere!$B$7:$B$363");
  } finally {
    rmSync(mappe, { recursive: true, force: true });
  }
});

test("LibreOffice: en annen organisasjon fra listen gir dens innbyggertall og priser", () => {
  const k = lo.get("bodo_lillestrom")!.get("Kalkulator")!;
  expect(k[5][1]).toBe("94201"); // Lillestrøm 1. januar 2024
  expect(k[3][2]).toMatch(/^Nummer 3205\./);
  const bodo = lo.get("bodo")!.get("Kalkulator")!;
  expect(tall(k[12][2])).toBeGreaterThan(tall(bodo[12][2])!); // grunnfinansieringen vokser med innbyggertallet
});

test("LibreOffice: første år 2024 gir en merknad og «na.» i stedet for en plan (kommandolinjen nekter år før 2025)", () => {
  const b = lo.get("bodo_2024")!.get("Budsjett")!;
  expect(b[3][2]).toBe("Første år må være et budsjettår (heltall fra 2025 til 2099): planen viser «na.».");
  expect(b[9][3]).toBe("na.");
  expect(lo.get("bodo")!.get("Budsjett")![3][2]).toBe("Planens første år (2025–2099); årstallene under følger.");
});

test("LibreOffice: referanseinnbyggertall 0 gir merknaden «må være større enn 0» i Prismatrise og Kalkulator", () => {
  const p = lo.get("bodo_referanse")!.get("Prismatrise")!;
  const r = finnRad(p, "Referanseinnbyggertall");
  expect(p[r][8]).toBe("Referanseinnbyggertallet for kommuner (C16) må være større enn 0.");
  const k = lo.get("bodo_referanse")!.get("Kalkulator")!;
  const rad = finnRad(k, "Grunnfinansiering");
  expect([k[rad][2], k[rad][7]]).toEqual(["na.", "Referanseinnbyggertallet for kommuner i arket Prismatrise må være større enn 0."]);
  expect(lo.get("bodo")!.get("Prismatrise")![r][8]).toBe("");
});

test("LibreOffice: tekst i en bandgrense gir merknaden med kjernens ordlyd ved grensene", () => {
  const f = lo.get("sektor_tekstgrense")!.get("Fordeling")!;
  expect(f[3][5]).toBe("Bandgrense nr. 2 må være et tall: båndene teller feil.");
  expect(lo.get("sektor")!.get("Fordeling")![3][5]).toBe("");
});
