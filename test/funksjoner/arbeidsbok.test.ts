import { DetailedCellError, type HyperFormula } from "hyperformula";
import { lagArbeidsbok } from "./hyperformula-ks";
import { installerCustomFunctions, rundAv } from "./oppsett";

beforeAll(() => installerCustomFunctions());

// Uavhengig forventning: fastpris + r · P · (1 − a · P / Pref) med flyttall, avrundet halvt opp (ikke nær ,5).
const digisos = (p: number, fastpris = 3000) => rundAv(fastpris + 0.636 * p * (1 - (0.3 * p) / 717710));

const MATRISE = "Matrise!$A$1:$H$14";

function lagBok(): HyperFormula {
  return lagArbeidsbok({
    Kunder: [
      ["Kunde", "Innbyggere", "Standard", "Egen matrise", "Native", "Utelatt midt i", "Faktor"],
      ...["Bodø", "Utsira", "Oslo", "1103"].map((navn, i) => {
        const r = i + 2;
        return [navn, `=KS.INNBYGGERE(A${r})`, `=KS.FIKSPRIS("Fiks Digisos";B${r})`,
          `=KS.FIKSPRIS("Fiks Digisos";B${r};"KOMMUNE";${MATRISE})`, `=3000+0,636*B${r}*(1-0,3*B${r}/717710)`,
          `=KS.FIKSPRIS("fiks digisos";B${r};;${MATRISE};2)`, `=KS.STØRRELSESJUSTERING(B${r};0,3)`];
      }),
    ],
    Standard: [["=KS.PRISMATRISE()"]],
    Matrise: [],
    SvarUt: [["=KS.SVARUTPRISER()"]],
    Diverse: [
      ["=KS.PRISENDRING(100;65)", "=KS.PRISENDRING(;65)", '=KS.FIKSPRIS("Fiks Digisoss";1000)', "=KS.FIKSPRIS(\"Fiks Digisos\";-5)"],
      ["=KS.SVARUTPRIS(1000;2000;300;\"STATLIG_VIRKSOMHET\";SvarUt!A1:E7)", "=KS.DIGIFINAVGIFT(5000;;;SANN())", '=KS.FIKSTOTAL(C3:C5;15221)', "=KS.TJENESTER()", "=SUMMER(Kunder!C2:C5)"],
      [null, null, null],
      [null, null, "Fiks Digisos"],
      [null, null, "Grunnfinansiering"],
    ],
  });
}

/** «Lim inn verdier»: kopier den utspredte PRISMATRISE() til arket Matrise som rene verdier. */
function limInnMatrise(hf: HyperFormula): unknown[][] {
  const verdier = hf.getSheetValues(hf.getSheetId("Standard")!);
  hf.setSheetContent(hf.getSheetId("Matrise")!, verdier as any);
  return verdier;
}

const celle = (hf: HyperFormula, ark: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(ark)!)!);

test("Norsk syntaks: innbyggertall, priser, utelatte valgfrie argumenter og desimalkomma", () => {
  const hf = lagBok();
  limInnMatrise(hf);
  const forventet: [string, number][] = [["Bodø", 53712], ["Utsira", 215], ["Oslo", 717710], ["1103", 149048]];
  forventet.forEach(([, p], i) => {
    const r = i + 2;
    expect(celle(hf, "Kunder", `B${r}`)).toBe(p);
    expect(celle(hf, "Kunder", `C${r}`)).toBe(digisos(p));
    expect(celle(hf, "Kunder", `D${r}`)).toBe(digisos(p));
    // Den innebygde formelen er uavrundet; KS.FIKSPRIS runder halvt opp til hele kroner.
    expect(Math.abs((celle(hf, "Kunder", `E${r}`) as number) - digisos(p))).toBeLessThanOrEqual(0.5);
    expect(celle(hf, "Kunder", `F${r}`)).toBeCloseTo(3000 + 0.636 * p * (1 - (0.3 * p) / 717710), 2);
    expect(celle(hf, "Kunder", `G${r}`)).toBeCloseTo(1 - (0.3 * p) / 717710, 14);
  });
  expect(celle(hf, "Diverse", "A1")).toBeCloseTo(-0.35, 15);
  // SvarUt statlig: 3000 + 1000 · 1,05 + 2000 · 1,3 + 300 · 1,2 = 7010; Digifin 5 000 innb. m/medlemskap: 40000 + 4·5000 + 20·5000
  expect(celle(hf, "Diverse", "A2")).toBe(7010);
  expect(celle(hf, "Diverse", "B2")).toBe(160000);
  // FIKSTOTAL over C3:C5 (en tom celle, så to tjenester) for 15 221 innbyggere.
  const grunn = rundAv(16500 + 6.345 * 15221 * (1 - (0.1 * 15221) / 717710));
  expect(celle(hf, "Diverse", "C2")).toBe(digisos(15221) + grunn);
  // En innebygd norsk funksjon over KS-resultater: Σ Digisos for de fire kundene.
  expect(celle(hf, "Diverse", "E2")).toBe(forventet.reduce((s, [, p]) => s + digisos(p), 0));
  // TJENESTER() sprer ett navn per rad.
  expect(celle(hf, "Diverse", "D2")).toBe("Grunnfinansiering");
  expect(celle(hf, "Diverse", "D3")).toBe("Fiks Digisos");
});

test("PRISMATRISE() spres, limes inn som verdier og redigeres: avhengige celler endres", () => {
  const hf = lagBok();
  const verdier = limInnMatrise(hf);
  expect(verdier.length).toBe(14);
  expect(verdier[0].length).toBe(8);
  const rad = verdier.findIndex((r) => r[0] === "Fiks Digisos") + 1; // 1-basert rad i arket
  const matriseId = hf.getSheetId("Matrise")!;
  hf.setCellContents({ sheet: matriseId, row: rad - 1, col: 1 }, 4000); // Fastpris kommune 3000 → 4000
  expect(celle(hf, "Kunder", "D2")).toBe(digisos(53712, 4000));
  expect(celle(hf, "Kunder", "C2")).toBe(digisos(53712)); // standardmatrisen er uendret
  // Referanseinnbyggertallet redigert: Pref 717 710 → 1 000 000 for kommuner.
  hf.setCellContents({ sheet: matriseId, row: 13, col: 2 }, 1000000);
  expect(celle(hf, "Kunder", "D3")).toBe(rundAv(4000 + 0.636 * 215 * (1 - (0.3 * 215) / 1000000)));
  // En ugyldig celle: hver avhengig celle viser #VALUE! som nevner matrisecellen.
  hf.setCellContents({ sheet: matriseId, row: rad - 1, col: 2 }, "mye");
  const feil = celle(hf, "Kunder", "D2");
  expect(feil).toBeInstanceOf(DetailedCellError);
  expect((feil as DetailedCellError).type).toBe("VALUE");
  expect((feil as DetailedCellError).message).toContain(`Celle C${rad}`);
  expect(celle(hf, "Kunder", "C2")).toBe(digisos(53712));
});

test.each([
  ["Diverse", "B1", "NA", "«eksisterende» mangler"],
  ["Diverse", "C1", "NA", "Mente du «Fiks Digisos»?"],
  ["Diverse", "D1", "VALUE", "innbyggere"],
  // Arket Matrise er tomt før innlimingen: området er tomt → en tabellfeil, ikke et krasj.
  ["Kunder", "D2", "VALUE", "prismatrise"],
])("Feilcelle %s!%s: %s med norsk melding", (ark, a1, type, tekst) => {
  const feil = celle(lagBok(), ark, a1);
  expect(feil).toBeInstanceOf(DetailedCellError);
  expect((feil as DetailedCellError).type).toBe(type);
  expect((feil as DetailedCellError).message).toContain(tekst);
});

test("Økonomfunksjonene: INNTEKT og SELVKOSTPRIS over en kundeliste, EFFEKT spres som båndtabell", () => {
  const hf = lagArbeidsbok({
    Kunder: [
      ["Kunde", "Innbyggere", "Pris i dag", "Tjenester"],
      ["Eigersund", 15221, 100000, "Fiks Digisos"],
      ["Utsira", 215, 100000, "Fiks Digisos"],
    ],
    Analyse: [
      ["=KS.INNTEKT(\"Fiks Digisos\";Kunder!B2:B3)", "=KS.SELVKOSTPRIS(\"Fiks Digisos\";20000;Kunder!B2:B3)", "=KS.EFFEKT(Kunder!A1:D3)"],
    ],
  });
  const analyse = hf.getSheetId("Analyse")!;
  // 12 619 + 3 137 (se funksjoner.test.ts); r = (20 000 − 2 · 3 000) / Σ P·(1 − 0,3·P/717 710)
  expect(hf.getCellValue({ sheet: analyse, row: 0, col: 0 })).toBe(12619 + 3137);
  const grunnlag = (p: number) => p * (1 - (0.3 * p) / 717710);
  expect(hf.getCellValue({ sheet: analyse, row: 0, col: 1 })).toBeCloseTo(14000 / (grunnlag(15221) + grunnlag(215)), 10);
  // Nye totaler (grunnfinansiering + Digisos): Eigersund 112 872 + 12 619 = 125 491 (+25,5 % → "Opp til snittet"),
  // Utsira ≈ 17 864 + 3 137 ≈ 21 000 (≈ −79 % → "Kostnadsreduksjon"): én kommune i hvert, andel 0,5.
  expect(hf.getCellValue({ sheet: analyse, row: 0, col: 2 })).toBe("Bånd");
  expect(hf.getCellValue({ sheet: analyse, row: 1, col: 2 })).toBe("Kostnadsreduksjon");
  expect(hf.getCellValue({ sheet: analyse, row: 1, col: 4 })).toBe(1);
  expect(hf.getCellValue({ sheet: analyse, row: 1, col: 5 })).toBe(0.5);
  expect(hf.getCellValue({ sheet: analyse, row: 2, col: 4 })).toBe(1);
  // Å redigere et innbyggertall i kundearket endrer inntekten som avhenger av det.
  hf.setCellContents({ sheet: hf.getSheetId("Kunder")!, row: 2, col: 1 }, 15221);
  expect(hf.getCellValue({ sheet: analyse, row: 0, col: 0 })).toBe(2 * 12619);
});
