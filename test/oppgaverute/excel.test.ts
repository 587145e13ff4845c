/**
 * src/taskpane/felles/excel.ts mot den strenge falske Excel (streng-excel.ts): kalkulatorarket har LEVENDE formler (sjekket som
 * tekst, så regnet ut i HyperFormula med de ekte KS.*-funksjonene og sammenlignet med kjernen), en ny innsetting gir et
 * nytt ark, ingenting med innhold blir overskrevet, og en prismatrise leses tilbake fra merkingen.
 */
import { type HyperFormula } from "hyperformula";
import {
  Decimal, STANDARD_PRISMATRISE, STANDARD_SVARUT, beregnKalkulator, prismatriseTilCeller, tolkPrismatrise,
} from "../../src/core";
import { Arkbygger, tekst } from "../../src/ark/modell";
import { FORMAT } from "../../src/ark/tallformat";
import { kalkulatorark, prismatriseark } from "../../src/taskpane/felles/arkoppsett";
import { Arkfeil, officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { lagArbeidsbok } from "../funksjoner/hyperformula-ks";
import { BODO_KALKULATOR as INPUT, oppsett } from "./kalkulatoroppsett";
import { Falskbok } from "./streng-excel";

/** Kanonisk engelsk syntaks → den norske syntaksen HyperFormula-oppsettet bruker (formlene våre har ingen desimaler). */
function norskSyntaks(celle: unknown): unknown {
  if (typeof celle !== "string" || !celle.startsWith("=")) return celle;
  return celle.split('"').map((del, i) => (i % 2 === 0 ? del.replace(/,/g, ";") : del)).join('"');
}

function hyperformula(bok: Falskbok): HyperFormula {
  return lagArbeidsbok(Object.fromEntries(bok.ark.map((a) => [a.navn, a.rutenett().map((r) => r.map(norskSyntaks))])));
}

const f = (formel: string) => ({ formel });

describe("Office.js-skriveren skriver hele arkmodellen", () => {
  test("sammenslåing, frysing, radhøyde, bryting, justering, gjentatt overskrift, liggende utskrift og beskyttelse", async () => {
    const b = new Arkbygger("Modell");
    b.sett(0, 0, tekst("Tittel", "tittel"));
    b.sett(1, 0, { ...tekst("En lang forklaring over hele bredden", "forklaring"), bryt: true }).slaSammen("A2:C2");
    b.rad(3, 0, ["Navn", "Beløp", "Andel"].map((t) => tekst(t, "overskrift")));
    b.rad(4, 0, [tekst("Bodø"), { verdi: 1200, format: FORMAT.kroner, stil: "inndata", justering: "hoyre" }, { formel: "B5/B5", format: FORMAT.prosent }]);
    const modell = b.bygg([30, 12, 12], { rader: 4, kolonner: 1 });
    modell.radhoyder = [null, 30];
    modell.utskrift.liggende = true;
    const bok = new Falskbok();
    await officeArbeidsbok(bok.excel()).skrivArk(modell);
    const ark = bok.finn("Modell");
    expect([ark.innhold("A2"), ark.innhold("B5"), ark.innhold("C5")]).toEqual(["En lang forklaring over hele bredden", 1200, f("=B5/B5")]);
    expect([ark.sammenslatt, ark.frosset, ark.radhoyde.get(2), ark.bryt.has("A2"), ark.justering.get("B5")]).toEqual([["A2:C2"], "A1:A4", 30, true, "Right"]);
    // Overskriftsraden (den siste frosne) gjentas på hver side; bredden 30 tegn er (30 · 7 + 5) · 0,75 = 161,25 pt, 12 tegn (12 · 7 + 5) · 0,75 = 66,75 pt.
    expect(ark.utskrift).toEqual({ papir: "A4", retning: "Landscape", tilpassBredde: 1, bunntekst: ["&A", "Side &P av &N"], tittelrader: "$4:$4" });
    expect([ark.kolonnebredde.get("A"), ark.kolonnebredde.get("B"), ark.fyll.get("A4"), ark.fet.has("C4")]).toEqual([161.25, 66.75, "#DDEBF7", true]);
    // Beskyttet uten passord; bare inndatacellen er ulåst.
    expect([ark.beskyttet, [...ark.ulast]]).toEqual([true, ["B5"]]);
  });
});

describe("Sett inn i arket: kalkulatorark", () => {
  test("skriver inndata og formler (ikke verdier) i et nytt ark «Kalkulator Bodø», med tre sync-kall", async () => {
    const bok = new Falskbok();
    const fremdrift: string[] = [];
    const svar = await officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()), (m) => fremdrift.push(m));
    expect(svar.ark).toBe("Kalkulator Bodø");
    expect(bok.antallSync).toBe(3);
    const ark = bok.finn("Kalkulator Bodø");
    const c = (a: string) => ark.innhold(a);
    // Inndata er verdier …
    expect([c("A6"), c("B4"), c("B5"), c("B6"), c("B7"), c("B8"), c("B9")]).toEqual(["Innbyggere", "Bodø (1804)", "KOMMUNE", 53712, 1000, 50000, 200]);
    // … overskrift i rad 12, én rad per kjernelinje fra rad 13, Sum i rad 18.
    expect([12, 13, 14, 15, 16, 17, 18].map((r) => c(`A${r}`))).toEqual(["Tjeneste", "Grunnfinansiering", "Fiks Digisos", "SvarUt", "Min kommune", "Digitalt ledsagerbevis", "Sum"]);
    // Eksisterende priser er inndataceller (tall); hver pris er en formel på inndataene.
    expect([c("B13"), c("B14"), c("B15"), c("B16"), c("B17")]).toEqual([undefined, 41000, 190000, 80000, undefined]);
    expect(c("C13")).toEqual(f("=KS.FIKSPRIS(A13,$B$6,$B$5)"));
    expect(c("C14")).toEqual(f("=KS.FIKSPRIS(A14,$B$6,$B$5)"));
    expect(c("C15")).toEqual(f("=KS.SVARUTPRIS($B$7,$B$8,$B$9,$B$5)"));
    expect([c("C16"), c("D16"), c("E16"), c("G16")]).toEqual(["na.", "na.", "na.", "na."]);
    expect(c("F17")).toEqual(f("=KS.FIKSPRIS(A17,$B$6,$B$5)"));
    expect(c("D14")).toEqual(f('=IF(N(B14)=0,"na.",KS.PRISENDRING(B14,C14))'));
    expect(c("E13")).toEqual(f('=IF(B13="",C13,C13-B13)'));
    expect(c("E14")).toEqual(f('=IF(B14="","na.",C14-B14)'));
    expect([c("D16"), c("E16")]).toEqual(["na.", "na."]);
    expect([c("G13"), c("G17")]).toEqual([f("=C13"), f("=F17")]);
    expect([c("B18"), c("C18"), c("D18"), c("E18"), c("F18"), c("G18")]).toEqual([
      f("=SUM(B13:B17)"), f("=SUM(C13:C17)"), f('=IF(N(B18)=0,"na.",KS.PRISENDRING(B18,C18))'), f("=C18-B18"), f("=SUM(F13:F17)"), f("=SUM(G13:G17)"),
    ]);
    // Ingen utregnet pris er skrevet som tall i priskolonnene: bare formler og teksten «na.».
    for (const [adr, v] of ark.celler) if (/^[C-G](1[3-8])$/.test(adr)) expect(typeof v === "object" || v === "na.").toBe(true);
    // En formatert Excel-tabell over overskrift og linjer; prosent- og kroneformat; inndata uthevet; arket aktivt.
    expect(ark.tabeller).toEqual([{ navn: "Kalkulator1", omrade: "A12:G17", overskrift: true, stil: "TableStyleMedium2" }]);
    expect(ark.format.get("D14")).toBe("0 %");
    expect(ark.format.get("C13")).toBe('#,##0 "kr";-#,##0 "kr"');
    expect([ark.format.get("B18"), ark.format.get("C18"), ark.format.get("D18")]).toEqual(['#,##0 "kr";-#,##0 "kr"', '#,##0 "kr";-#,##0 "kr"', "0 %"]);
    expect(ark.fet.has("G18")).toBe(true);
    expect(ark.fyll.get("B6")).toBe("#FFF2CC");
    expect([ark.format.get("B6"), ark.format.get("B9"), ark.format.get("A13")]).toEqual(["#,##0", "#,##0", "@"]);
    // Bredder fra arkmodellen (tegn) i Office.js' punkter: A 43,1 tegn = (43,1 · 7 + 5) px · 0,75 = 230 pt, B–G 110 pt.
    expect(["A", "B", "G", "H"].map((k) => ark.kolonnebredde.get(k))).toEqual([230, 110, 110, undefined]);
    expect([ark.skriftstorrelse.get("A1"), ark.fet.has("A1"), ark.kursiv.has("A2"), ark.skriftfarge.get("C6")]).toEqual([14, true, true, "#595959"]);
    // Utskrift som den frittstående arbeidsboken: A4 stående, én side bred, arknavn og sidetall nederst; ikke beskyttet.
    expect(ark.utskrift).toEqual({ papir: "A4", retning: "Portrait", tilpassBredde: 1, bunntekst: ["&A", "Side &P av &N"] });
    expect(ark.beskyttet).toBe(false);
    expect(bok.aktivtArk).toBe(ark);
    expect(bok.overskrevet).toEqual([]);
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
        // Min kommune (utgått) har ingen ny pris: «na.», som i ruten og kommandolinjen.
        .toEqual([rad.tjeneste, rad.type === "utgatt" ? "na." : tall(rad.ny), tall(rad.tillegg), rad.type === "utgatt" ? "na." : tall(rad.totalNy)]);
    });
    // Sumraden: 311 000 i dag, 420 416 nytt, 486 423 totalt; endring 109 416 kr = 35,18… % (en brøk i arket).
    expect([verdi("B18"), verdi("C18"), verdi("E18"), verdi("G18")]).toEqual([311000, 420416, 109416, 486423]);
    expect(verdi("D18") as number).toBeCloseTo(109416 / 311000, 12);
    expect(verdi("D13")).toBe("na.");
    // Levende: nytt innbyggertall i B6 endrer Fiks Digisos: 3 000 + 0,636 · 10 000 · (1 − 0,3 · 10 000 / 717 710) = 9 333,42… → 9 333.
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
    expect(bok.ark.map((a) => a.navn)).toEqual(["Ark1", "Kalkulator Bodø", "Kalkulator Bodø (2)"]);
    expect(bok.overskrevet).toEqual([]);
  });

  test("et eksisterende ark med samme navn (også med annen skrift) blir aldri overskrevet", async () => {
    const bok = new Falskbok();
    const gammelt = bok.leggTilArk("KALKULATOR BODØ", { A1: "Mine notater", C14: 12345 });
    bok.leggTilArk("Kalkulator Bodø (2)", { A1: "også mitt" });
    const svar = await officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()));
    expect(svar.ark).toBe("Kalkulator Bodø (3)");
    expect(Object.fromEntries(gammelt.celler)).toEqual({ A1: "Mine notater", C14: 12345 });
    expect(bok.overskrevet).toEqual([]);
  });

  test("et nytt ark som ikke er tomt får ingen celler skrevet, fjernes igjen, og brukeren får en norsk feil", async () => {
    const bok = new Falskbok();
    bok.nyttArkErIkkeTomt = true;
    const for_ = bok.tilstand();
    const feil = await officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett())).catch((e: unknown) => e);
    expect(feil).toBeInstanceOf(Arkfeil);
    expect((feil as Error).message).toBe(
      "Arket «Kalkulator Bodø» er ikke tomt; ingenting ble skrevet. Arket «Kalkulator Bodø» er fjernet igjen, så arbeidsboken er som før.",
    );
    expect(bok.overskrevet).toEqual([]);
    expect(bok.tilstand()).toEqual(for_);
  });

  test("Excel-feil blir norske meldinger med originalen i parentes, og sier at arbeidsboken ikke er endret", async () => {
    const bok = new Falskbok();
    bok.beskyttet = true;
    await expect(officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()))).rejects.toThrow(
      "Å sette inn arket mislyktes: arbeidsboken er beskyttet eller skrivebeskyttet. Arbeidsboken er ikke endret. (The workbook is protected.)",
    );
    expect(bok.ark.map((a) => a.navn)).toEqual(["Ark1"]);
  });
});

describe("Prismatrise i arket", () => {
  test("«Sett inn prismatrise» skriver matrise og SvarUt-tabell som Excel-tabeller, i formatet som leses tilbake", async () => {
    const bok = new Falskbok();
    const svar = await officeArbeidsbok(bok.excel()).skrivArk(prismatriseark(STANDARD_PRISMATRISE, STANDARD_SVARUT, "Standard 2025"));
    expect(svar.ark).toBe("Prismatrise");
    const ark = bok.finn("Prismatrise");
    // 12 tjenester + overskrift + referanserad = 14 rader × 8 kolonner fra A3: A3:H16; SvarUt (6 kundetyper + overskrift) fra A19.
    expect(ark.tabeller.map((t) => [t.navn, t.omrade])).toEqual([["Prismatrise1", "A3:H16"], ["SvarUt1", "A19:E25"]]);
    expect(ark.innhold("C4")).toBe(6.345);
    expect(ark.format.get("D4")).toBe("0 %");
    const lest = ark.rutenett().slice(2, 16).map((r) => r.slice(0, 8).map((v) => v ?? ""));
    expect(lest).toEqual(prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => r.map((v) => v)));
    expect(bok.overskrevet).toEqual([]);
  });

  test("«Bruk prismatrise fra arket»: én celle i en tabell leser hele tabellen", async () => {
    const bok = new Falskbok();
    const excel = officeArbeidsbok(bok.excel());
    await excel.skrivArk(prismatriseark(STANDARD_PRISMATRISE, STANDARD_SVARUT, "Standard 2025"));
    bok.merk("Prismatrise", "C5");
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
    bok.merk("Data", "A1:B2");
    expect(await excel.lesUtvalg()).toEqual({ adresse: "Data!A1:B2", verdier: [["Tjeneste", "Fastpris kommune"], ["Fiks Digisos", 3000]] });
    bok.merk("Data", "B2");
    await expect(excel.lesUtvalg()).rejects.toThrow(/Merk hele prismatrisen/);
  });

  test("kalkulatorformler med matrise fra arket peker på området, og en endret sats i matrisen slår gjennom", async () => {
    const bok = new Falskbok();
    const excel = officeArbeidsbok(bok.excel());
    await excel.skrivArk(prismatriseark(STANDARD_PRISMATRISE, STANDARD_SVARUT, "Standard 2025"));
    await excel.skrivArk(kalkulatorark(oppsett("Prismatrise!A3:H16")));
    const ark = bok.finn("Kalkulator Bodø");
    expect(ark.innhold("C14")).toEqual(f("=KS.FIKSPRIS(A14,$B$6,$B$5,'Prismatrise'!$A$3:$H$16)"));
    const hf = hyperformula(bok);
    const k = hf.getSheetId("Kalkulator Bodø")!;
    const verdi = (a: string) => hf.getCellValue(hf.simpleCellAddressFromString(a, k)!);
    expect(verdi("C14")).toBe(36394);
    // Fiks Digisos' innbyggerpris for kommuner er C5 i matrisearket; 0,636 → 1:
    // 3 000 + 1 · 53 712 · (1 − 0,3 · 53 712 / 717 710) = 55 506,08… → 55 506
    hf.setCellContents(hf.simpleCellAddressFromString("C5", hf.getSheetId("Prismatrise")!)!, [[1]]);
    expect(verdi("C14")).toBe(Math.round(3000 + 53712 * (1 - (0.3 * 53712) / 717710)));
  });
});
