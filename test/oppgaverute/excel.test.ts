/**
 * src/taskpane/excel.ts against a simulated workbook (office-addin-mock): the calculator sheet holds LIVE
 * formulas (checked as text, then evaluated in HyperFormula with the real KS.* functions and compared with the
 * core), a second insert makes a second sheet, nothing non-empty is ever overwritten, and reading a matrix
 * back from the selection.
 */
import { type HyperFormula } from "hyperformula";
import {
  Decimal, ORGANISASJONER, STANDARD_PRISMATRISE, STANDARD_SVARUT, beregnKalkulator, prismatriseTilCeller, tolkPrismatrise,
} from "../../src/core";
import { kalkulatorark, prismatriseark, type Kalkulatoroppsett } from "../../src/taskpane/arkoppsett";
import { Arkfeil, officeArbeidsbok } from "../../src/taskpane/excel";
import { lagArbeidsbok } from "../funksjoner/hyperformula-ks";
import { Falskbok } from "./falsk-excel";

const bodo = ORGANISASJONER.find((o) => o.navn === "Bodø")!;
const INPUT = {
  kundetype: "KOMMUNE" as const,
  innbyggere: bodo.innbyggere[2024],
  tjenester: [
    { tjeneste: "Fiks Digisos", eksisterende: 41000 },
    { tjeneste: "SvarUt", eksisterende: 190000, altinn: 1000, forsendelser: 50000, svarinn: 200 },
    { tjeneste: "Min kommune", eksisterende: 80000 },
  ],
  vurder: ["Digitalt ledsagerbevis"],
};

function oppsett(matriseomrade: string | null = null): Kalkulatoroppsett {
  const resultat = beregnKalkulator(INPUT, STANDARD_PRISMATRISE, STANDARD_SVARUT);
  return {
    kundenavn: "Bodø", nummer: "1804", kundetype: "KOMMUNE", innbyggere: 53712, innbyggerkilde: "SSB tabell 07459, 1. januar 2024",
    volum: { altinn: 1000, forsendelser: 50000, svarinn: 200 }, rader: resultat.rader, matriseomrade,
    matrisenavn: matriseomrade ? `Prismatrise fra arket ${matriseomrade}` : "Standard prismatrise 2025",
  };
}

/** Canonical English syntax → the Norwegian syntax the HyperFormula harness uses (no decimals in our formulas). */
function norskSyntaks(celle: unknown): unknown {
  if (typeof celle !== "string" || !celle.startsWith("=")) return celle;
  return celle.split('"').map((del, i) => (i % 2 === 0 ? del.replace(/,/g, ";") : del)).join('"');
}

function hyperformula(bok: Falskbok): HyperFormula {
  return lagArbeidsbok(Object.fromEntries(bok.ark.map((a) => [a.name, a.rutenett().map((r) => r.map(norskSyntaks))])));
}

describe("Sett inn i arket: kalkulatorark", () => {
  test("skriver inndata og formler (ikke verdier) i et nytt ark «Kalkulator Bodø»", async () => {
    const bok = new Falskbok();
    bok.leggTilArk("Ark1");
    const fremdrift: string[] = [];
    const svar = await officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()), (m) => fremdrift.push(m));
    expect(svar.ark).toBe("Kalkulator Bodø");
    const ark = bok.finn("Kalkulator Bodø");
    const c = (a: string) => ark.celler.get(a);
    // Inputs are values…
    expect([c("A6"), c("B4"), c("B5"), c("B6"), c("B7"), c("B8"), c("B9")]).toEqual(["Innbyggere", "Bodø (1804)", "KOMMUNE", 53712, 1000, 50000, 200]);
    // …header at row 12, one row per core line from row 13, Sum at row 18.
    expect([12, 13, 14, 15, 16, 17, 18].map((r) => c(`A${r}`))).toEqual(["Tjeneste", "Grunnfinansiering", "Fiks Digisos", "SvarUt", "Min kommune", "Digitalt ledsagerbevis", "Sum"]);
    // Existing prices are input cells (numbers); every price is a formula on the inputs.
    expect([c("B13"), c("B14"), c("B15"), c("B16"), c("B17")]).toEqual([undefined, 41000, 190000, 80000, undefined]);
    expect(c("C13")).toBe("=KS.FIKSPRIS(A13,$B$6,$B$5)");
    expect(c("C14")).toBe("=KS.FIKSPRIS(A14,$B$6,$B$5)");
    expect(c("C15")).toBe("=KS.SVARUTPRIS($B$7,$B$8,$B$9,$B$5)");
    expect(c("C16")).toBeUndefined();
    expect(c("F17")).toBe("=KS.FIKSPRIS(A17,$B$6,$B$5)");
    expect(c("D14")).toBe('=IF(N(B14)=0,"na.",KS.PRISENDRING(B14,C14))');
    expect(c("E13")).toBe('=IF(B13="",C13,C13-B13)');
    expect(c("E14")).toBe('=IF(B14="","na.",C14-B14)');
    expect([c("D16"), c("E16")]).toEqual(["na.", "na."]);
    expect([c("G13"), c("G17")]).toEqual(["=C13", "=F17"]);
    expect([c("B18"), c("C18"), c("D18"), c("E18"), c("F18"), c("G18")]).toEqual([
      "=SUM(B13:B17)", "=SUM(C13:C17)", '=IF(N(B18)=0,"na.",KS.PRISENDRING(B18,C18))', "=C18-B18", "=SUM(F13:F17)", "=SUM(G13:G17)",
    ]);
    // No computed price was written as a number anywhere in the price columns.
    for (const [adr, v] of ark.celler) if (/^[C-G](1[3-8])$/.test(adr)) expect(typeof v).toBe("string");
    // A formatted Excel table over header + lines; percent and kroner formats; inputs highlighted; sheet activated.
    expect(ark.tabeller).toEqual([{ navn: "Kalkulator1", omrade: "A12:G17", overskrift: true, stil: "TableStyleMedium2" }]);
    expect(ark.format.get("D14")).toBe("0 %");
    expect(ark.format.get("C13")).toBe('#,##0 "kr";-#,##0 "kr"');
    expect(ark.fet.has("G18")).toBe(true);
    expect(ark.fyll.get("B6")).toBe("#FFF2CC");
    expect(ark.aktivert).toBe(true);
    expect(fremdrift.at(-1)).toBe("Ferdig: arket «Kalkulator Bodø» er satt inn.");
  });

  test("formlene regner ut det samme som kjernen, og regner på nytt når inndata endres (HyperFormula + KS.*)", async () => {
    const bok = new Falskbok();
    await officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()));
    const hf = hyperformula(bok);
    const ark = hf.getSheetId("Kalkulator Bodø")!;
    const verdi = (a: string) => hf.getCellValue(hf.simpleCellAddressFromString(a, ark)!);
    const kjerne = beregnKalkulator(INPUT, STANDARD_PRISMATRISE, STANDARD_SVARUT);
    const tall = (d: Decimal | null) => (d === null ? null : d.toNumber());
    kjerne.rader.forEach((rad, i) => {
      const r = 13 + i;
      expect([rad.tjeneste, verdi(`C${r}`) ?? null, verdi(`F${r}`) ?? null, verdi(`G${r}`) ?? null])
        .toEqual([rad.tjeneste, tall(rad.ny), tall(rad.tillegg), tall(rad.totalNy)]);
    });
    // Sum row: 311 000 existing, 420 416 new, 486 423 total; change 109 416 kr = 35,18… % (a fraction in the sheet).
    expect([verdi("B18"), verdi("C18"), verdi("E18"), verdi("G18")]).toEqual([311000, 420416, 109416, 486423]);
    expect(verdi("D18") as number).toBeCloseTo(109416 / 311000, 12);
    expect(verdi("D13")).toBe("na.");
    // Live: a new population in B6 changes Fiks Digisos: 3 000 + 0,636 · 10 000 · (1 − 0,3 · 10 000 / 717 710) = 9 333,42… → 9 333.
    hf.setCellContents(hf.simpleCellAddressFromString("B6", ark)!, [[10000]]);
    expect(verdi("C14")).toBe(Math.round(3000 + 0.636 * 10000 * (1 - (0.3 * 10000) / 717710)));
  });

  test("andre innsetting lager et nytt ark «Kalkulator Bodø (2)» og lar det første være", async () => {
    const bok = new Falskbok();
    const excel = officeArbeidsbok(bok.excel());
    await excel.skrivArk(kalkulatorark(oppsett()));
    const forste = new Map(bok.finn("Kalkulator Bodø").celler);
    const svar = await excel.skrivArk(kalkulatorark(oppsett()));
    expect(svar.ark).toBe("Kalkulator Bodø (2)");
    expect(svar.tabeller).toEqual(["Kalkulator2"]);
    expect(bok.finn("Kalkulator Bodø").celler).toEqual(forste);
    expect(bok.ark.map((a) => a.name)).toEqual(["Kalkulator Bodø", "Kalkulator Bodø (2)"]);
  });

  test("et eksisterende ark med samme navn (også med annen skrift) blir aldri overskrevet", async () => {
    const bok = new Falskbok();
    const gammelt = bok.leggTilArk("KALKULATOR BODØ", { A1: "Mine notater", C14: 12345 });
    bok.leggTilArk("Kalkulator Bodø (2)", { A1: "også mitt" });
    const svar = await officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()));
    expect(svar.ark).toBe("Kalkulator Bodø (3)");
    expect(Object.fromEntries(gammelt.celler)).toEqual({ A1: "Mine notater", C14: 12345 });
  });

  test("et nytt ark som ikke er tomt får ingen celler skrevet, og brukeren får en norsk feil", async () => {
    const bok = new Falskbok();
    bok.nyttArkErIkkeTomt = true;
    await expect(officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()))).rejects.toThrow(Arkfeil);
    await expect(officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()))).rejects.toThrow(/er ikke tomt; ingenting ble skrevet/);
    for (const ark of bok.ark) expect(Object.fromEntries(ark.celler)).toEqual({ A1: "noe viktig" });
  });

  test("Excel-feil blir norske meldinger med originalen i parentes", async () => {
    const bok = new Falskbok();
    const excel = bok.excel();
    (excel as any).context.workbook.worksheets.add = () => {
      throw Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" });
    };
    await expect(officeArbeidsbok(excel).skrivArk(kalkulatorark(oppsett()))).rejects.toThrow(
      "Å sette inn arket mislyktes: arbeidsboken er beskyttet eller skrivebeskyttet. (The workbook is protected.)",
    );
  });
});

describe("Prismatrise i arket", () => {
  test("«Sett inn prismatrise» skriver matrise og SvarUt-tabell som Excel-tabeller, i formatet som leses tilbake", async () => {
    const bok = new Falskbok();
    const svar = await officeArbeidsbok(bok.excel()).skrivArk(prismatriseark(STANDARD_PRISMATRISE, STANDARD_SVARUT, "Standard 2025"));
    expect(svar.ark).toBe("Prismatrise");
    const ark = bok.finn("Prismatrise");
    // 12 services + header + reference row = 14 rows × 8 columns from A3: A3:H16; SvarUt (6 kundetyper + header) from A19.
    expect(ark.tabeller.map((t) => [t.navn, t.omrade])).toEqual([["Prismatrise1", "A3:H16"], ["SvarUt1", "A19:E25"]]);
    expect(ark.celler.get("C4")).toBe(6.345);
    expect(ark.format.get("D4")).toBe("0 %");
    const lest = ark.rutenett().slice(2, 16).map((r) => r.slice(0, 8).map((v) => v ?? ""));
    expect(lest).toEqual(prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => r.map((v) => v)));
  });

  test("«Bruk prismatrise fra arket»: én celle i en tabell leser hele tabellen", async () => {
    const bok = new Falskbok();
    const excel = officeArbeidsbok(bok.excel());
    await excel.skrivArk(prismatriseark(STANDARD_PRISMATRISE, STANDARD_SVARUT, "Standard 2025"));
    bok.utvalg = { ark: "Prismatrise", adresse: "C5", tabell: { navn: "Prismatrise1", omrade: "A3:H16" } };
    const utvalg = await excel.lesUtvalg();
    expect(utvalg.adresse).toBe("Prismatrise!A3:H16");
    const matrise = tolkPrismatrise(utvalg.verdier);
    expect(matrise.tjenester.map((t) => t.navn)).toEqual(STANDARD_PRISMATRISE.tjenester.map((t) => t.navn));
    expect(matrise.referanse).toEqual(STANDARD_PRISMATRISE.referanse);
  });

  test("et merket område leses som det er; én celle utenfor en tabell gir en norsk forklaring", async () => {
    const bok = new Falskbok();
    bok.leggTilArk("Data", { A1: "Tjeneste", B1: "Fastpris kommune", A2: "Fiks Digisos", B2: 3000 });
    const excel = officeArbeidsbok(bok.excel());
    bok.utvalg = { ark: "Data", adresse: "A1:B2" };
    expect(await excel.lesUtvalg()).toEqual({ adresse: "Data!A1:B2", verdier: [["Tjeneste", "Fastpris kommune"], ["Fiks Digisos", 3000]] });
    bok.utvalg = { ark: "Data", adresse: "B2" };
    await expect(excel.lesUtvalg()).rejects.toThrow(/Merk hele prismatrisen/);
  });

  test("kalkulatorformler med matrise fra arket peker på området, og en endret sats i matrisen slår gjennom", async () => {
    const bok = new Falskbok();
    const excel = officeArbeidsbok(bok.excel());
    await excel.skrivArk(prismatriseark(STANDARD_PRISMATRISE, STANDARD_SVARUT, "Standard 2025"));
    await excel.skrivArk(kalkulatorark(oppsett("Prismatrise!A3:H16")));
    const ark = bok.finn("Kalkulator Bodø");
    expect(ark.celler.get("C14")).toBe("=KS.FIKSPRIS(A14,$B$6,$B$5,'Prismatrise'!$A$3:$H$16)");
    const hf = hyperformula(bok);
    const k = hf.getSheetId("Kalkulator Bodø")!;
    const verdi = (a: string) => hf.getCellValue(hf.simpleCellAddressFromString(a, k)!);
    expect(verdi("C14")).toBe(36394);
    // Fiks Digisos' innbyggerpris for kommuner is C5 on the matrix sheet; 0,636 → 1:
    // 3 000 + 1 · 53 712 · (1 − 0,3 · 53 712 / 717 710) = 55 506,08… → 55 506
    hf.setCellContents(hf.simpleCellAddressFromString("C5", hf.getSheetId("Prismatrise")!)!, [[1]]);
    expect(verdi("C14")).toBe(Math.round(3000 + 53712 * (1 - (0.3 * 53712) / 717710)));
  });
});
